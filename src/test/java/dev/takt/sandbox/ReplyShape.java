package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a reply with a recorded Odoo reply by shape, not by value. Reusable by an HTTP integration test.
 *
 * <p>Rules: same HTTP status; same top-level keys; for a result, the same JSON type, and for records the same keys
 * per record and the same JSON type per field, where
 * <ul>
 *   <li>a recorded {@code false} in a field that is not boolean (per {@code fields_get}, when known) matches any
 *       type, because {@code false} is Odoo's empty value;</li>
 *   <li>a {@code false} in the reply where the recording has a value is accepted unless the recorded value is a
 *       boolean (then the field is boolean and {@code false} is a real value — types already agree);</li>
 *   <li>a recorded many2one pair {@code [id, "name"]} needs a pair {@code [number, string]}; a recorded id list
 *       (possibly empty) needs a list of numbers;</li>
 *   <li>numbers are one type (JSON has no int/float distinction).</li>
 * </ul>
 * For an error: same {@code error.code}, same {@code error.data.name}, the same set of {@code error.data} keys, and
 * a message whose first line matches the recording's first line once digit runs and quoted values are wildcards.
 * A text reply (malformed JSON) must equal the recorded text.
 */
public final class ReplyShape {

    private static final Pattern VARIABLE = Pattern.compile("'[^']*'|\"[^\"]*\"|\\d+");

    private ReplyShape() {
    }

    /**
     * Mismatches between a reply and a recording (empty when they agree).
     *
     * @param fieldTypes field name → Odoo type of the model read, when known (else empty)
     */
    public static List<String> compare(RecordedExchange recorded, int status, String body,
            Map<String, String> fieldTypes) {
        List<String> problems = new ArrayList<>();
        if (status != recorded.status()) {
            problems.add("HTTP status " + status + ", recorded " + recorded.status());
        }
        if (recorded.response() instanceof JsonString text) {
            if (!text.getString().equals(body)) {
                problems.add("body '" + body + "', recorded '" + text.getString() + "'");
            }
            return problems;
        }
        JsonObject actual;
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            actual = r.readObject();
        } catch (RuntimeException e) {
            problems.add("reply is not a JSON object: " + body);
            return problems;
        }
        JsonObject expected = recorded.response().asJsonObject();
        if (!actual.keySet().equals(expected.keySet())) {
            problems.add("top-level keys " + actual.keySet() + ", recorded " + expected.keySet());
            return problems;
        }
        if (expected.containsKey("error")) {
            compareError(expected.getJsonObject("error"), actual.getJsonObject("error"), problems);
        }
        if (expected.containsKey("result")) {
            compareValue("result", expected.get("result"), actual.get("result"), fieldTypes, problems);
        }
        return problems;
    }

    private static void compareError(JsonObject expected, JsonObject actual, List<String> problems) {
        if (expected.getInt("code") != actual.getInt("code")) {
            problems.add("error.code " + actual.get("code") + ", recorded " + expected.get("code"));
        }
        JsonObject ed = expected.getJsonObject("data");
        JsonObject ad = actual.getJsonObject("data");
        if (!ed.getString("name").equals(ad.getString("name"))) {
            problems.add("error.data.name " + ad.getString("name") + ", recorded " + ed.getString("name"));
        }
        if (!ed.keySet().equals(ad.keySet())) {
            problems.add("error.data keys " + ad.keySet() + ", recorded " + ed.keySet());
        }
        String msg = ad.getString("message");
        if (!messageMatches(ed.getString("message"), msg)) {
            problems.add("message '" + firstLine(msg) + "' does not match recorded '"
                    + firstLine(ed.getString("message")) + "'");
        }
    }

    /** Whether the first lines agree once digit runs and quoted values of the recording are wildcards. */
    public static boolean messageMatches(String recorded, String actual) {
        String line = firstLine(recorded);
        StringBuilder re = new StringBuilder();
        Matcher m = VARIABLE.matcher(line);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(line.substring(last, m.start()))).append(".*?");
            last = m.end();
        }
        re.append(Pattern.quote(line.substring(last)));
        return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(firstLine(actual)).matches();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Compares two records (objects) by keys and field types; adds problems prefixed by {@code where}. */
    public static void compareRecord(String where, JsonObject expected, JsonObject actual,
            Map<String, String> fieldTypes, List<String> problems) {
        if (!expected.keySet().equals(actual.keySet())) {
            problems.add(where + ": keys " + actual.keySet() + ", recorded " + expected.keySet());
            return;
        }
        for (String key : expected.keySet()) {
            compareField(where + "." + key, key, expected.get(key), actual.get(key), fieldTypes, problems);
        }
    }

    private static void compareValue(String where, JsonValue expected, JsonValue actual,
            Map<String, String> fieldTypes, List<String> problems) {
        if (kind(expected) != kind(actual)) {
            problems.add(where + " is " + kind(actual) + ", recorded " + kind(expected));
            return;
        }
        if (expected instanceof JsonArray ea && actual instanceof JsonArray aa) {
            if (!ea.isEmpty() && ea.get(0) instanceof JsonObject first) {
                if (aa.isEmpty()) {
                    problems.add(where + " is empty, recorded " + ea.size() + " records");
                }
                for (int i = 0; i < aa.size(); i++) {
                    if (!(aa.get(i) instanceof JsonObject rec)) {
                        problems.add(where + "[" + i + "] is not a record");
                        continue;
                    }
                    compareRecord(where + "[" + i + "]", first, rec, fieldTypes, problems);
                }
            }
        } else if (expected instanceof JsonObject eo && actual instanceof JsonObject ao) {
            if (!eo.keySet().equals(ao.keySet())) {
                problems.add(where + ": keys " + ao.keySet() + ", recorded " + eo.keySet());
            }
        }
    }

    private static void compareField(String where, String field, JsonValue expected, JsonValue actual,
            Map<String, String> fieldTypes, List<String> problems) {
        boolean booleanField = "boolean".equals(fieldTypes.get(field)) || expected == JsonValue.TRUE;
        if (expected == JsonValue.FALSE && !booleanField) {
            return;
        }
        if (actual == JsonValue.FALSE && expected != JsonValue.TRUE && expected != JsonValue.FALSE && !booleanField) {
            return;
        }
        if (kind(expected) != kind(actual)) {
            problems.add(where + " is " + kind(actual) + " " + actual + ", recorded " + kind(expected) + " " + expected);
            return;
        }
        if (expected instanceof JsonArray ea && actual instanceof JsonArray aa) {
            boolean pair = ea.size() == 2 && ea.get(0).getValueType() == JsonValue.ValueType.NUMBER
                    && ea.get(1).getValueType() == JsonValue.ValueType.STRING;
            if (pair) {
                if (aa.size() != 2 || aa.get(0).getValueType() != JsonValue.ValueType.NUMBER
                        || aa.get(1).getValueType() != JsonValue.ValueType.STRING) {
                    problems.add(where + " is " + aa + ", recorded a many2one pair " + ea);
                }
            } else if (aa.stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.NUMBER)) {
                problems.add(where + " is " + aa + ", recorded a list of ids " + ea);
            }
        }
    }

    private static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case TRUE, FALSE -> "boolean";
            case NUMBER -> "number";
            case STRING -> "string";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
        };
    }

    /** Field name → Odoo type, from a {@code fields_get} recording (empty map when there is none). */
    public static Map<String, String> fieldTypes(JsonValue fieldsGet) {
        Map<String, String> out = new java.util.HashMap<>();
        if (fieldsGet instanceof JsonObject o) {
            o.forEach((k, v) -> out.put(k, v.asJsonObject().getString("type")));
        }
        return out;
    }
}
