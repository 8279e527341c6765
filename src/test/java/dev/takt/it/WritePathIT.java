package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The write path end to end on a real server: planned orders pushed by a partner, released through the workflow,
 * queued in the durable outbox in the mutation's transaction, delivered by the relay to the Odoo sandbox, each
 * once, audited once; releasing the same lines again queues nothing new; malformed requests get clear errors.
 */
class WritePathIT extends TaktIT {

    @Test
    void releasedPlannedOrdersBecomeOneManufacturingOrderEachInOdoo() {
        String item = graphql("{ boms(type: NORMAL, first: 50) { nodes { item { code active } } } }")
                .getList("data.boms.nodes.item", Map.class).stream()
                .filter(i -> i != null && i.get("code") != null && Boolean.TRUE.equals(i.get("active")))
                .map(i -> (String) i.get("code")).findFirst().orElseThrow();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> lines = List.of(make(item, 5, start), make(item, 7, start.plus(1, ChronoUnit.DAYS)),
                make(item, 9, start.plus(2, ChronoUnit.DAYS)));
        JsonPath submitted = graphql("""
                mutation($l: [PlannedOrderInput]!) { submitPlannedOrders(lines: $l) { batch accepted { line } } }""",
                Map.of("l", lines));
        assertNull(submitted.get("errors"), submitted::prettify);
        int batch = submitted.getInt("data.submitPlannedOrders.batch");

        String release = """
                mutation($b: Int!) { releasePlannedOrders(batch: $b) {
                  lines { line status commandId reason } } }""";
        JsonPath first = graphql(release, Map.of("b", batch));
        assertNull(first.get("errors"), first::prettify);
        assertEquals(List.of("QUEUED", "QUEUED", "QUEUED"), first.getList("data.releasePlannedOrders.lines.status"),
                first::prettify);
        List<Long> commands = first.getList("data.releasePlannedOrders.lines.commandId", Long.class);
        assertTrue(commands.stream().allMatch(Objects::nonNull));

        String prefix = "mo-b" + batch + "-";
        JsonPath done = Outbox.awaitSummary(prefix, Duration.ofSeconds(60), s -> Outbox.count(s, "DONE") == 3);
        assertEquals(3, Outbox.count(done, "DONE"), done::prettify);
        Map<String, Integer> inOdoo = SandboxOdoo.manufacturingOrdersByKey(prefix);
        assertEquals(3, inOdoo.size(), inOdoo::toString);
        inOdoo.forEach((key, n) -> assertEquals(1, n, "manufacturing orders for " + key));
        Outbox.map(done, "completedEntries").forEach((key, n) -> assertEquals(1, n, "COMPLETED entries of " + key));
        assertEquals(3, Outbox.map(done, "completedEntries").size());

        // Releasing the same lines again: nothing new is queued, nothing new reaches Odoo.
        JsonPath again = graphql(release, Map.of("b", batch));
        assertNull(again.get("errors"), again::prettify);
        assertEquals(List.of("ALREADY_RELEASED", "ALREADY_RELEASED", "ALREADY_RELEASED"),
                again.getList("data.releasePlannedOrders.lines.status"), again::prettify);
        assertEquals(commands, again.getList("data.releasePlannedOrders.lines.commandId", Long.class));
        assertEquals(3, Outbox.count(Outbox.summary(prefix), "DONE"));
        assertEquals(inOdoo, SandboxOdoo.manufacturingOrdersByKey(prefix));

        // The mutation and each delivery are in the audit history, found by command.
        JsonPath audit = graphql("query($c: BigInteger) { auditEntries(filter: {commandId: $c}, first: 20) { "
                + "nodes { operation outcome targetSystem } } }", Map.of("c", commands.get(0)));
        assertNull(audit.get("errors"), audit::prettify);
        List<String> outcomes = audit.getList("data.auditEntries.nodes.outcome");
        assertTrue(outcomes.contains("QUEUED") && outcomes.contains("COMPLETED"), audit::prettify);
    }

    @Test
    void malformedRequestsGetClearErrorsWithoutJavaNames() {
        JsonPath syntax = graphql("mutation { releasePlannedOrders(batch: ) { batch } }");
        assertTrue(syntax.getString("errors[0].message").contains("Unparseable"), syntax::prettify);
        GraphQLReadIT.assertNoJavaLeak(syntax);

        JsonPath wrongType = graphql("mutation { releasePlannedOrders(batch: \"one\") { batch } }");
        assertTrue(wrongType.getString("errors[0].message").contains("batch"), wrongType::prettify);
        GraphQLReadIT.assertNoJavaLeak(wrongType);

        JsonPath missing = graphql("mutation { submitPlannedOrders(lines: [{type: MAKE}]) { batch rejected { line "
                + "reason } } }");
        assertNull(missing.get("errors"), missing::prettify);
        assertTrue(missing.getString("data.submitPlannedOrders.rejected[0].reason").contains("item"),
                missing::prettify);
    }

    private static Map<String, Object> make(String item, int quantity, Instant start) {
        return Map.of("type", "MAKE", "item", item, "location", "WH", "quantity", quantity, "start", start.toString(),
                "due", start.plus(1, ChronoUnit.DAYS).toString());
    }
}
