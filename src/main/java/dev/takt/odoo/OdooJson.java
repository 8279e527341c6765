package dev.takt.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/** JSON-P helpers for the connector: one cached provider, Java values to JSON, and tolerant accessors. */
final class OdooJson {

    /** Looked up once: {@code Json.createXxx} would search the provider on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private OdooJson() {
    }

    /** Parses a JSON document; {@link JsonParsingException} (or another JsonException) when it is not JSON. */
    static JsonValue parse(byte[] body) {
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        }
    }

    static JsonValue parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /**
     * Converts Java values to JSON: null, strings, booleans, numbers, collections, maps with string keys, and
     * JSON values themselves.
     */
    static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String s) {
            return JSON.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return JSON.createValue(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (value instanceof BigInteger i) {
            return JSON.createValue(i);
        }
        if (value instanceof Collection<?> c) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (Object o : c) {
                array.add(toJson(o));
            }
            return array.build();
        }
        if (value instanceof Map<?, ?> m) {
            var object = JSON.createObjectBuilder();
            m.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
            return object.build();
        }
        throw new IllegalArgumentException("no JSON form for a " + value.getClass().getSimpleName());
    }

    /** A JSON array of the given Java values. */
    static JsonArray array(Object... values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Object o : values) {
            array.add(toJson(o));
        }
        return array.build();
    }

    /** The string at {@code key}, or null when absent or not a string (Odoo sends {@code false} for empty). */
    static String string(JsonObject object, String key) {
        JsonValue v = object == null ? null : object.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** The object at {@code key}, or null when absent or not an object. */
    static JsonObject object(JsonObject object, String key) {
        JsonValue v = object == null ? null : object.get(key);
        return v instanceof JsonObject o ? o : null;
    }

    /** The number at {@code key}, or null. */
    static JsonNumber number(JsonObject object, String key) {
        JsonValue v = object == null ? null : object.get(key);
        return v instanceof JsonNumber n ? n : null;
    }
}
