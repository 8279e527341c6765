package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native planning store through GraphQL on Liberty with embedded Derby: mixed batches keep their valid lines
 * and explain the others, publication supersedes, history stays queryable, sizes are limited, Odoo is read a
 * bounded number of times. Each test creates its own versions and batches and reads only those.
 */
class PlanningIT extends TaktIT {

    static final String SUBMIT_FORECAST = Queries.SUBMIT_FORECAST;

    static final String PUBLISH = "mutation($v: Int!) { publishForecast(version: $v) { version { version state publishedAt "
            + "supersededAt } previousVersion breaches { item } } }";

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate NEXT_MONDAY = TODAY.plusWeeks(1).with(TemporalAdjusters.previousOrSame(
            DayOfWeek.MONDAY));

    /** Two storable items counted in Units, read from the sandbox. */
    private List<String> unitItems;

    @BeforeEach
    void findItems() {
        JsonPath items = graphql("{ items(type: STORABLE, first: 200) { nodes { code uom } } }");
        assertNull(items.get("errors"), items::prettify);
        unitItems = new ArrayList<>();
        List<Map<String, Object>> nodes = items.getList("data.items.nodes");
        for (Map<String, Object> node : nodes) {
            if ("Units".equals(node.get("uom")) && node.get("code") != null) {
                unitItems.add((String) node.get("code"));
            }
        }
        assertTrue(unitItems.size() >= 2, "the sandbox has items counted in Units: " + nodes);
    }

    @Test
    void aMixedForecastKeepsItsValidLinesAndExplainsEveryRejectedOne() {
        String a = unitItems.get(0);
        String b = unitItems.get(1);
        List<Map<String, Object>> lines = List.of(
                line(a, "WH", NEXT_MONDAY, 120),                                      // 1 valid
                withUnit(line(b, "east", NEXT_MONDAY, 5.5), "Dozens"),                // 2 valid: Dozens measure Units
                line("NOPE_9999", "WH", NEXT_MONDAY, 10),                             // 3 unknown item
                line(a, "EAST", NEXT_MONDAY, -5),                                     // 4 negative quantity
                line(a, "WH", TODAY.plusDays(800), 10),                               // 5 beyond the horizon
                withUnit(line(b, "WH", NEXT_MONDAY.plusWeeks(1), 3), "boxes"),        // 6 unknown unit
                line(a, "MARS", NEXT_MONDAY, 1),                                      // 7 unknown warehouse
                withUnit(line(b, "WH", NEXT_MONDAY.plusWeeks(2), 3), "kg"),           // 8 unit of another kind
                line(a, "WH", NEXT_MONDAY.plusDays(2), 7, "DAY"),                     // 9 overlaps line 1
                line(a, "WH", NEXT_MONDAY.plusWeeks(1), 0));                          // 10 valid: zero is fine

        JsonPath reply = graphql(SUBMIT_FORECAST, Map.of("input", Map.of("lines", lines, "note", "IT mixed")));

        assertNull(reply.get("errors"), reply::prettify);
        int version = reply.getInt("data.submitForecast.version");
        assertEquals("DRAFT", reply.getString("data.submitForecast.state"));
        assertEquals(List.of(1, 2, 10), reply.getList("data.submitForecast.accepted.line", Integer.class));
        assertEquals("EAST", reply.getString("data.submitForecast.accepted[1].location"), "Odoo's spelling");
        assertEquals("Dozens", reply.getString("data.submitForecast.accepted[1].unit"));
        assertEquals("Units", reply.getString("data.submitForecast.accepted[0].unit"), "the item's own unit");
        assertEquals(NEXT_MONDAY.plusDays(6).toString(), reply.getString("data.submitForecast.accepted[0].bucketEnd"));

        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), reply.getList("data.submitForecast.rejected.line", Integer.class));
        assertEquals(List.of("item", "quantity", "bucketStart", "unit", "location", "unit", "bucketStart"),
                reply.getList("data.submitForecast.rejected.field"));
        List<String> reasons = reply.getList("data.submitForecast.rejected.reason");
        assertEquals("line 3: item NOPE_9999 is not known in Odoo", reasons.get(0));
        assertEquals("line 4: quantity -5 is negative; it must be 0 or more", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("line 5: bucket WEEK " + TODAY.plusDays(800)) && reasons.get(2)
                .contains("after the planning horizon"), reasons.get(2));
        assertEquals("line 6: unit boxes is not a unit of measure known in Odoo", reasons.get(3));
        assertTrue(reasons.get(4).startsWith("line 7: location MARS is not a warehouse code known in Odoo (known: "),
                reasons.get(4));
        assertTrue(reasons.get(5).contains("kg (Weight) cannot measure item " + b), reasons.get(5));
        assertTrue(reasons.get(6).startsWith("line 9: overlaps line 1"), reasons.get(6));
        GraphQLReadIT.assertNoJavaLeak(reply);

        JsonPath stored = graphql("query($v: Int) { forecast(version: $v) { version state note acceptedLineCount "
                + "rejectedLineCount lines { totalCount nodes { line item quantity unit } } "
                + "rejected { line reason } } }",
                Map.of("v", version));
        assertNull(stored.get("errors"), stored::prettify);
        assertEquals("DRAFT", stored.getString("data.forecast.state"));
        assertEquals("IT mixed", stored.getString("data.forecast.note"));
        assertEquals(3, stored.getInt("data.forecast.acceptedLineCount"));
        assertEquals(7, stored.getInt("data.forecast.rejectedLineCount"));
        assertEquals(3, stored.getInt("data.forecast.lines.totalCount"));
        assertEquals(List.of(1, 2, 10), stored.getList("data.forecast.lines.nodes.line", Integer.class));
        assertEquals(120.0, stored.getDouble("data.forecast.lines.nodes[0].quantity"));
        assertEquals(5.5, stored.getDouble("data.forecast.lines.nodes[1].quantity"));
        assertEquals(reasons, stored.getList("data.forecast.rejected.reason"), "rejections are kept with the version");

        JsonPath filtered = graphql("query($v: Int, $item: String, $from: Date) { forecast(version: $v, item: $item, "
                + "from: $from, first: 1) { lines { nodes { line } pageInfo { hasNextPage } } } }",
                Map.of("v", version, "item", a, "from", NEXT_MONDAY.plusDays(7).toString()));
        assertNull(filtered.get("errors"), filtered::prettify);
        assertEquals(List.of(10), filtered.getList("data.forecast.lines.nodes.line", Integer.class));
    }

    @Test
    void publishingSupersedesThePublishedVersionAndHistoryStaysQueryable() {
        int first = submitOneLine("IT first");
        int second = submitOneLine("IT second");
        assertTrue(second > first);

        JsonPath published = graphql(PUBLISH, Map.of("v", first));
        assertNull(published.get("errors"), published::prettify);
        assertEquals("PUBLISHED", published.getString("data.publishForecast.version.state"));
        assertNotNull(published.getString("data.publishForecast.version.publishedAt"));

        JsonPath republished = graphql(PUBLISH, Map.of("v", second));
        assertEquals("PUBLISHED", republished.getString("data.publishForecast.version.state"), republished::prettify);
        assertEquals(second, graphql("{ forecast { version state } }").getInt("data.forecast.version"),
                "without a version, forecast is the published one");

        JsonPath old = graphql("query($v: Int) { forecast(version: $v) { state publishedAt supersededAt "
                + "lines { nodes { item } } } }", Map.of("v", first));
        assertEquals("SUPERSEDED", old.getString("data.forecast.state"), old::prettify);
        assertNotNull(old.getString("data.forecast.supersededAt"));
        assertEquals(1, old.getList("data.forecast.lines.nodes").size(), "a superseded version keeps its lines");

        JsonPath superseded = graphql("{ forecastVersions(state: SUPERSEDED, first: 1000) { nodes { version } } }");
        assertTrue(superseded.getList("data.forecastVersions.nodes.version", Integer.class).contains(first),
                superseded::prettify);
        JsonPath history = graphql("{ forecastVersions(first: 2) { totalCount nodes { version } } }");
        assertEquals(second, history.getInt("data.forecastVersions.nodes[0].version"), "newest first");
        assertTrue(history.getInt("data.forecastVersions.totalCount") >= 2);

        JsonPath again = graphql(PUBLISH, Map.of("v", second));
        assertNull(again.get("errors"), "publishing the published version again is harmless");

        JsonPath refused = graphql(PUBLISH, Map.of("v", first));
        assertEquals("INVALID_STATE", refused.getString("errors[0].extensions.code"), refused::prettify);
        assertTrue(refused.getString("errors[0].message").startsWith("forecast version " + first
                + " was superseded"), refused.getString("errors[0].message"));
        GraphQLReadIT.assertNoJavaLeak(refused);

        JsonPath unknown = graphql(PUBLISH, Map.of("v", 999_999));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"), unknown::prettify);
        assertTrue(unknown.getString("errors[0].message").startsWith("forecast version 999999 does not exist"));
        GraphQLReadIT.assertNoJavaLeak(unknown);
    }

    @Test
    void aVersionWithoutAcceptedLinesOrOlderThanThePublishedOneIsNotPublished() {
        JsonPath empty = graphql(SUBMIT_FORECAST, Map.of("input", Map.of("lines",
                List.of(line("NOPE_1", "WH", NEXT_MONDAY, 1)))));
        int nothing = empty.getInt("data.submitForecast.version");
        JsonPath refused = graphql(PUBLISH, Map.of("v", nothing));
        assertEquals("INVALID_STATE", refused.getString("errors[0].extensions.code"), refused::prettify);
        assertTrue(refused.getString("errors[0].message").contains("no accepted lines"));

        int older = submitOneLine("IT older");
        int newer = submitOneLine("IT newer");
        assertNull(graphql(PUBLISH, Map.of("v", newer)).get("errors"));
        JsonPath stale = graphql(PUBLISH, Map.of("v", older));
        assertEquals("INVALID_STATE", stale.getString("errors[0].extensions.code"), stale::prettify);
        assertTrue(stale.getString("errors[0].message").contains("older than the published version " + newer));
        assertEquals("DRAFT", graphql("query($v: Int) { forecast(version: $v) { state } }", Map.of("v", older))
                .getString("data.forecast.state"));
    }

    @Test
    void submissionsAreLimitedInSizeAsAWhole() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            tooMany.add(Map.of("item", "X", "quantity", 1));
        }
        JsonPath reply = graphql(SUBMIT_FORECAST, Map.of("input", Map.of("lines", tooMany)));
        assertEquals("BAD_ARGUMENT", reply.getString("errors[0].extensions.code"), () -> reply.prettify()
                .substring(0, 500));
        assertEquals("input.lines", reply.getString("errors[0].extensions.argument"));
        assertTrue(reply.getString("errors[0].message").contains("at most 10000 lines"));
        assertNull(reply.get("data.submitForecast"));

        JsonPath none = graphql("mutation { submitPlannedOrders(lines: []) { batch } }");
        assertEquals("lines", none.getString("errors[0].extensions.argument"), none::prettify);
    }

    @Test
    void oneOdooReadPerKindOfReferenceWhateverTheNumberOfLines() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add(line(String.format("FURN_%04d", i + 1), i % 2 == 0 ? "WH" : "EAST", NEXT_MONDAY, i));
        }
        graphql("{ warehouses { nodes { id } } }"); // the session is open before counting
        Sandbox.resetCalls();

        JsonPath reply = graphql(SUBMIT_FORECAST, Map.of("input", Map.of("lines", lines)));

        assertNull(reply.get("errors"), reply::prettify);
        assertEquals(400, reply.getList("data.submitForecast.accepted").size()
                + reply.getList("data.submitForecast.rejected").size());
        assertEquals(1, Sandbox.count("product.product", "search_read"), "items: one read");
        assertEquals(1, Sandbox.count("stock.warehouse", "search_read"), "warehouses: one read");
        assertEquals(1, Sandbox.count("uom.uom", "search_read"), "units: one read");
        assertEquals(3, Sandbox.calls().getInt("total"), "nothing else");
    }

    @Test
    void whenOdooCannotBeReadNothingIsStored() {
        String count = "{ forecastVersions(first: 1) { totalCount } }";
        int before = graphql(count).getInt("data.forecastVersions.totalCount");
        Sandbox.faults(Map.of("http503Ratio", 1.0, "models", List.of("uom.uom")));

        JsonPath reply = graphql(SUBMIT_FORECAST, Map.of("input", Map.of("lines",
                List.of(line(unitItems.get(0), "WH", NEXT_MONDAY, 1)))));

        assertEquals("ODOO_UNAVAILABLE", reply.getString("errors[0].extensions.code"), reply::prettify);
        assertNull(reply.get("data"));
        GraphQLReadIT.assertNoJavaLeak(reply);
        Sandbox.clearFaults();
        assertEquals(before, graphql(count).getInt("data.forecastVersions.totalCount"), "no version was created");
    }

    @Test
    void plannedOrdersKeepTheirValidLines() {
        String a = unitItems.get(0);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant due = start.plus(3, ChronoUnit.DAYS);
        List<Map<String, Object>> lines = List.of(
                order("MAKE", a, "WH", 10, start, due, Map.of("demand", "SO/IT/1")),            // 1 valid
                order("TRANSFER", a, "WH", 4, start, due, Map.of("origin", "EAST")),            // 2 valid
                order("BUY", a, "EAST", 50, start, due, Map.of("supplier", "Wood Corner")),     // 3 valid
                order("TRANSFER", a, "WH", 4, start, due, Map.of()),                            // 4 no origin
                order("MAKE", a, "WH", 1, due, start, Map.of()),                                // 5 due before start
                order("MAKE", a, "WH", 1, start, due, Map.of("supplier", "Wood Corner")),       // 6 supplier on MAKE
                order("BUY", "NOPE_2", "WH", 1, start, due, Map.of()),                          // 7 unknown item
                order("MAKE", a, "WH", 1, start, start.plus(900, ChronoUnit.DAYS), Map.of()));   // 8 beyond horizon

        JsonPath reply = graphql("""
                mutation($lines: [PlannedOrderInput]!) {
                  submitPlannedOrders(lines: $lines, note: "IT orders") {
                    batch accepted { line type origin supplier demand unit } rejected { line field reason }
                  }
                }""", Map.of("lines", lines));

        assertNull(reply.get("errors"), reply::prettify);
        assertEquals(List.of(1, 2, 3), reply.getList("data.submitPlannedOrders.accepted.line", Integer.class));
        assertEquals(List.of(4, 5, 6, 7, 8), reply.getList("data.submitPlannedOrders.rejected.line", Integer.class));
        assertEquals(List.of("origin", "due", "supplier", "item", "due"),
                reply.getList("data.submitPlannedOrders.rejected.field"));
        int batch = reply.getInt("data.submitPlannedOrders.batch");

        JsonPath transfers = graphql("query($b: Int) { plannedOrders(batch: $b, type: TRANSFER) { batch note "
                + "orders { nodes { line item location origin quantity start due } } rejected { line } } }",
                Map.of("b", batch));
        assertNull(transfers.get("errors"), transfers::prettify);
        assertEquals(List.of(2), transfers.getList("data.plannedOrders.orders.nodes.line", Integer.class));
        assertEquals("EAST", transfers.getString("data.plannedOrders.orders.nodes[0].origin"));
        assertEquals(start.toString(), transfers.getString("data.plannedOrders.orders.nodes[0].start"));
        assertEquals(5, transfers.getList("data.plannedOrders.rejected").size());
        assertEquals(batch, graphql("{ plannedOrders { batch } }").getInt("data.plannedOrders.batch"),
                "without a batch number: the latest batch");
        assertTrue(graphql("{ plannedOrderBatches(first: 5) { nodes { number note } } }")
                .getList("data.plannedOrderBatches.nodes.number", Integer.class).contains(batch));
    }

    @Test
    void scheduleProposalsAreCheckedAgainstOdoosOrders() {
        JsonPath open = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 20) { nodes { id name "
                + "workOrders { id state workCenter { name code } } } } }");
        List<Map<String, Object>> orders = open.getList("data.manufacturingOrders.nodes");
        Map<String, Object> withWorkOrders = orders.stream()
                .filter(o -> !((List<?>) o.get("workOrders")).isEmpty()).findFirst().orElseThrow();
        String mo = (String) withWorkOrders.get("name");
        @SuppressWarnings("unchecked")
        Map<String, Object> workOrder = ((List<Map<String, Object>>) withWorkOrders.get("workOrders")).get(0);
        long workOrderId = ((Number) workOrder.get("id")).longValue();
        @SuppressWarnings("unchecked")
        String workCenter = (String) ((Map<String, Object>) workOrder.get("workCenter")).get("name");
        String otherMo = orders.stream().map(o -> (String) o.get("name")).filter(n -> !n.equals(mo)).findFirst()
                .orElseThrow();
        String doneMo = graphql("{ manufacturingOrders(state: [DONE], first: 1) { nodes { name } } }")
                .getString("data.manufacturingOrders.nodes[0].name");

        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant finish = start.plus(4, ChronoUnit.HOURS);
        List<Map<String, Object>> proposals = List.of(
                proposal(mo, null, start, finish, Map.of("priority", "URGENT", "sequence", 1)),     // 1 valid
                proposal(mo, workOrderId, start, finish, Map.of("workCenter", workCenter)),         // 2 valid
                proposal(doneMo, null, start, finish, Map.of()),                                    // 3 done
                proposal("WH/MO/NOPE", null, start, finish, Map.of()),                              // 4 unknown
                proposal(otherMo, null, finish, start, Map.of()),                                   // 5 reversed
                proposal(otherMo, workOrderId, start, finish, Map.of()),                            // 6 other MO's WO
                proposal(otherMo, null, start, finish, Map.of("workCenter", "Moon Press")),         // 7 unknown WC
                proposal(mo, null, start, finish, Map.of()));                                       // 8 repeats 1

        JsonPath reply = graphql("""
                mutation($p: [ScheduleProposalInput]!) {
                  submitSchedule(proposals: $p) {
                    batch accepted { line manufacturingOrder workOrderId workCenter priority sequence }
                    rejected { line field reason }
                  }
                }""", Map.of("p", proposals));

        assertNull(reply.get("errors"), reply::prettify);
        assertEquals(List.of(1, 2), reply.getList("data.submitSchedule.accepted.line", Integer.class));
        assertEquals(List.of(3, 4, 5, 6, 7, 8), reply.getList("data.submitSchedule.rejected.line", Integer.class));
        assertEquals(List.of("manufacturingOrder", "manufacturingOrder", "plannedFinish", "workOrderId",
                "workCenter", "manufacturingOrder"), reply.getList("data.submitSchedule.rejected.field"));
        assertTrue(reply.getString("data.submitSchedule.rejected[0].reason").contains("is done"));
        int batch = reply.getInt("data.submitSchedule.batch");

        JsonPath stored = graphql("query($b: Int, $mo: String) { scheduleProposals(batch: $b, manufacturingOrder: "
                + "$mo) { batch proposals { totalCount nodes { line workOrderId plannedStart plannedFinish "
                + "priority } } } }", Map.of("b", batch, "mo", mo));
        assertNull(stored.get("errors"), stored::prettify);
        assertEquals(2, stored.getInt("data.scheduleProposals.proposals.totalCount"));
        assertEquals("URGENT", stored.getString("data.scheduleProposals.proposals.nodes[0].priority"));
        assertEquals(finish.toString(), stored.getString("data.scheduleProposals.proposals.nodes[0].plannedFinish"));
        assertEquals(workOrderId, stored.getLong("data.scheduleProposals.proposals.nodes[1].workOrderId"));
    }

    @Test
    void concurrentSubmissionsGetConsecutiveVersionsAndConcurrentPublicationsLeaveOnePublished() throws Exception {
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Integer> versions = all(pool, n, i -> submitOneLine("IT concurrent " + i));
            assertEquals(n, new TreeSet<>(versions).size(), "distinct versions: " + versions);
            assertEquals(n - 1, Collections.max(versions) - Collections.min(versions), "no gaps: " + versions);

            List<JsonPath> replies = all(pool, n, i -> graphql(PUBLISH, Map.of("v", versions.get(i))));
            for (JsonPath reply : replies) {
                if (reply.get("errors") != null) {
                    assertEquals("INVALID_STATE", reply.getString("errors[0].extensions.code"), reply::prettify);
                }
            }
            JsonPath published = graphql("{ forecastVersions(state: PUBLISHED) { nodes { version } } }");
            assertEquals(1, published.getList("data.forecastVersions.nodes").size(), published::prettify);
            assertTrue(versions.contains(published.getInt("data.forecastVersions.nodes[0].version")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSchemaDescribesThePlanningOperations() throws Exception {
        String sdl = RestAssured.get(BASE + "/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "schema.graphql"), sdl);
        for (String expected : List.of("submitForecast(", "input: ForecastSubmissionInput!", "): ForecastSubmission!",
                "publishForecast(", "): ForecastPublication!", "releasePlannedOrders(", "applySchedule(", "submitPlannedOrders(", "submitSchedule(",
                "forecastVersions(", "forecast(", "plannedOrders(", "scheduleProposals(", "input ForecastLineInput",
                "type RejectedLine", "enum ForecastVersionState")) {
            assertTrue(sdl.contains(expected), () -> "missing " + expected);
        }
        assertTrue(sdl.contains("Stores a forecast as a new DRAFT version"), "operations carry descriptions");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Runs {@code task(0..n-1)} on {@code pool} at once and returns the results in order. */
    private static <T> List<T> all(ExecutorService pool, int n, IntFunction<T> task) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                gate.await();
                return task.apply(index);
            }));
        }
        gate.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private int submitOneLine(String note) {
        JsonPath reply = graphql(SUBMIT_FORECAST, Map.of("input", Map.of("note", note, "lines",
                List.of(line(unitItems.get(0), "WH", NEXT_MONDAY, 42)))));
        assertNull(reply.get("errors"), reply::prettify);
        assertEquals(1, reply.getList("data.submitForecast.accepted").size(), reply::prettify);
        return reply.getInt("data.submitForecast.version");
    }

    private static Map<String, Object> line(String item, String location, LocalDate start, double quantity) {
        return line(item, location, start, quantity, "WEEK");
    }

    private static Map<String, Object> line(String item, String location, LocalDate start, double quantity,
            String bucket) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("item", item);
        line.put("location", location);
        line.put("bucketStart", start.toString());
        line.put("bucket", bucket);
        line.put("quantity", quantity);
        return line;
    }

    private static Map<String, Object> withUnit(Map<String, Object> line, String unit) {
        Map<String, Object> copy = new LinkedHashMap<>(line);
        copy.put("unit", unit);
        return copy;
    }

    private static Map<String, Object> order(String type, String item, String location, double quantity,
            Instant start, Instant due, Map<String, Object> extra) {
        Map<String, Object> order = new LinkedHashMap<>(Map.of("type", type, "item", item, "location", location,
                "quantity", quantity, "start", start.toString(), "due", due.toString()));
        order.putAll(extra);
        return order;
    }

    private static Map<String, Object> proposal(String mo, Long workOrderId, Instant start, Instant finish,
            Map<String, Object> extra) {
        Map<String, Object> proposal = new LinkedHashMap<>(Map.of("manufacturingOrder", Objects.requireNonNull(mo),
                "plannedStart", start.toString(), "plannedFinish", finish.toString()));
        if (workOrderId != null) {
            proposal.put("workOrderId", workOrderId);
        }
        proposal.putAll(extra);
        return proposal;
    }
}
