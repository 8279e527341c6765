package dev.takt.sandbox.frepple;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frePPLe sandbox answers every request recorded with a real frePPLe 7.3 ({@code shared/frepple-recorded}, path
 * from {@code -Dtakt.frepple.recordings.dir}) the way frePPLe did. No recording is skipped.
 *
 * <p><b>State and order.</b> Each recording runs against a fresh sandbox on the recording day (base day 2026-11-26,
 * fixed clock). A recording whose answer depends on what earlier recorded requests changed first replays those
 * requests, in the recorder's order, and their statuses must match too ({@link #SETUP}, resolved transitively): the
 * read-back after the POST, the upsert, the PUT/PATCH on {@code API demand 1} after its creation, the bulk updates
 * after the bulk create, the check after the failed bulk, the deletes after {@code post_demand_for_delete} and their
 * check after both deletes, the task status after its launch, and every {@code after_plan_*} after the demand
 * changes and {@code execute_runplan_launch}. The recorder ran: creates, upsert, read-back, detail updates, bulk
 * create/updates, failed bulk and its check, setup for and the deletes, the launches, their status, then the
 * after-plan reads and the MO patch. Everything else runs on the seed alone.
 *
 * <p><b>Substitutions</b> (values only the recorded server had): tokens (Bearer, {@code ?webtoken=}) are minted with
 * the sandbox's secret; the task id polled is the one the replayed launch returned; a detail URL naming an order the
 * real engine numbered ({@code manufacturingorder/19}, {@code purchaseorder/36}) names the sandbox's first proposed
 * order of that kind.
 *
 * <p><b>Comparison.</b> Same HTTP status; same content type family (none where frePPLe sent none); JSON by
 * {@link FreppleShape} (keys, JSON types per field, list elements, value formats: 8-decimal strings, naive
 * date-times, durations, task time stamps), top-level lists empty exactly when recorded empty; error replies
 * (status 400 and up) have the same keys and messages matching the recorded ones with quoted values and numbers as
 * wildcards; text bodies: empty stays empty, a short text is equal, an HTML page carries the same {@code <title>};
 * the same {@code Location}. Values are compared where the recording's point is the value: a write's reply and the
 * read-back of records the replay wrote (every field but {@code lastmodified}); the records a filter returns satisfy
 * it; counts of lists before planning (the seed mirrors {@code manufacturing_demo}); the key of a detail read; the
 * task API's messages, arguments and final status; the patched MO status.
 */
class FreppleSandboxContractTest {

    static final LocalDate RECORDING_DAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T18:21:35Z"), ZoneOffset.UTC);
    static final String SECRET = "contract-test-secret";

    private static final List<String> PLAN = List.of("patch_demand_detail", "patch_demand_bulk_list",
            "execute_runplan_launch");

    /** Recordings whose state a recording depends on (direct dependencies; resolved transitively, in order). */
    static final Map<String, List<String>> SETUP = Map.ofEntries(
            Map.entry("get_one_demand_after_post", List.of("post_demand_single")),
            Map.entry("post_demand_existing_name_upserts", List.of("post_demand_single")),
            Map.entry("put_demand_detail", List.of("post_demand_existing_name_upserts")),
            Map.entry("patch_demand_detail", List.of("put_demand_detail")),
            Map.entry("error_put_demand_detail_partial_body", List.of("post_demand_single")),
            Map.entry("error_patch_demand_bad_date", List.of("post_demand_single")),
            Map.entry("error_patch_demand_bad_quantity", List.of("post_demand_single")),
            Map.entry("error_patch_demand_bad_status_choice", List.of("post_demand_single")),
            Map.entry("put_demand_bulk_list", List.of("post_demand_bulk_list")),
            Map.entry("patch_demand_bulk_list", List.of("put_demand_bulk_list")),
            Map.entry("list_input_demand_after_changes", List.of("patch_demand_detail", "patch_demand_bulk_list")),
            Map.entry("check_demand_4_after_failed_bulk", List.of("error_post_demand_bulk_one_invalid")),
            Map.entry("delete_demand_detail", List.of("post_demand_for_delete")),
            Map.entry("delete_demand_with_filter", List.of("post_demand_for_delete")),
            Map.entry("check_demand_after_delete", List.of("delete_demand_detail", "delete_demand_with_filter")),
            Map.entry("delete_item_detail", List.of("post_item_single")),
            Map.entry("execute_task_status", List.of("execute_runplan_launch")),
            Map.entry("execute_task_status_without_env_supply",
                    List.of("execute_runplan_launch_without_env_supply")));

    private static final Pattern PLANNED_ORDER = Pattern.compile("/api/input/(manufacturingorder|purchaseorder)/"
            + "([^/]+)/");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern ENTITY = Pattern.compile("/api/(?:input|common)/([^/]+)/");
    private static final Map<String, Set<String>> NULLABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A sandbox being replayed into, and what the replay learnt on the way. */
    static final class Replay {
        final FreppleSandbox sandbox = new FreppleSandbox(RECORDING_DAY, CLOCK, SECRET);
        String taskId;
        String substitutedKey;

        /** Sends a recorded request, with the substitutions. */
        FreppleReply send(FreppleRecording rec) {
            String token = rec.needsToken() ? sandbox.token("admin", 3600) : null;
            Map<String, String> query = rec.query(token);
            String path = rec.path();
            if (rec.path().startsWith("/execute/api/status/") && query.containsKey("id") && taskId != null) {
                query.put("id", taskId);
            }
            Matcher order = PLANNED_ORDER.matcher(path);
            if (rec.name().startsWith("after_plan_") && order.matches()) {
                substitutedKey = firstProposed(order.group(1));
                path = "/api/input/" + order.group(1) + "/" + substitutedKey + "/";
            }
            Map<String, String> headers = new LinkedHashMap<>();
            String authorization = rec.authorization(token);
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
            String body = rec.bodyText();
            if (body != null && !body.isEmpty()) {
                headers.put("Content-Type", "application/json");
            }
            FreppleReply reply = sandbox.handle(rec.method(), FreppleRecording.encodePath(path),
                    FreppleRecording.queryString(query), headers, body);
            if (rec.path().equals("/execute/api/runplan/") && rec.method().equals("POST")) {
                taskId = String.valueOf(parse(reply.body()).asJsonObject().getInt("taskid"));
            }
            return reply;
        }

        private String firstProposed(String entity) {
            FreppleReply list = sandbox.handle("GET", "/api/input/" + entity + "/", "status=proposed",
                    Map.of("Authorization", "Basic YWRtaW46YWRtaW4="), null);
            JsonArray orders = parse(list.body()).asJsonArray();
            assertFalse(orders.isEmpty(), "the sandbox's plan proposed no " + entity);
            return orders.getJsonObject(0).getString("reference");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedExchange() {
        List<FreppleRecording> all = FreppleRecording.all();
        assertFalse(all.isEmpty(), "no recordings in " + FreppleRecording.directory());
        return all.stream().map(rec -> DynamicTest.dynamicTest(rec.name(), () -> {
            Replay replay = new Replay();
            for (String step : chain(rec.name())) {
                FreppleRecording setup = FreppleRecording.named(step);
                FreppleReply reply = replay.send(setup);
                assertEquals(setup.status(), reply.status(), "setup step " + step + " of " + rec.name() + ": "
                        + reply.body());
            }
            FreppleReply reply = replay.send(rec);
            List<String> problems = compare(rec, reply, replay.substitutedKey);
            assertTrue(problems.isEmpty(), rec.name() + ":\n  " + String.join("\n  ", problems) + "\nreply: "
                    + abbreviate(reply.body()));
        }));
    }

    @Test
    void setupNamesExistingRecordings() {
        Set<String> names = new LinkedHashSet<>();
        FreppleRecording.all().forEach(r -> names.add(r.name()));
        SETUP.forEach((k, v) -> {
            assertTrue(names.contains(k), k);
            v.forEach(s -> assertTrue(names.contains(s), s));
        });
        PLAN.forEach(s -> assertTrue(names.contains(s), s));
    }

    /** The recordings to replay before {@code name}, dependencies first, each once. */
    static List<String> chain(String name) {
        Set<String> out = new LinkedHashSet<>();
        List<String> direct = name.startsWith("after_plan_") ? PLAN : SETUP.getOrDefault(name, List.of());
        for (String d : direct) {
            out.addAll(chain(d));
            out.add(d);
        }
        return new ArrayList<>(out);
    }

    // ------------------------------------------------------------------------------------------------ comparison

    static List<String> compare(FreppleRecording rec, FreppleReply reply, String substitutedKey) {
        List<String> problems = new ArrayList<>();
        if (reply.status() != rec.status()) {
            problems.add("HTTP status " + reply.status() + ", recorded " + rec.status());
        }
        if (!family(rec.contentType()).equals(family(reply.contentType()))) {
            problems.add("content type " + reply.contentType() + ", recorded " + rec.contentType());
        }
        if (rec.location() != null && !rec.location().equals(reply.headers().get("Location"))) {
            problems.add("Location " + reply.headers().get("Location") + ", recorded " + rec.location());
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (rec.response() instanceof JsonString text) {
            compareText(text.getString(), reply.body(), problems);
            return problems;
        }
        JsonValue actual;
        try {
            actual = parse(reply.body());
        } catch (RuntimeException e) {
            problems.add("reply is not JSON");
            return problems;
        }
        boolean statusReply = rec.path().equals("/execute/api/status/");
        problems.addAll(FreppleShape.of(rec.response(), statusReply, nullable(rec)).compare("reply", actual));
        if (rec.response() instanceof JsonArray recorded && actual instanceof JsonArray a
                && recorded.isEmpty() != a.isEmpty()) {
            problems.add("the list is " + (a.isEmpty() ? "empty" : "not empty") + ", recorded "
                    + (recorded.isEmpty() ? "empty" : recorded.size() + "+ records"));
        }
        if (rec.status() >= 400) {
            FreppleShape.compareMessages("reply", rec.response(), actual, problems);
        }
        if (problems.isEmpty()) {
            values(rec, actual, substitutedKey, problems);
        }
        return problems;
    }

    private static void compareText(String recorded, String actual, List<String> problems) {
        Matcher title = TITLE.matcher(recorded);
        if (title.find()) {
            Matcher got = TITLE.matcher(actual);
            if (!got.find() || !got.group(1).equalsIgnoreCase(title.group(1))) {
                problems.add("page without the recorded title '" + title.group(1) + "'");
            }
        } else if (!recorded.equals(actual)) {
            problems.add("body '" + abbreviate(actual) + "', recorded '" + recorded + "'");
        }
    }

    /** The checks where the recording's point is the value. */
    private static void values(FreppleRecording rec, JsonValue actual, String substitutedKey,
            List<String> problems) {
        boolean afterPlan = rec.name().startsWith("after_plan_");
        boolean write = Set.of("POST", "PUT", "PATCH").contains(rec.method()) && rec.status() < 300
                && rec.path().startsWith("/api/");
        if (!afterPlan && (write || readsBackOwnRecords(rec))) {
            sameValues("reply", rec.response(), actual, problems);
        }
        if (rec.method().equals("GET") && actual instanceof JsonArray list
                && (rec.name().startsWith("filter_") || rec.name().startsWith("check_")
                        || rec.name().startsWith("after_plan_filter_") || !rec.query().isEmpty())) {
            for (int i = 0; i < list.size(); i++) {
                String failed = failedFilter(rec.query(), list.getJsonObject(i));
                if (failed != null) {
                    problems.add("reply[" + i + "] does not satisfy the filter " + failed);
                }
            }
        }
        if (!afterPlan && rec.method().equals("GET") && actual instanceof JsonArray list && rec.total() >= 0
                && list.size() != rec.total()) {
            problems.add(list.size() + " records, recorded " + rec.total());
        }
        if (rec.method().equals("GET") && rec.status() == 200 && rec.path().startsWith("/api/")
                && actual instanceof JsonObject o && rec.response() instanceof JsonObject r) {
            String key = r.containsKey("reference") ? "reference" : "name";
            String want = substitutedKey != null ? substitutedKey : r.getString(key);
            if (!want.equals(o.getString(key, null))) {
                problems.add(key + " " + o.get(key) + ", asked for " + want);
            }
        }
        if (rec.path().startsWith("/execute/")) {
            task(rec.response(), actual, problems);
        }
        if (afterPlan && write && rec.body() instanceof JsonObject sent) {
            sent.forEach((k, v) -> {
                if (!v.equals(actual.asJsonObject().get(k))) {
                    problems.add(k + " = " + actual.asJsonObject().get(k) + ", written " + v);
                }
            });
        }
    }

    /** Fields any successful recording of the same entity shows null (empty) in a record. */
    private static Set<String> nullable(FreppleRecording rec) {
        Matcher m = ENTITY.matcher(rec.path());
        if (!m.lookingAt()) {
            return Set.of();
        }
        return NULLABLE.computeIfAbsent(m.group(1), entity -> {
            Set<String> out = new LinkedHashSet<>();
            for (FreppleRecording r : FreppleRecording.all()) {
                Matcher other = ENTITY.matcher(r.path());
                if (r.status() / 100 != 2 || !other.lookingAt() || !other.group(1).equals(entity)) {
                    continue;
                }
                List<JsonValue> records = r.response() instanceof JsonArray a ? a : List.of(r.response());
                for (JsonValue v : records) {
                    if (v instanceof JsonObject o) {
                        o.forEach((k, x) -> {
                            if (x == JsonValue.NULL) {
                                out.add(k);
                            }
                        });
                    }
                }
            }
            return out;
        });
    }

    /** A read whose records the replay itself wrote (names {@code API …}) before planning. */
    private static boolean readsBackOwnRecords(FreppleRecording rec) {
        if (!rec.method().equals("GET")) {
            return false;
        }
        JsonValue r = rec.response();
        List<JsonValue> records = r instanceof JsonArray a ? a : List.of(r);
        return !records.isEmpty() && records.stream().allMatch(v -> v instanceof JsonObject o
                && o.getString("name", "").startsWith("API "));
    }

    /** Equal values in every field but {@code lastmodified}, records in order. */
    private static void sameValues(String where, JsonValue recorded, JsonValue actual, List<String> problems) {
        if (recorded instanceof JsonArray r && actual instanceof JsonArray a) {
            if (r.size() > a.size()) {
                problems.add(where + " has " + a.size() + " records, recorded " + r.size());
                return;
            }
            for (int i = 0; i < r.size(); i++) {
                sameValues(where + "[" + i + "]", r.get(i), a.get(i), problems);
            }
        } else if (recorded instanceof JsonObject r && actual instanceof JsonObject a) {
            r.forEach((k, v) -> {
                if (!k.equals("lastmodified") && !v.equals(a.get(k))) {
                    problems.add(where + "." + k + " = " + a.get(k) + ", recorded " + v);
                }
            });
        }
    }

    /** The first filter parameter a record fails (unknown parameters ignored), or null. */
    private static String failedFilter(Map<String, String> query, JsonObject record) {
        for (Map.Entry<String, String> p : query.entrySet()) {
            String field = p.getKey();
            String lookup = "exact";
            int sep = field.lastIndexOf("__");
            if (sep > 0) {
                lookup = field.substring(sep + 2);
                field = field.substring(0, sep);
            }
            JsonValue v = record.get(field);
            if (v == null || p.getKey().equals("webtoken")) {
                continue;
            }
            String have = v instanceof JsonString s ? s.getString() : v.toString();
            String want = p.getValue();
            boolean ok = switch (lookup) {
                case "exact" -> have.equals(want);
                case "in" -> List.of(want.split(",")).contains(have);
                case "contains" -> have.contains(want);
                case "gte", "gt", "lt", "lte" -> {
                    int c = have.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(have).compareTo(new BigDecimal(want))
                            : have.compareTo(want);
                    yield switch (lookup) {
                        case "gte" -> c >= 0;
                        case "gt" -> c > 0;
                        case "lt" -> c < 0;
                        default -> c <= 0;
                    };
                }
                default -> true;
            };
            if (!ok) {
                return p.getKey() + "=" + want + " (has " + have + ")";
            }
        }
        return null;
    }

    /** The task API: same messages and arguments, and a status poll ends "Done". */
    private static void task(JsonValue recorded, JsonValue actual, List<String> problems) {
        if (!(recorded instanceof JsonObject r) || !(actual instanceof JsonObject a)) {
            return;
        }
        if (r.containsKey("message") && !r.get("message").equals(a.get("message"))) {
            problems.add("message " + a.get("message") + ", recorded " + r.get("message"));
        }
        if (!r.isEmpty() && r.values().iterator().next() instanceof JsonObject recordedTask
                && recordedTask.containsKey("status")) {
            if (a.size() != 1) {
                problems.add("status of " + a.size() + " tasks, recorded one");
                return;
            }
            JsonObject task = a.values().iterator().next().asJsonObject();
            for (String key : List.of("name", "arguments", "status", "message", "user")) {
                if (!recordedTask.get(key).equals(task.get(key))) {
                    problems.add("task " + key + " " + task.get(key) + ", recorded " + recordedTask.get(key));
                }
            }
        }
    }

    private static String family(String contentType) {
        return contentType == null ? "(none)" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    static JsonValue parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readValue();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
