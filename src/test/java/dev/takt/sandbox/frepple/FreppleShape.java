package dev.takt.sandbox.frepple;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of recorded frePPLe replies, inferred from all the values the recording holds at each place, and the
 * comparison of a reply with it.
 *
 * <ul>
 *   <li>Each place has the set of JSON types seen there; the reply's value must have one of them (a place only
 *       ever seen {@code null} accepts anything, since null tells nothing of the type).</li>
 *   <li>An object must have exactly the keys of one of the recorded objects at that place (so a {@code plan} may be
 *       {@code {}} before planning and full after); objects keyed by data (the {@code pegging} of an order, the
 *       status reply keyed by task id) are maps: only their values are compared.</li>
 *   <li>A list's elements are compared with the merged shape of all recorded elements.</li>
 *   <li>Strings whose recorded values all have one of frePPLe's formats keep that format: decimals with 8 places,
 *       naive date-times, durations, the task API's time stamps.</li>
 * </ul>
 */
final class FreppleShape {

    /** The formats frePPLe writes values in. */
    static final Map<String, Pattern> FORMATS = Map.of(
            "8-decimal number", Pattern.compile("-?\\d+\\.\\d{8}"),
            "naive date-time", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?"),
            "duration", Pattern.compile("(-?\\d+ )?\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?"),
            "task time stamp", Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}"));

    private static final Pattern VARIABLE = Pattern.compile("\"[^\"]*\"|'[^']*'|\\d+");

    private final Set<JsonValue.ValueType> types = new LinkedHashSet<>();
    private final List<Set<String>> keySets = new ArrayList<>();
    private final Map<String, FreppleShape> fields = new LinkedHashMap<>();
    private final Set<String> formats = new LinkedHashSet<>(FORMATS.keySet());
    private FreppleShape element;
    private FreppleShape mapValue;
    private boolean sawString;
    private final boolean map;
    private final Set<String> nullable;

    private FreppleShape(boolean map, Set<String> nullable) {
        this.map = map;
        this.nullable = nullable;
    }

    /**
     * The shape of a recorded value.
     *
     * @param mapAtRoot marks a top-level object keyed by data
     * @param nullable  fields that other recordings of the same entity show empty ({@code null}): a reply may have
     *                  null there even where this recording (a sample of 3 records) happens to show values
     */
    static FreppleShape of(JsonValue recorded, boolean mapAtRoot, Set<String> nullable) {
        FreppleShape s = new FreppleShape(mapAtRoot, nullable);
        s.add(recorded);
        return s;
    }

    private void add(JsonValue v) {
        types.add(normal(v.getValueType()));
        switch (v.getValueType()) {
            case STRING -> {
                String text = ((JsonString) v).getString();
                sawString = true;
                formats.removeIf(f -> !FORMATS.get(f).matcher(text).matches());
            }
            case ARRAY -> {
                for (JsonValue e : v.asJsonArray()) {
                    if (element == null) {
                        element = new FreppleShape(false, nullable);
                    }
                    element.add(e);
                }
            }
            case OBJECT -> {
                JsonObject o = v.asJsonObject();
                if (map) {
                    o.values().forEach(value -> {
                        if (mapValue == null) {
                            mapValue = new FreppleShape(false, nullable);
                        }
                        mapValue.add(value);
                    });
                    return;
                }
                if (!keySets.contains(o.keySet())) {
                    keySets.add(Set.copyOf(o.keySet()));
                }
                o.forEach((k, value) -> {
                    FreppleShape field = fields.computeIfAbsent(k, key -> new FreppleShape(key.equals("pegging"),
                            nullable));
                    field.add(value);
                    if (nullable.contains(k)) {
                        field.types.add(JsonValue.ValueType.NULL);
                    }
                });
            }
            default -> {
            }
        }
    }

    /** Mismatches between a reply value and this shape, prefixed by {@code where}. */
    List<String> compare(String where, JsonValue actual) {
        List<String> problems = new ArrayList<>();
        compare(where, actual, problems);
        return problems;
    }

    private void compare(String where, JsonValue actual, List<String> problems) {
        JsonValue.ValueType type = normal(actual.getValueType());
        if (types.equals(Set.of(JsonValue.ValueType.NULL))) {
            return;
        }
        if (!types.contains(type)) {
            problems.add(where + " is " + type + " " + abbreviate(actual) + ", recorded " + types);
            return;
        }
        switch (type) {
            case STRING -> {
                String text = ((JsonString) actual).getString();
                if (sawString) {
                    for (String f : formats) {
                        if (!FORMATS.get(f).matcher(text).matches()) {
                            problems.add(where + " = \"" + text + "\" is not a " + f + " as recorded");
                        }
                    }
                }
            }
            case ARRAY -> {
                if (element != null) {
                    JsonArray a = actual.asJsonArray();
                    for (int i = 0; i < a.size(); i++) {
                        element.compare(where + "[" + i + "]", a.get(i), problems);
                    }
                }
            }
            case OBJECT -> {
                JsonObject o = actual.asJsonObject();
                if (map) {
                    if (mapValue != null) {
                        o.forEach((k, v) -> mapValue.compare(where + "[\"" + k + "\"]", v, problems));
                    }
                    return;
                }
                if (!keySets.contains(o.keySet())) {
                    problems.add(where + " has keys " + o.keySet() + ", recorded " + keySets);
                    return;
                }
                o.forEach((k, v) -> fields.get(k).compare(where + "." + k, v, problems));
            }
            default -> {
            }
        }
    }

    /**
     * Compares the messages of an error reply with the recorded ones: same structure (objects by key, lists
     * element by element), each message matching the recorded one once its quoted values and numbers are
     * wildcards.
     */
    static void compareMessages(String where, JsonValue recorded, JsonValue actual, List<String> problems) {
        if (recorded.getValueType() != actual.getValueType()) {
            problems.add(where + " is " + actual.getValueType() + ", recorded " + recorded.getValueType());
            return;
        }
        switch (recorded.getValueType()) {
            case OBJECT -> {
                JsonObject r = recorded.asJsonObject();
                JsonObject a = actual.asJsonObject();
                if (!r.keySet().equals(a.keySet())) {
                    problems.add(where + " has keys " + a.keySet() + ", recorded " + r.keySet());
                    return;
                }
                r.forEach((k, v) -> compareMessages(where + "." + k, v, a.get(k), problems));
            }
            case ARRAY -> {
                JsonArray r = recorded.asJsonArray();
                JsonArray a = actual.asJsonArray();
                if (r.size() != a.size()) {
                    problems.add(where + " has " + a.size() + " elements, recorded " + r.size());
                    return;
                }
                for (int i = 0; i < r.size(); i++) {
                    compareMessages(where + "[" + i + "]", r.get(i), a.get(i), problems);
                }
            }
            case STRING -> {
                String r = ((JsonString) recorded).getString();
                String a = ((JsonString) actual).getString();
                if (!messageMatches(r, a)) {
                    problems.add(where + " = \"" + a + "\" does not match the recorded \"" + r + "\"");
                }
            }
            default -> {
            }
        }
    }

    /** Whether a message matches a recorded one whose quoted values and digit runs are wildcards. */
    static boolean messageMatches(String recorded, String actual) {
        StringBuilder re = new StringBuilder();
        Matcher m = VARIABLE.matcher(recorded);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(recorded.substring(last, m.start()))).append(".*?");
            last = m.end();
        }
        re.append(Pattern.quote(recorded.substring(last)));
        return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(actual).matches();
    }

    private static JsonValue.ValueType normal(JsonValue.ValueType t) {
        return t == JsonValue.ValueType.FALSE ? JsonValue.ValueType.TRUE : t;
    }

    private static String abbreviate(JsonValue v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
