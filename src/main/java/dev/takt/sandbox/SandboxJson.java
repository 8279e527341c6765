package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** JSON-P helpers: cached factories, Python {@code repr} of JSON values (for Odoo-style messages). */
final class SandboxJson {

    static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private SandboxJson() {
    }

    static JsonValue parse(String text) {
        try (JsonReader r = READERS.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    static String write(JsonValue value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = GENERATORS.createGenerator(w)) {
            g.write(value);
        }
        return w.toString();
    }

    static boolean isFalse(JsonValue v) {
        return v == null || v == JsonValue.FALSE || v == JsonValue.NULL;
    }

    /** Python's {@code repr} of the value Odoo would have decoded from this JSON. */
    static String repr(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        repr(v, sb);
        return sb.toString();
    }

    private static void repr(JsonValue v, StringBuilder sb) {
        switch (v.getValueType()) {
            case NULL -> sb.append("None");
            case TRUE -> sb.append("True");
            case FALSE -> sb.append("False");
            case STRING -> sb.append(pyString(((JsonString) v).getString()));
            case NUMBER -> {
                JsonNumber n = (JsonNumber) v;
                if (n.isIntegral()) {
                    sb.append(n.bigIntegerValue());
                } else {
                    sb.append(pyFloat(n.doubleValue()));
                }
            }
            case ARRAY -> {
                sb.append('[');
                JsonArray a = (JsonArray) v;
                for (int i = 0; i < a.size(); i++) {
                    sb.append(i > 0 ? ", " : "");
                    repr(a.get(i), sb);
                }
                sb.append(']');
            }
            case OBJECT -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
                    sb.append(first ? "" : ", ").append(pyString(e.getKey())).append(": ");
                    repr(e.getValue(), sb);
                    first = false;
                }
                sb.append('}');
            }
        }
    }

    /** A leaf as Python prints the tuple: {@code ('name', '=', 1)}. */
    static String reprTuple(JsonArray leaf) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < leaf.size(); i++) {
            sb.append(i > 0 ? ", " : "");
            repr(leaf.get(i), sb);
        }
        return sb.append(leaf.size() == 1 ? ",)" : ")").toString();
    }

    static String pyString(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c == q) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }

    static String pyFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (long) d + ".0";
        }
        return Double.toString(d);
    }
}
