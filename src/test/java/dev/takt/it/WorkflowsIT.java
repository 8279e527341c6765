package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflows on Liberty against the Odoo sandbox, for what needs no outbox: the schedule dry run (read from Odoo,
 * nothing written) and the per-line validation replies of planned-order release. Queuing is the lead's end-to-end
 * IT once the outbox is merged.
 */
class WorkflowsIT extends TaktIT {

    @Test
    void aScheduleDryRunShowsTheDiffAndWritesNothing() {
        JsonPath open = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 2) { nodes { name scheduledStart "
                + "scheduledFinish updatedAt } } }");
        assertNull(open.get("errors"), open::prettify);
        String mo = open.getString("data.manufacturingOrders.nodes[0].name");
        Instant start = Instant.parse(open.getString("data.manufacturingOrders.nodes[0].scheduledStart"));
        Instant finish = Instant.parse(open.getString("data.manufacturingOrders.nodes[0].scheduledFinish"));
        String updatedAt = open.getString("data.manufacturingOrders.nodes[0].updatedAt");
        String other = open.getString("data.manufacturingOrders.nodes[1].name");
        Instant otherStart = Instant.parse(open.getString("data.manufacturingOrders.nodes[1].scheduledStart"));
        Instant otherFinish = Instant.parse(open.getString("data.manufacturingOrders.nodes[1].scheduledFinish"));
        Instant later = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        JsonPath submitted = graphql("""
                mutation($p: [ScheduleProposalInput]!) {
                  submitSchedule(proposals: $p, note: "IT dry run") { batch accepted { line basedOn } rejected { line } }
                }""", Map.of("p", List.of(
                proposal(mo, later, later.plus(finish.getEpochSecond() - start.getEpochSecond(), ChronoUnit.SECONDS),
                        updatedAt),
                proposal(other, otherStart, otherFinish, "2020-01-01T00:00:00Z"))));
        assertNull(submitted.get("errors"), submitted::prettify);
        int batch = submitted.getInt("data.submitSchedule.batch");
        assertEquals(updatedAt, submitted.getString("data.submitSchedule.accepted[0].basedOn"));

        Sandbox.resetCalls();
        JsonPath dry = graphql("""
                mutation($b: Int!) {
                  applySchedule(batch: $b) {
                    dryRun proposals { line status fields current { start } proposed { start } basedOn odooUpdatedAt
                      commandId reason warnings }
                  }
                }""", Map.of("b", batch));

        assertNull(dry.get("errors"), dry::prettify);
        assertTrue(dry.getBoolean("data.applySchedule.dryRun"));
        assertEquals("WOULD_APPLY", dry.getString("data.applySchedule.proposals[0].status"), dry::prettify);
        assertTrue(dry.getList("data.applySchedule.proposals[0].fields").contains("START"));
        assertEquals(later.toString(), dry.getString("data.applySchedule.proposals[0].proposed.start"));
        assertNull(dry.get("data.applySchedule.proposals[0].commandId"));
        // Same values as in Odoo: unchanged, whatever the stale basedOn.
        assertEquals("UNCHANGED", dry.getString("data.applySchedule.proposals[1].status"), dry::prettify);
        assertEquals(2, dry.getList("data.applySchedule.proposals").size());
        assertEquals(0, Sandbox.count("mrp.production", "write"), "a dry run writes nothing");
        GraphQLReadIT.assertNoJavaLeak(dry);
    }

    @Test
    void aScheduleWithAStaleBasedOnIsAConflictInTheDryRun() {
        JsonPath open = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 1, after: null) { nodes { name "
                + "scheduledStart } } }");
        String mo = open.getString("data.manufacturingOrders.nodes[0].name");
        Instant later = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        JsonPath submitted = graphql("""
                mutation($p: [ScheduleProposalInput]!) { submitSchedule(proposals: $p) { batch } }""",
                Map.of("p", List.of(proposal(mo, later, later.plus(2, ChronoUnit.HOURS), "2020-01-01T00:00:00Z"))));
        JsonPath dry = graphql("mutation($b: Int!) { applySchedule(batch: $b, dryRun: true) { proposals { status "
                + "reason } } }", Map.of("b", submitted.getInt("data.submitSchedule.batch")));
        assertEquals("CONFLICT", dry.getString("data.applySchedule.proposals[0].status"), dry::prettify);
        assertTrue(dry.getString("data.applySchedule.proposals[0].reason").contains("was changed in Odoo"));
    }

    @Test
    void releaseAnswersPerLineAndRefusesBadArguments() {
        String item = graphql("{ items(first: 50) { nodes { code } } }").getList("data.items.nodes.code", String.class)
                .stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> transfer = new LinkedHashMap<>(Map.of("type", "TRANSFER", "item", item, "location", "WH",
                "origin", "EAST", "quantity", 4, "start", start.toString(),
                "due", start.plus(1, ChronoUnit.DAYS).toString()));
        JsonPath submitted = graphql("""
                mutation($l: [PlannedOrderInput]!) { submitPlannedOrders(lines: $l) { batch accepted { line } } }""",
                Map.of("l", List.of(transfer)));
        assertNull(submitted.get("errors"), submitted::prettify);
        int batch = submitted.getInt("data.submitPlannedOrders.batch");

        JsonPath reply = graphql("""
                mutation($b: Int!) {
                  releasePlannedOrders(batch: $b, lines: [1, 7]) {
                    batch lines { line status target commandId reason } commands { idempotencyKey }
                  }
                }""", Map.of("b", batch));
        assertNull(reply.get("errors"), reply::prettify);
        assertEquals("REJECTED", reply.getString("data.releasePlannedOrders.lines[0].status"));
        assertTrue(reply.getString("data.releasePlannedOrders.lines[0].reason")
                .contains("TRANSFER orders (from EAST to WH) cannot be released to Odoo yet"), reply::prettify);
        assertEquals("batch " + batch + " has no line 7", reply.getString("data.releasePlannedOrders.lines[1].reason"));
        assertTrue(reply.getList("data.releasePlannedOrders.commands").isEmpty());

        JsonPath unknown = graphql("mutation { releasePlannedOrders(batch: 99999) { batch } }");
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"), unknown::prettify);
        JsonPath zero = graphql("mutation { applySchedule(batch: 0) { batch } }");
        assertEquals("BAD_ARGUMENT", zero.getString("errors[0].extensions.code"), zero::prettify);
        assertEquals("batch", zero.getString("errors[0].extensions.argument"));
        GraphQLReadIT.assertNoJavaLeak(unknown);
    }

    private static Map<String, Object> proposal(String mo, Instant start, Instant finish, String basedOn) {
        Map<String, Object> proposal = new LinkedHashMap<>(Map.of("manufacturingOrder", mo,
                "plannedStart", start.toString(), "plannedFinish", finish.toString()));
        if (basedOn != null) {
            proposal.put("basedOn", basedOn);
        }
        return proposal;
    }
}
