package dev.takt.sandbox.frepple;

import dev.takt.sandbox.frepple.FreppleField.Type;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The list and detail endpoints of one entity ({@code /api/input/<entity>/[<key>/]}) on the sandbox's store: reads,
 * filtered reads, creates and upserts (single and bulk), full and partial updates (detail and bulk), deletes
 * (detail and filtered), with frePPLe's status codes, messages and atomicity (a rejected bulk write stores nothing).
 */
final class FreppleRest {

    private final FreppleStore store;
    private final Supplier<LocalDateTime> now;

    FreppleRest(FreppleStore store, Supplier<LocalDateTime> now) {
        this.store = store;
        this.now = now;
    }

    /** A request on the list URL. */
    FreppleReply list(String method, FreppleEntity entity, Map<String, String> params, String body) {
        switch (method) {
            case "GET", "HEAD" -> {
                List<FreppleFilters.Filter> filters;
                try {
                    filters = FreppleFilters.parse(entity, params);
                } catch (FreppleFilters.BadFilter e) {
                    return FreppleReply.json(400, e.errors);
                }
                List<Object> out = new ArrayList<>();
                for (Map<String, Object> row : store.rows(entity.name())) {
                    if (FreppleFilters.matches(filters, row)) {
                        out.add(store.json(entity, row));
                    }
                }
                return FreppleReply.json(200, out);
            }
            case "POST" -> {
                return create(entity, body);
            }
            case "PUT", "PATCH" -> {
                return bulkUpdate(entity, body);
            }
            case "DELETE" -> {
                List<FreppleFilters.Filter> filters;
                try {
                    filters = FreppleFilters.parse(entity, params);
                } catch (FreppleFilters.BadFilter e) {
                    return FreppleReply.json(400, e.errors);
                }
                if (filters.isEmpty()) {
                    return FreppleReply.empty(400);
                }
                for (Map<String, Object> row : store.rows(entity.name())) {
                    if (FreppleFilters.matches(filters, row)) {
                        store.delete(entity.name(), row.get(entity.key()));
                    }
                }
                return FreppleReply.empty(204);
            }
            default -> {
                return notAllowed(method);
            }
        }
    }

    /** A request on a detail URL. */
    FreppleReply detail(String method, FreppleEntity entity, String keyText, String body) {
        if (!List.of("GET", "HEAD", "PUT", "PATCH", "DELETE").contains(method)) {
            return notAllowed(method);
        }
        Object key = FreppleStore.key(entity, keyText);
        Map<String, Object> row = store.get(entity.name(), key);
        if (row == null) {
            return FreppleReply.json(404, Map.of("detail", FreppleSandbox.NOT_FOUND));
        }
        switch (method) {
            case "DELETE" -> {
                store.delete(entity.name(), key);
                return FreppleReply.empty(204);
            }
            case "PUT", "PATCH" -> {
                Object parsed;
                try {
                    parsed = parse(body);
                } catch (FreppleJson.ParseError e) {
                    return parseError(e);
                }
                if (!(parsed instanceof Map<?, ?> map)) {
                    return FreppleReply.json(400, notADictionary(parsed));
                }
                Map<String, Object> values = new LinkedHashMap<>();
                Map<String, Object> errors = validate(entity, cast(map), method.equals("PUT"), values);
                if (!errors.isEmpty()) {
                    return FreppleReply.json(400, errors);
                }
                apply(entity, row, values);
                return FreppleReply.json(200, store.json(entity, row));
            }
            default -> {
                return FreppleReply.json(200, store.json(entity, row));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ writes

    private FreppleReply create(FreppleEntity entity, String body) {
        Object parsed;
        try {
            parsed = parse(body);
        } catch (FreppleJson.ParseError e) {
            return parseError(e);
        }
        boolean bulk = parsed instanceof List;
        if (!bulk && !(parsed instanceof Map)) {
            return FreppleReply.json(400, notADictionary(parsed));
        }
        List<?> elements = bulk ? (List<?>) parsed : List.of(parsed);
        List<Object> keys = new ArrayList<>();
        List<Map<String, Object>> valuesList = new ArrayList<>();
        List<Object> errorsList = new ArrayList<>();
        boolean failed = false;
        for (Object element : elements) {
            Map<String, Object> errors = new LinkedHashMap<>();
            Map<String, Object> values = new LinkedHashMap<>();
            Object key = null;
            if (!(element instanceof Map<?, ?> map)) {
                errors.putAll(notADictionary(element));
            } else {
                Map<String, Object> body0 = cast(map);
                key = readKey(entity, body0, errors, false);
                errors.putAll(validate(entity, body0, false, values));
            }
            failed |= !errors.isEmpty();
            errorsList.add(errors);
            keys.add(key);
            valuesList.add(values);
        }
        if (failed) {
            return FreppleReply.json(400, bulk ? errorsList : errorsList.get(0));
        }
        Map<Object, Map<String, Object>> pending = new LinkedHashMap<>();
        List<Map<String, Object>> written = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Object key = keys.get(i);
            Map<String, Object> row = key == null ? null : pending.get(key);
            if (row == null && key != null && store.get(entity.name(), key) != null) {
                row = new LinkedHashMap<>(store.get(entity.name(), key));
            }
            if (row == null) {
                row = new LinkedHashMap<>();
                for (FreppleField f : entity.fields()) {
                    if (f.type() != Type.COMPUTED_LIST) {
                        row.put(f.name(), f.defaultValue());
                    }
                }
                row.put(entity.key(), key);
            }
            row.putAll(valuesList.get(i));
            if (entity.field("lastmodified") != null) {
                row.put("lastmodified", now.get());
            }
            for (FreppleField f : entity.fields()) {
                if (f.required() && !f.readOnly() && !f.name().equals(entity.key()) && row.get(f.name()) == null) {
                    return new FreppleReply(500, "text/html", FreppleSandbox.SERVER_ERROR_PAGE, Map.of(), false, 0);
                }
            }
            if (key != null) {
                pending.put(key, row);
            }
            written.add(row);
        }
        long nextReference = FreppleSchema.ORDERS.contains(entity.name()) ? nextReference() : 0;
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> row : written) {
            if (row.get(entity.key()) == null && !entity.autoId()) {
                row.put(entity.key(), String.valueOf(nextReference++));
            }
            Map<String, Object> stored = row.get(entity.key()) == null ? null
                    : store.get(entity.name(), row.get(entity.key()));
            if (stored != null) {
                stored.putAll(row);
                row = stored;
            } else {
                store.put(entity.name(), row);
            }
            out.add(store.json(entity, row));
        }
        return FreppleReply.json(201, bulk ? out : out.get(0));
    }

    private FreppleReply bulkUpdate(FreppleEntity entity, String body) {
        Object parsed;
        try {
            parsed = parse(body);
        } catch (FreppleJson.ParseError e) {
            return parseError(e);
        }
        if (!(parsed instanceof List<?> elements)) {
            return FreppleReply.json(400, Map.of("non_field_errors",
                    List.of("Expected a list of items but got type \"" + pyType(parsed) + "\".")));
        }
        List<Object> keys = new ArrayList<>();
        List<Map<String, Object>> valuesList = new ArrayList<>();
        List<Object> errorsList = new ArrayList<>();
        boolean failed = false;
        for (Object element : elements) {
            Map<String, Object> errors = new LinkedHashMap<>();
            Map<String, Object> values = new LinkedHashMap<>();
            Object key = null;
            if (!(element instanceof Map<?, ?> map)) {
                errors.putAll(notADictionary(element));
            } else {
                key = readKey(entity, cast(map), errors, true);
                errors.putAll(validate(entity, cast(map), false, values));
            }
            failed |= !errors.isEmpty();
            errorsList.add(errors);
            keys.add(key);
            valuesList.add(values);
        }
        if (failed) {
            return FreppleReply.json(400, errorsList);
        }
        for (Object key : keys) {
            if (store.get(entity.name(), key) == null) {
                return FreppleReply.json(400, List.of("Could not find all objects to update."));
            }
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Map<String, Object> row = store.get(entity.name(), keys.get(i));
            apply(entity, row, valuesList.get(i));
            out.add(store.json(entity, row));
        }
        return FreppleReply.json(200, out);
    }

    private void apply(FreppleEntity entity, Map<String, Object> row, Map<String, Object> values) {
        row.putAll(values);
        if (entity.field("lastmodified") != null) {
            row.put("lastmodified", now.get());
        }
    }

    /**
     * Reads the primary key of a list write into {@code errors} or returns it (null: to be assigned). Names are
     * required; references and ids may be left out on create (the sandbox assigns them) but not on a bulk update.
     */
    private Object readKey(FreppleEntity entity, Map<String, Object> body, Map<String, Object> errors,
            boolean update) {
        FreppleField field = entity.keyField();
        if (!body.containsKey(field.name())) {
            if (update || field.required()) {
                errors.put(field.name(), List.of(FreppleValues.REQUIRED));
            }
            return null;
        }
        Object raw = body.get(field.name());
        if (raw == null) {
            if (update || field.required()) {
                errors.put(field.name(), List.of(FreppleValues.NOT_NULL));
            }
            return null;
        }
        try {
            Object key = FreppleValues.read(field.type() == Type.ID ? FreppleField.of(field.name(), Type.INTEGER)
                    : field.required() ? field : field.req(), raw, k -> true);
            return key;
        } catch (FreppleValues.Invalid e) {
            errors.put(field.name(), List.of(e.getMessage()));
            return null;
        }
    }

    /** Validates the writable fields present in {@code body} into {@code values}; returns the errors. */
    private Map<String, Object> validate(FreppleEntity entity, Map<String, Object> body, boolean full,
            Map<String, Object> values) {
        Map<String, Object> errors = new LinkedHashMap<>();
        for (FreppleField f : entity.fields()) {
            if (f.readOnly() || f.name().equals(entity.key())) {
                continue;
            }
            if (!body.containsKey(f.name())) {
                if (full && f.required()) {
                    errors.put(f.name(), List.of(FreppleValues.REQUIRED));
                }
                continue;
            }
            try {
                values.put(f.name(), FreppleValues.read(f, body.get(f.name()), k -> store.exists(f.target(), k)));
            } catch (FreppleValues.Invalid e) {
                errors.put(f.name(), List.of(e.getMessage()));
            }
        }
        return errors;
    }

    private long nextReference() {
        long max = 0;
        for (String o : FreppleSchema.ORDERS) {
            for (Map<String, Object> row : store.rows(o)) {
                try {
                    max = Math.max(max, Long.parseLong((String) row.get("reference")));
                } catch (NumberFormatException e) {
                    // a named reference
                }
            }
        }
        return max + 1;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The request body as JSON; an empty body is an empty object, as frePPLe reads it. */
    private static Object parse(String body) {
        return body == null || body.isBlank() ? new LinkedHashMap<String, Object>() : FreppleJson.parse(body);
    }

    private static FreppleReply parseError(FreppleJson.ParseError e) {
        return FreppleReply.json(400, Map.of("detail", "JSON parse error - " + e.getMessage()));
    }

    private static Map<String, Object> notADictionary(Object value) {
        return Map.of("non_field_errors", List.of("Invalid data. Expected a dictionary, but got " + pyType(value)
                + "."));
    }

    private static FreppleReply notAllowed(String method) {
        return FreppleReply.json(405, Map.of("detail", "Method \"" + method + "\" not allowed."));
    }

    /** The Python type name of a decoded JSON value. */
    static String pyType(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        return value instanceof BigDecimal d && d.scale() > 0 ? "float" : "int";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
