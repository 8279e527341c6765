package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The federated fields with {@code takt.planning.adapter=frepple} (the {@code frepple-it} failsafe execution): the
 * planner-owned parts of Odoo's items, orders and work centers come from the frePPLe sandbox, over HTTP, with a
 * number of frePPLe calls that does not grow with the number of parents.
 */
class FederatedFreppleIT extends TaktIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private List<String> codes;

    @BeforeEach
    void freshPlanner() {
        FreppleAdapter.requireFrepple();
        Frepple.reset();
        JsonPath items = graphql("{ items(first: 3, type: STORABLE) { nodes { code uom } } }");
        codes = items.getList("data.items.nodes.code");
        List<String> units = items.getList("data.items.nodes.uom");
        Frepple.post("location", Map.of("name", "WH"), Map.of("name", "WH2"));
        Frepple.post("customer", Map.of("name", "Takt IT"));
        Frepple.post("supplier", Map.of("name", "IT supplier"));
        Frepple.post("item", Map.of("name", codes.get(0), "uom", units.get(0)),
                Map.of("name", codes.get(1), "uom", units.get(1)));
        Frepple.post("operation", Map.of("name", "Make " + codes.get(0), "item", codes.get(0), "location", "WH"));
    }

    private static String naive(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).toString() + ":00";
    }

    @Test
    void itemForecastIsFrepplesDemand() {
        Frepple.post("demand",
                Map.of("name", "IT d1", "item", codes.get(0), "customer", "Takt IT", "location", "WH",
                        "due", naive(TODAY.plusDays(7), 0), "quantity", "10"),
                Map.of("name", "IT d2", "item", codes.get(0), "customer", "Takt IT", "location", "WH",
                        "due", naive(TODAY.plusDays(14), 0), "quantity", "20.5"),
                Map.of("name", "IT d3", "item", codes.get(0), "customer", "Takt IT", "location", "WH",
                        "due", naive(TODAY.plusDays(60), 0), "quantity", "99"),
                Map.of("name", "IT d4", "item", codes.get(1), "customer", "Takt IT", "location", "WH",
                        "due", naive(TODAY.plusDays(3), 0), "quantity", "4", "status", "closed"));
        JsonPath forecast = graphql("query($from: Date, $to: Date) { items(first: 3, type: STORABLE) { nodes { code "
                + "forecast(from: $from, to: $to) { bucketStart quantity location } } } }",
                Map.of("from", TODAY.toString(), "to", TODAY.plusDays(30).toString()));
        assertNull(forecast.get("errors"), forecast::prettify);
        assertEquals(List.of(10.0f, 20.5f), forecast.getList("data.items.nodes[0].forecast.quantity"));
        assertEquals(List.of(TODAY.plusDays(7).toString(), TODAY.plusDays(14).toString()),
                forecast.getList("data.items.nodes[0].forecast.bucketStart"));
        assertEquals(List.of("WH", "WH"), forecast.getList("data.items.nodes[0].forecast.location"));
        assertEquals(List.of(), forecast.getList("data.items.nodes[1].forecast"), "a closed demand is no forecast");
    }

    @Test
    void plannedOrdersAreFrepplesProposalsAndCountInAvailableToPromise() {
        Map<String, Object> vars = horizon(1);
        JsonPath before = graphql(ATP_AND_ORDERS, vars);
        assertNull(before.get("errors"), before::prettify);
        assertEquals(List.of(), before.getList("data.items.nodes[0].plannedOrders"));
        double odooSupply = sum(before, "availableToPromise.supply");

        Frepple.post("manufacturingorder", Map.of("reference", "IT-MO-1", "operation", "Make " + codes.get(0),
                "quantity", "5", "status", "proposed", "startdate", naive(TODAY.plusDays(9), 8),
                "enddate", naive(TODAY.plusDays(10), 8)));
        Frepple.post("distributionorder", Map.of("reference", "IT-DO-1", "item", codes.get(0), "origin", "WH2",
                "destination", "WH", "quantity", "3", "status", "approved", "startdate", naive(TODAY.plusDays(11), 8),
                "enddate", naive(TODAY.plusDays(12), 8)));
        Frepple.post("purchaseorder", Map.of("reference", "IT-PO-1", "item", codes.get(0), "supplier", "IT supplier",
                "location", "WH", "quantity", "7", "status", "confirmed", "startdate", naive(TODAY.plusDays(2), 8),
                "enddate", naive(TODAY.plusDays(5), 8)));
        JsonPath after = graphql(ATP_AND_ORDERS, vars);
        assertNull(after.get("errors"), after::prettify);
        assertEquals(List.of("MAKE", "TRANSFER"), after.getList("data.items.nodes[0].plannedOrders.type"),
                "the confirmed PO is Odoo's already, not a proposal");
        assertEquals(List.of(5.0f, 3.0f), after.getList("data.items.nodes[0].plannedOrders.quantity"));
        assertEquals(TODAY.plusDays(10).atTime(8, 0).toInstant(ZoneOffset.UTC),
                Instant.parse(after.getString("data.items.nodes[0].plannedOrders[0].due")));
        assertEquals(odooSupply + 8.0, sum(after, "availableToPromise.supply"), 0.01,
                () -> before.prettify() + after.prettify());
    }

    @Test
    void plannerCallsDoNotGrowWithTheNumberOfItems() {
        Frepple.post("demand", Map.of("name", "IT d1", "item", codes.get(0), "customer", "Takt IT", "location", "WH",
                "due", naive(TODAY.plusDays(7), 0), "quantity", "10"));
        Map<String, Integer> ten = plannerCalls(DASHBOARD, withFirst(10));
        Map<String, Integer> twoHundred = plannerCalls(DASHBOARD, withFirst(200));
        assertEquals(ten, twoHundred);
        int total = twoHundred.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total <= 12, twoHundred::toString);
        assertTrue(twoHundred.keySet().stream().allMatch(k -> k.startsWith("GET ")), twoHundred::toString);

        Map<String, Integer> plansTen = plannerCalls(PLANS, Map.of("first", 10));
        Map<String, Integer> plansTwoHundred = plannerCalls(PLANS, Map.of("first", 200));
        assertEquals(Map.of("GET manufacturingorder", 2), plansTen, "the orders, then their steps");
        assertEquals(plansTen, plansTwoHundred);
    }

    @Test
    void orderPlanAndWorkCenterLoadComeFromFrepplesSchedule() {
        JsonPath orders = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 20) { nodes { name "
                + "scheduledStart scheduledFinish workOrders { id expectedMinutes } } } }");
        Map<String, Object> mo = orders.<Map<String, Object>>getList("data.manufacturingOrders.nodes").stream()
                .filter(o -> !((List<?>) o.get("workOrders")).isEmpty()).findFirst().orElseThrow();
        String name = (String) mo.get("name");
        @SuppressWarnings("unchecked")
        Map<String, Object> wo = ((List<Map<String, Object>>) mo.get("workOrders")).get(0);
        Instant odooStart = Instant.parse((String) mo.get("scheduledStart"));
        Instant odooFinish = Instant.parse((String) mo.get("scheduledFinish"));
        LocalDate monday = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant stepStart = monday.plusDays(8).atTime(7, 0).toInstant(ZoneOffset.UTC);
        Frepple.post("manufacturingorder", Map.of("reference", name, "operation", "Make " + codes.get(0),
                "quantity", "1", "status", "confirmed",
                "startdate", naive(odooStart.plus(Duration.ofHours(30))),
                "enddate", naive(odooFinish.plus(Duration.ofHours(6)))));
        Frepple.post("manufacturingorder", Map.of("reference", name + " - " + wo.get("id"), "owner", name,
                "operation", "Make " + codes.get(0), "quantity", "1", "status", "confirmed",
                "startdate", naive(stepStart), "enddate", naive(stepStart.plus(Duration.ofHours(8)))));

        JsonPath plans = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 20) { nodes { name "
                + "plan { startDriftHours finishDriftHours proposal { plannedStart } } } } }");
        assertNull(plans.get("errors"), plans::prettify);
        Map<String, Object> planned = plans.<Map<String, Object>>getList("data.manufacturingOrders.nodes").stream()
                .filter(o -> name.equals(o.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) planned.get("plan");
        assertEquals(30.0, ((Number) plan.get("startDriftHours")).doubleValue(), 1e-3);
        assertEquals(6.0, ((Number) plan.get("finishDriftHours")).doubleValue(), 1e-3);
        assertEquals(1, plans.<Object>getList("data.manufacturingOrders.nodes.plan").stream()
                .filter(java.util.Objects::nonNull).count(), "frePPLe knows one of these orders");

        Map<String, Object> horizon = Map.of("first", 1000,
                "from", monday.atStartOfDay().toInstant(ZoneOffset.UTC).toString(),
                "to", monday.plusWeeks(4).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        JsonPath load = graphql("query($first: Int, $from: DateTime!, $to: DateTime!) { workCenters(first: $first) "
                + "{ nodes { load(from: $from, to: $to) { plannedHours } } } }", horizon);
        assertNull(load.get("errors"), load::prettify);
        double plannedHours = load.<Number>getList("data.workCenters.nodes.load.flatten().plannedHours").stream()
                .mapToDouble(Number::doubleValue).sum();
        assertEquals(((Number) wo.get("expectedMinutes")).doubleValue() / 60.0, plannedHours, 0.01,
                "the step frePPLe scheduled, at the work order's expected duration");
    }

    @Test
    void submittingWhatFreppleOwnsIsRefusedWithAReason() {
        JsonPath submitted = graphql(Queries.SUBMIT_FORECAST, Map.of("input", Map.of("lines", List.of(Map.of(
                "item", codes.get(0), "location", "WH", "bucketStart", TODAY.plusDays(7).toString(), "bucket", "DAY",
                "quantity", 3)))));
        assertEquals("NOT_SUPPORTED_BY_PLANNER", submitted.getString("errors[0].extensions.code"),
                submitted::prettify);
        assertTrue(submitted.getString("errors[0].message").contains("takt.planning.adapter=native"),
                submitted::prettify);
        GraphQLReadIT.assertNoJavaLeak(submitted);
    }

    static final String ATP_AND_ORDERS = "query($first: Int, $from: DateTime!, $to: DateTime!) { items(first: $first, "
            + "type: STORABLE) { nodes { code plannedOrders(from: $from, to: $to) { type quantity due } "
            + "availableToPromise(from: $from, to: $to) { supply } } } }";

    static final String DASHBOARD = "query($first: Int, $from: DateTime!, $to: DateTime!, $dFrom: Date, $dTo: Date) "
            + "{ items(first: $first, type: STORABLE) { nodes { code forecast(from: $dFrom, to: $dTo) { quantity } "
            + "plannedOrders(from: $from, to: $to) { type quantity } "
            + "availableToPromise(from: $from, to: $to, bucket: WEEK) { supply } } } }";

    static final String PLANS = "query($first: Int) { manufacturingOrders(first: $first) { nodes { name "
            + "plan { startDriftHours } } } }";

    private static Map<String, Object> horizon(int first) {
        Instant from = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        return Map.of("first", first, "from", from.toString(), "to", from.plus(Duration.ofDays(84)).toString());
    }

    private static Map<String, Object> withFirst(int first) {
        Map<String, Object> vars = new TreeMap<>(horizon(first));
        vars.put("dFrom", TODAY.toString());
        vars.put("dTo", TODAY.plusWeeks(12).toString());
        return vars;
    }

    private static Map<String, Integer> plannerCalls(String query, Map<String, Object> vars) {
        Frepple.resetCalls();
        JsonPath result = graphql(query, vars);
        assertNull(result.get("errors"), result::prettify);
        return new TreeMap<>(Frepple.counts());
    }

    private static double sum(JsonPath result, String path) {
        return result.<Number>getList("data.items.nodes[0]." + path).stream().mapToDouble(Number::doubleValue).sum();
    }

    private static String naive(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString()
                + (instant.getEpochSecond() % 60 == 0 ? ":00" : "");
    }
}
