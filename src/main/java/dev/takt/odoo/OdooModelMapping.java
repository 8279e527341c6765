package dev.takt.odoo;

import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.odoo.OdooFieldMapping.RelatedRead;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One Takt entity on one Odoo model, in one dialect: the model, its default domain (records of the model that are
 * not the entity, such as quants in virtual locations, are never read), and a {@link OdooFieldMapping} for every
 * field and filter-only field.
 *
 * @param <T> the entity's record type
 */
final class OdooModelMapping<T extends Record> {

    /** Reads records of another model by id: one call. */
    @FunctionalInterface
    interface RelatedReader {
        /** The records of {@code model} with these ids, with {@code fields}, by id. */
        Map<Long, JsonObject> read(String model, Collection<Long> ids, List<String> fields);
    }

    private final Entity<T> entity;
    private final String model;
    private final List<Object> defaultDomain;
    private final Map<String, OdooFieldMapping> fields;
    private final Constructor<T> constructor;
    private final List<String> components;

    private OdooModelMapping(Entity<T> entity, String model, List<Object> defaultDomain,
            Map<String, OdooFieldMapping> fields) {
        this.entity = entity;
        this.model = model;
        this.defaultDomain = List.copyOf(defaultDomain);
        this.fields = Map.copyOf(fields);
        RecordComponent[] parts = entity.type().getRecordComponents();
        this.components = Arrays.stream(parts).map(RecordComponent::getName).toList();
        try {
            this.constructor = entity.type().getDeclaredConstructor(
                    Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(entity + " has no canonical constructor", e);
        }
        if (!"id".equals(components.get(0)) || parts[0].getType() != long.class) {
            throw new IllegalStateException(entity + " must start with 'long id'");
        }
        for (String field : entity.fields()) {
            OdooFieldMapping mapping = this.fields.get(field);
            if (mapping == null || !mapping.isReadable()) {
                throw new IllegalStateException(entity + "." + field + " has no Odoo mapping on " + model);
            }
        }
        for (String field : this.fields.keySet()) {
            if (!entity.isFilterable(field)) {
                throw new IllegalStateException(entity + " has no field '" + field + "' to map");
            }
        }
    }

    static <T extends Record> Builder<T> builder(Entity<T> entity, String model) {
        return new Builder<>(entity, model);
    }

    Entity<T> entity() {
        return entity;
    }

    /** The Odoo model, e.g. {@code mrp.production}. */
    String model() {
        return model;
    }

    /** The mapping of one field (or filter-only field), or null. */
    OdooFieldMapping field(String name) {
        return fields.get(name);
    }

    /** {@code id} and the Odoo fields the requested entity fields are read from, nothing more. */
    List<String> odooFields(Set<String> requested) {
        Set<String> odoo = new LinkedHashSet<>();
        odoo.add("id");
        for (String field : components) {
            if (requested.contains(field)) {
                odoo.addAll(fields.get(field).reads());
            }
        }
        return List.copyOf(odoo);
    }

    /**
     * The Odoo domain: the model's default domain, then every criterion (implicitly ANDed), then {@code extra}.
     *
     * @throws IllegalArgumentException when a criterion cannot be expressed on Odoo
     */
    JsonArray domain(List<Criterion> criteria, List<Object> extra) {
        List<Object> tokens = new ArrayList<>(defaultDomain);
        for (Criterion criterion : criteria) {
            OdooFieldMapping mapping = fields.get(criterion.field());
            String where = entity + "." + criterion.field();
            if (mapping == null) {
                throw new IllegalArgumentException(entity + " cannot be filtered on '" + criterion.field() + "'");
            }
            tokens.addAll(mapping.filter(criterion, where));
        }
        tokens.addAll(extra);
        return OdooDomain.toJson(tokens);
    }

    /** Maps a page of {@code search_read} rows, reading related records first when a requested field needs them. */
    List<T> toRecords(JsonArray rows, Set<String> requested, RelatedReader reader) {
        Map<String, Map<Long, JsonObject>> relatedRows = readRelated(rows, requested, reader);
        OdooFieldMapping.Related related = (read, row) -> {
            Map<Long, JsonObject> byId = relatedRows.get(read.key());
            Long id = OdooValues.MANY2ONE_ID.read(row.get(read.viaField()));
            return byId == null || id == null ? null : byId.get(id);
        };
        List<T> records = new ArrayList<>(rows.size());
        for (JsonValue row : rows) {
            records.add(toRecord(row.asJsonObject(), requested, related));
        }
        return records;
    }

    /** Maps one row; fields not requested are null. */
    T toRecord(JsonObject row, Set<String> requested, OdooFieldMapping.Related related) {
        Object[] values = new Object[components.size()];
        values[0] = row.getJsonNumber("id").longValue();
        for (int i = 1; i < values.length; i++) {
            String field = components.get(i);
            if (requested.contains(field)) {
                values[i] = fields.get(field).read(row, related);
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build a " + entity, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Odoo record " + model + "(" + values[0] + ") does not make a valid "
                    + entity + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Map<String, Map<Long, JsonObject>> readRelated(JsonArray rows, Set<String> requested,
            RelatedReader reader) {
        Map<String, RelatedRead> merged = new LinkedHashMap<>();
        for (String field : components) {
            if (!requested.contains(field)) {
                continue;
            }
            for (RelatedRead read : fields.get(field).related()) {
                merged.merge(read.key(), read, OdooModelMapping::merge);
            }
        }
        Map<String, Map<Long, JsonObject>> result = new HashMap<>();
        for (RelatedRead read : merged.values()) {
            Set<Long> ids = new LinkedHashSet<>();
            for (JsonValue value : rows) {
                JsonObject row = value.asJsonObject();
                Long id = OdooValues.MANY2ONE_ID.read(row.get(read.viaField()));
                if (id != null && read.when().test(row)) {
                    ids.add(id);
                }
            }
            if (!ids.isEmpty()) {
                result.put(read.key(), reader.read(read.model(), ids, read.fields()));
            }
        }
        return result;
    }

    private static RelatedRead merge(RelatedRead a, RelatedRead b) {
        Set<String> fields = new LinkedHashSet<>(a.fields());
        fields.addAll(b.fields());
        Predicate<JsonObject> either = a.when().or(b.when());
        return new RelatedRead(a.viaField(), a.model(), List.copyOf(fields), either);
    }

    /** Declares a mapping; {@code id} is mapped by default. */
    static final class Builder<T extends Record> {
        private final Entity<T> entity;
        private final String model;
        private final List<Object> defaultDomain = new ArrayList<>();
        private final Map<String, OdooFieldMapping> fields = new LinkedHashMap<>();

        private Builder(Entity<T> entity, String model) {
            this.entity = entity;
            this.model = model;
            fields.put("id", OdooFieldMapping.field("id", OdooValues.ID));
        }

        Builder<T> map(String field, OdooFieldMapping mapping) {
            if (fields.put(field, mapping) != null && !"id".equals(field)) {
                throw new IllegalStateException(entity + "." + field + " mapped twice");
            }
            return this;
        }

        Builder<T> map(String field, String odooField, OdooValue<?> value) {
            return map(field, OdooFieldMapping.field(odooField, value));
        }

        /** Restricts every read of the entity, e.g. to internal locations. */
        Builder<T> only(List<Object> expression) {
            defaultDomain.addAll(expression);
            return this;
        }

        OdooModelMapping<T> build() {
            return new OdooModelMapping<>(entity, model, defaultDomain, fields);
        }
    }
}
