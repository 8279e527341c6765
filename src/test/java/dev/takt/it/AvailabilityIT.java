package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code Item.availableToPromise} and {@code promiseDate} against the sandbox's Odoo data. */
class AvailabilityIT extends TaktIT {

    static final String ATP = """
            query($first: Int, $from: DateTime!, $to: DateTime!) {
              items(first: $first, type: STORABLE) { nodes { code
                availableToPromise(from: $from, to: $to, bucket: WEEK) {
                  label opening supply demand net cumulative promisable } } }
            }""";

    @Test
    void odooCallsDoNotGrowWithTheNumberOfItems() {
        Map<String, Object> small = variables(10);
        graphql(ATP, small);
        Map<String, Integer> ten = callsPerModel(small);
        Map<String, Integer> twoHundred = callsPerModel(variables(200));
        assertEquals(ten.keySet().stream().filter(m -> !m.equals("sale.order")).toList(),
                twoHundred.keySet().stream().filter(m -> !m.equals("sale.order")).toList());
        assertTrue(twoHundred.values().stream().allMatch(n -> n == 1), () -> "one call per model: " + twoHundred);
        assertTrue(twoHundred.size() <= 7, twoHundred::toString);
    }

    @Test
    void bucketsChain() {
        JsonPath result = graphql(ATP, variables(30));
        assertNull(result.get("errors"), result::prettify);
        List<Map<String, Object>> items = result.getList("data.items.nodes");
        assertFalse(items.isEmpty());
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> buckets = (List<Map<String, Object>>) item.get("availableToPromise");
            assertTrue(buckets.size() >= 8, item::toString);
            // JSON numbers come back as floats here, hence the tolerance
            double previous = Double.NaN;
            for (Map<String, Object> b : buckets) {
                double opening = num(b, "opening");
                if (!Double.isNaN(previous)) {
                    assertEquals(previous, opening, 1e-2, "a bucket opens with the previous one's close: " + item);
                }
                assertEquals(opening + num(b, "supply") - num(b, "demand"), num(b, "cumulative"), 1e-2);
                previous = num(b, "cumulative");
            }
        }
    }

    @Test
    void promiseDateAndItsArguments() {
        JsonPath atp = graphql(ATP, variables(30));
        Map<String, Object> stocked = atp.<Map<String, Object>>getList("data.items.nodes").stream()
                .filter(i -> num(first(i), "promisable") >= 1).findFirst().orElseThrow();
        JsonPath promise = graphql("query($item: String!) { promiseDate(item: $item, quantity: 1) }",
                Map.of("item", stocked.get("code")));
        assertNull(promise.get("errors"), promise::prettify);
        Instant date = Instant.parse(promise.getString("data.promiseDate"));
        assertTrue(date.isBefore(Instant.now().plus(Duration.ofDays(1))), "in stock now: " + date);

        JsonPath zero = graphql("{ promiseDate(item: \"X\", quantity: 0) }");
        assertEquals("quantity", zero.getString("errors[0].extensions.argument"), zero::prettify);
        JsonPath unknown = graphql("{ promiseDate(item: \"NO_SUCH_ITEM\", quantity: 1) }");
        assertEquals("item", unknown.getString("errors[0].extensions.argument"), unknown::prettify);
        assertNotNull(unknown.getString("errors[0].message"));
    }

    @Test
    void thePlannersOrdersCountAsSupply() {
        Map<String, Object> vars = variables(1);
        JsonPath before = graphql(WITH_PLANNED, vars);
        String code = before.getString("data.items.nodes[0].code");
        // the latest batch (perhaps from an earlier test) is replaced by the one submitted here
        double odooSupply = sum(before, "availableToPromise.supply") - sum(before, "plannedOrders.quantity");
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        JsonPath submitted = graphql("""
                mutation($lines: [PlannedOrderInput]!) { submitPlannedOrders(lines: $lines, note: "ATP IT") {
                  batch accepted { line } rejected { reason } } }""",
                Map.of("lines", List.of(Map.of("type", "MAKE", "item", code, "location", "WH", "quantity", 1234,
                        "start", start.toString(), "due", start.plus(Duration.ofDays(4)).toString()))));
        assertEquals(1, submitted.getList("data.submitPlannedOrders.accepted").size(), submitted::prettify);

        JsonPath after = graphql(WITH_PLANNED, vars);
        assertNull(after.get("errors"), after::prettify);
        assertEquals(code, after.getString("data.items.nodes[0].code"));
        assertEquals(List.of("MAKE"), after.getList("data.items.nodes[0].plannedOrders.type"));
        assertEquals(odooSupply + 1234.0, sum(after, "availableToPromise.supply"), 0.05,
                () -> before.prettify() + after.prettify());
    }

    static final String WITH_PLANNED = "query($first: Int, $from: DateTime!, $to: DateTime!) { items(first: $first, "
            + "type: STORABLE) { nodes { code plannedOrders(from: $from, to: $to) { type quantity due } "
            + "availableToPromise(from: $from, to: $to) { supply } } } }";

    private static double sum(JsonPath result, String path) {
        return result.<Number>getList("data.items.nodes[0]." + path).stream().mapToDouble(Number::doubleValue).sum();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> item) {
        return ((List<Map<String, Object>>) item.get("availableToPromise")).get(0);
    }

    private static double num(Map<String, Object> bucket, String key) {
        return ((Number) bucket.get(key)).doubleValue();
    }

    private static Map<String, Object> variables(int first) {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS);
        return Map.of("first", first, "from", from.toString(), "to", from.plus(Duration.ofDays(84)).toString());
    }

    private static Map<String, Integer> callsPerModel(Map<String, Object> variables) {
        Sandbox.resetCalls();
        JsonPath result = graphql(ATP, variables);
        assertNull(result.get("errors"), result::prettify);
        Map<String, Integer> perModel = new TreeMap<>();
        for (Map<String, Object> call : Sandbox.calls().<Map<String, Object>>getList("calls")) {
            perModel.merge((String) call.get("model"), 1, Integer::sum);
        }
        return perModel;
    }
}
