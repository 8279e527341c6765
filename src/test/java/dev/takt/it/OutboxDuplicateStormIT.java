package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duplicate storm of issue 4: every outbox row is delivered three times while two relay loops claim
 * concurrently (arquillian.xml runs two per server, each with its own lease owner, as two replicas would), and
 * Odoo must show exactly one effect per command.
 * <ol>
 *   <li>First delivery, with 20% of Odoo's calls carried out and their reply cut (a create that succeeded upstream
 *       but whose answer was lost).</li>
 *   <li>Every row re-queued as if its outcome had been lost after the ledger was written: the ledger answers.</li>
 *   <li>Every row re-queued and its ledger entry deleted, as if Takt had crashed between Odoo's create and the
 *       commit of the outcome: Odoo's search by the key in {@code origin} answers.</li>
 * </ol>
 */
class OutboxDuplicateStormIT extends TaktIT {

    static final int N = 200;

    @Test
    void eachRowDeliveredThreeTimesByTwoRelaysMakesExactlyOneOrderPerCommand() {
        String prefix = "ds" + Long.toString(System.currentTimeMillis(), 36) + "-";
        List<Outbox.Release> releases = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i < N; i++) {
            releases.add(new Outbox.Release(prefix + i, 1 + (i % 300), 2));
            keys.add(prefix + i);
        }
        Sandbox.faults(Map.of("seed", 77, "applyThenDropRatio", 0.2, "models", List.of("mrp.production")));
        Outbox.enqueue("storm-" + prefix, releases);
        awaitAllDone(prefix, 1);
        Sandbox.clearFaults();

        assertEquals(N, Outbox.requeue(prefix, false).getInt("requeued"));
        awaitAllDone(prefix, 2);
        JsonPath third = Outbox.requeue(prefix, true);
        assertEquals(N, third.getInt("requeued"));
        assertEquals(N, third.getInt("ledgerDeleted"));
        JsonPath summary = awaitAllDone(prefix, 3);

        Map<String, Integer> inOdoo = SandboxOdoo.manufacturingOrdersByKey(prefix);
        assertEquals(keys, inOdoo.keySet());
        inOdoo.forEach((key, n) -> assertEquals(1, n, "manufacturing orders created for " + key));
        assertEquals(N, inOdoo.values().stream().mapToInt(Integer::intValue).sum(), "distinct Odoo effects");
        Outbox.map(summary, "attempts").forEach((key, n) -> assertTrue(n >= 3, key + " delivered " + n + " times"));
        Outbox.map(summary, "completedEntries").forEach((key, n) -> assertEquals(3, n, key));
        assertEquals(N, summary.getInt("ledger"), "the ledger is rebuilt from Odoo's answers");
        List<String> relays = summary.getList("relays", String.class);
        assertEquals(2, relays.size(), "both relay loops delivered: " + relays);
        System.out.printf("DUPLICATE STORM: %d commands × 3 deliveries by relays %s → %d manufacturing orders%n",
                N, relays, inOdoo.size());
    }

    private static JsonPath awaitAllDone(String prefix, int round) {
        JsonPath s = Outbox.awaitSummary(prefix, Duration.ofSeconds(60), j -> Outbox.count(j, "DONE") == N
                && Outbox.map(j, "completedEntries").values().stream().mapToInt(Integer::intValue).sum() == N * round);
        assertEquals(N, Outbox.count(s, "DONE"), "round " + round + ": " + s.getMap("status"));
        return s;
    }
}
