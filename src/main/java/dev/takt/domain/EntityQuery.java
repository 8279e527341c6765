package dev.takt.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request for records of one {@link Entity}: all criteria must hold (AND), results are ordered by id,
 * and only {@code fields} (plus {@code id}) are filled in.
 *
 * @param entity      what to read
 * @param criteria    conditions, all of which must hold
 * @param fields      the record fields the caller needs; other fields come back {@code null}
 * @param afterId     keyset cursor: only records with a greater id, or null from the start
 * @param limit       at most this many records, or null for all of them
 * @param countTotal  also count every record matching the criteria (ignoring cursor and limit)
 * @param <T>         the record type
 */
public record EntityQuery<T extends Record>(Entity<T> entity, List<Criterion> criteria, Set<String> fields,
        Long afterId, Integer limit, boolean countTotal) {

    public EntityQuery {
        Objects.requireNonNull(entity, "entity");
        criteria = List.copyOf(criteria);
        fields = Set.copyOf(fields);
        for (Criterion c : criteria) {
            if (!entity.isFilterable(c.field())) {
                throw new IllegalArgumentException(entity + " cannot be filtered on '" + c.field() + "'");
            }
        }
        for (String f : fields) {
            if (!entity.fields().contains(f)) {
                throw new IllegalArgumentException(entity + " has no field '" + f + "'");
            }
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }

    /** Every record matching {@code criteria}, with {@code fields}. */
    public static <T extends Record> EntityQuery<T> all(Entity<T> entity, List<Criterion> criteria,
            Set<String> fields) {
        return new EntityQuery<>(entity, criteria, fields, null, null, false);
    }

    /** The same query restricted to the requested fields that the entity really has. */
    public static Set<String> knownFields(Entity<?> entity, Set<String> requested) {
        Set<String> known = new LinkedHashSet<>(requested);
        known.retainAll(entity.fields());
        return known;
    }
}
