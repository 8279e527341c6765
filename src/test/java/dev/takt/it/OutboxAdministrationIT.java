package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's side of the outbox over GraphQL, against the Odoo sandbox: pause and resume delivery, dead
 * letters listed with Odoo's reason, replayed and discarded, the errors NOT_FOUND, INVALID_STATE and BAD_ARGUMENT,
 * and the audit history of it all (auditEntries with filters and pages).
 */
class OutboxAdministrationIT extends TaktIT {

    private static final String COMMAND = "id idempotencyKey status attempts lastError result correlationId";

    @Test
    void pauseHoldsDeliveryResumeDrainsAndDeadLettersAreReplayedOrDiscarded() {
        String prefix = "adm" + Long.toString(System.currentTimeMillis(), 36) + "-";
        String correlation = "admin-" + prefix;
        JsonPath paused = graphql("mutation { pauseDelivery(target: ODOO) { target paused } }");
        assertEquals(true, paused.get("data.pauseDelivery.paused"));
        try {
            List<Long> ids = Outbox.enqueue(correlation, List.of(new Outbox.Release(prefix + "good", 5, 1),
                    new Outbox.Release(prefix + "bad1", 91_000_001, 1), new Outbox.Release(prefix + "bad2",
                            91_000_002, 1)));
            // ten relay polls (50 ms each) go by: nothing may be delivered while paused
            JsonPath held = Outbox.awaitSummary(prefix, Duration.ofMillis(1000), s -> false);
            assertEquals(3, Outbox.count(held, "PENDING"));
            assertTrue(SandboxOdoo.manufacturingOrdersByKey(prefix).isEmpty());
            JsonPath status = graphql("{ deliveryStatus { target paused pending deadLetters oldestPendingSince } }");
            Map<String, Object> odoo = status.<Map<String, Object>>getList("data.deliveryStatus").stream()
                    .filter(t -> "ODOO".equals(t.get("target"))).findFirst().orElseThrow();
            assertEquals(true, odoo.get("paused"));
            assertTrue(((Number) odoo.get("pending")).intValue() >= 3);
            assertNotNull(odoo.get("oldestPendingSince"));

            graphql("mutation { resumeDelivery(target: ODOO) { paused } }");
            JsonPath after = Outbox.awaitSummary(prefix, Duration.ofSeconds(30),
                    s -> Outbox.count(s, "DONE") == 1 && Outbox.count(s, "DEAD") == 2);
            assertEquals(1, Outbox.count(after, "DONE"));
            assertEquals(List.of(prefix + "bad1", prefix + "bad2"), after.getList("dead", String.class));

            long bad1 = ids.get(1);
            long bad2 = ids.get(2);
            JsonPath dead = graphql("{ deadLetters(target: ODOO, first: 1000) { totalCount nodes { " + COMMAND
                    + " } } }");
            List<Map<String, Object>> mine = dead.<Map<String, Object>>getList("data.deadLetters.nodes").stream()
                    .filter(n -> String.valueOf(n.get("idempotencyKey")).startsWith(prefix)).toList();
            assertEquals(2, mine.size());
            String error = String.valueOf(mine.get(0).get("lastError"));
            assertTrue(error.contains("Odoo refused") && error.contains("mandatory field"), error);
            assertFalse(error.contains("Exception"), "no Java class names: " + error);

            // replay: delivered again, refused again, a dead letter again with one more attempt
            JsonPath replayed = graphql("mutation { replayDeadLetter(id: " + bad1 + ") { " + COMMAND + " } }");
            assertEquals("PENDING", replayed.get("data.replayDeadLetter.status"));
            JsonPath again = Outbox.awaitSummary(prefix, Duration.ofSeconds(30),
                    s -> Outbox.count(s, "DEAD") == 2 && Outbox.map(s, "attempts").get(prefix + "bad1") == 2);
            assertEquals(2, Outbox.map(again, "attempts").get(prefix + "bad1"));
            assertEquals(2, Outbox.map(again, "deadLetteredEntries").get(prefix + "bad1"));

            // discard: a reason is required
            JsonPath noReason = graphql("mutation { discardDeadLetter(id: " + bad2 + ", reason: \"  \") { id } }");
            assertEquals("BAD_ARGUMENT", noReason.get("errors[0].extensions.code"));
            JsonPath discarded = graphql("mutation { discardDeadLetter(id: " + bad2 + ", reason: \"product retired, "
                    + "ordered by hand\") { " + COMMAND + " completedAt } }");
            assertEquals("DISCARDED", discarded.get("data.discardDeadLetter.status"));
            assertTrue(discarded.<String>get("data.discardDeadLetter.result").contains("product retired"));
            JsonPath twice = graphql("mutation { discardDeadLetter(id: " + bad2 + ", reason: \"again\") { id } }");
            assertEquals("INVALID_STATE", twice.get("errors[0].extensions.code"));
            assertTrue(twice.<String>get("errors[0].message").contains("not a dead letter"));
            JsonPath done = graphql("mutation { replayDeadLetter(id: " + ids.get(0) + ") { id } }");
            assertEquals("INVALID_STATE", done.get("errors[0].extensions.code"));
            JsonPath missing = graphql("mutation { replayDeadLetter(id: 987654321987) { id } }");
            assertEquals("NOT_FOUND", missing.get("errors[0].extensions.code"));
            assertTrue(missing.<String>get("errors[0].message").contains("987654321987"));

            // outboxCommands: by status and target, paged
            JsonPath page = graphql("{ outboxCommands(status: DISCARDED, target: ODOO, first: 1000) { nodes { id } } }");
            assertTrue(page.getList("data.outboxCommands.nodes.id", Long.class).contains(bad2));

            // the audit history of it all
            JsonPath audit = graphql("query($f: AuditFilterInput) { auditEntries(filter: $f, first: 50) { totalCount "
                    + "nodes { operation outcome actor commandId targetSystem targetRecord payloadHash detail error } "
                    + "} }", Map.of("f", Map.of("correlationId", correlation)));
            List<Map<String, Object>> entries = audit.getList("data.auditEntries.nodes");
            assertEquals(3, entries.stream().filter(e -> "QUEUED".equals(e.get("outcome"))).count());
            assertEquals(1, entries.stream().filter(e -> "COMPLETED".equals(e.get("outcome"))).count());
            assertEquals(3, entries.stream().filter(e -> "DEAD_LETTERED".equals(e.get("outcome"))).count());
            Map<String, Object> completed = entries.stream().filter(e -> "COMPLETED".equals(e.get("outcome")))
                    .findFirst().orElseThrow();
            assertEquals("it-tester", completed.get("actor"));
            assertEquals("ODOO", completed.get("targetSystem"));
            assertTrue(String.valueOf(completed.get("targetRecord")).startsWith("mrp.production/"));
            assertEquals(64, String.valueOf(completed.get("payloadHash")).length());

            JsonPath adminActions = graphql("query($f: AuditFilterInput) { auditEntries(filter: $f, first: 10) { "
                    + "nodes { operation outcome detail actor } } }", Map.of("f", Map.of("commandId", bad2,
                            "outcome", "DISCARDED")));
            List<Map<String, Object>> discards = adminActions.getList("data.auditEntries.nodes");
            assertEquals(1, discards.size());
            assertEquals("product retired, ordered by hand", discards.get(0).get("detail"));
            assertEquals("anonymous", discards.get(0).get("actor"));
        } finally {
            graphql("mutation { resumeDelivery(target: ODOO) { paused } }");
        }
    }

    @Test
    void aCommandLeasedByARelayThatCrashedIsDeliveredOnceItsLeaseExpires() {
        String prefix = "crash" + Long.toString(System.currentTimeMillis(), 36) + "-";
        graphql("mutation { pauseDelivery(target: ODOO) { paused } }");
        try {
            List<Outbox.Release> releases = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                releases.add(new Outbox.Release(prefix + i, 10 + i, 1));
            }
            Outbox.enqueue("crash-" + prefix, releases);
            assertEquals(5, Outbox.strand(prefix, 4000));
        } finally {
            graphql("mutation { resumeDelivery(target: ODOO) { paused } }");
        }
        JsonPath status = graphql("{ deliveryStatus { target inFlight } }");
        Map<String, Object> odoo = status.<Map<String, Object>>getList("data.deliveryStatus").stream()
                .filter(t -> "ODOO".equals(t.get("target"))).findFirst().orElseThrow();
        assertTrue(((Number) odoo.get("inFlight")).intValue() >= 5, "the stranded leases show as in flight");
        JsonPath done = Outbox.awaitSummary(prefix, Duration.ofSeconds(30), s -> Outbox.count(s, "DONE") == 5);
        assertEquals(5, Outbox.count(done, "DONE"), "delivered after the crashed relay's lease expired");
        // the crashed attempt, then at least one more (a loaded machine can time a call out and retry)
        Outbox.map(done, "attempts").forEach((key, n) -> assertTrue(n >= 2, key + " attempts: " + n));
        Outbox.map(done, "completedEntries").forEach((key, n) -> assertEquals(1, n, key + " COMPLETED entries"));
        assertEquals(5, Outbox.map(done, "completedEntries").size());
        Map<String, Integer> inOdoo = SandboxOdoo.manufacturingOrdersByKey(prefix);
        assertEquals(5, inOdoo.size());
        inOdoo.forEach((key, n) -> assertEquals(1, n, key));
    }

    @Test
    void auditEntriesArePagedNewestFirstAndFilteredByTime() {
        JsonPath first = graphql("{ auditEntries(first: 2) { edges { cursor node { id at } } pageInfo { hasNextPage "
                + "endCursor } } }");
        List<Long> ids = first.getList("data.auditEntries.edges.node.id", Long.class);
        if (ids.size() == 2) {
            assertTrue(ids.get(0) > ids.get(1), "newest first: " + ids);
            String after = first.get("data.auditEntries.pageInfo.endCursor");
            JsonPath next = graphql("{ auditEntries(first: 2, after: \"" + after + "\") { nodes { id } } }");
            next.getList("data.auditEntries.nodes.id", Long.class).forEach(id -> assertTrue(id < ids.get(1)));
        }
        JsonPath future = graphql("query($f: AuditFilterInput) { auditEntries(filter: $f) { nodes { id } } }",
                Map.of("f", Map.of("from", Instant.now().plusSeconds(3600).toString())));
        assertEquals(List.of(), future.getList("data.auditEntries.nodes"));
        JsonPath forged = graphql("{ auditEntries(after: \"nonsense\") { nodes { id } } }");
        assertEquals("BAD_ARGUMENT", forged.get("errors[0].extensions.code"));
        assertNull(forged.get("data.auditEntries"));
    }
}
