package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault matrix of issue 4: 1,000 release commands through the outbox to the Odoo sandbox while it injects
 * transient faults from a fixed seed (10% HTTP 503, 5% connection reset, 5% replies later than Takt's request
 * timeout after carrying the call out, 2% empty replies) on every call the releases make, and 3% of the commands
 * are genuinely invalid (a product that does not exist, which Odoo refuses with a ValidationError). Every command
 * must end applied in Odoo exactly once or in the dead letters, and the dead letters must be exactly the invalid
 * ones. Relay timings come from the test JVM's settings (arquillian.xml: 2 relay loops, backoff 50 ms–1 s, Odoo's
 * limit_time_real 1.5 s, request timeout 2 s).
 */
class OutboxFaultMatrixIT extends TaktIT {

    static final int COMMANDS = 1000;
    static final int PERMANENT = 30; // 3 %

    @Test
    void everyCommandIsAppliedOnceOrDeadLetteredAndTheDeadLettersAreExactlyThePermanentSet() {
        String prefix = "fm" + Long.toString(System.currentTimeMillis(), 36) + "-";
        Random random = new Random(20260302L);
        Set<Integer> permanent = new TreeSet<>();
        while (permanent.size() < PERMANENT) {
            permanent.add(random.nextInt(COMMANDS));
        }
        List<Outbox.Release> releases = new ArrayList<>();
        Set<String> invalidKeys = new TreeSet<>();
        Set<String> validKeys = new TreeSet<>();
        for (int i = 0; i < COMMANDS; i++) {
            String key = prefix + i;
            boolean invalid = permanent.contains(i);
            (invalid ? invalidKeys : validKeys).add(key);
            // an invalid release names a product id that does not exist: Odoo answers ValidationError
            releases.add(new Outbox.Release(key, invalid ? 90_000_000L + i : 1 + (i % 400), 1 + (i % 5)));
        }
        Sandbox.faults(Map.of("seed", 4242, "http503Ratio", 0.10, "resetRatio", 0.05, "slowRatio", 0.05,
                "slowMs", 2500, "emptyRatio", 0.02, "models", List.of("mrp.production")));
        Sandbox.resetCalls();
        long start = System.nanoTime();
        Outbox.enqueue("fault-matrix-" + prefix, releases);
        long queued = System.nanoTime();
        JsonPath summary = Outbox.awaitSummary(prefix, Duration.ofSeconds(150),
                s -> Outbox.count(s, "PENDING") == 0 && Outbox.count(s, "DONE") + Outbox.count(s, "DEAD") == COMMANDS);
        long drained = System.nanoTime();
        JsonPath calls = Sandbox.calls();
        Sandbox.clearFaults();

        assertEquals(0, Outbox.count(summary, "PENDING"), "commands still pending after 150 s");
        assertEquals(COMMANDS - PERMANENT, Outbox.count(summary, "DONE"));
        assertEquals(invalidKeys, new TreeSet<>(summary.getList("dead", String.class)),
                "the dead letters are exactly the permanent set");

        Map<String, Integer> inOdoo = SandboxOdoo.manufacturingOrdersByKey(prefix);
        assertEquals(validKeys, inOdoo.keySet(), "every valid command applied in Odoo, no invalid one");
        inOdoo.forEach((key, n) -> assertEquals(1, n, "manufacturing orders created for " + key));

        Map<String, Integer> completed = Outbox.map(summary, "completedEntries");
        Map<String, Integer> deadLettered = Outbox.map(summary, "deadLetteredEntries");
        assertEquals(validKeys, completed.keySet());
        completed.forEach((key, n) -> assertEquals(1, n, "COMPLETED audit entries of " + key));
        assertEquals(invalidKeys, deadLettered.keySet());
        deadLettered.forEach((key, n) -> assertEquals(1, n, "DEAD_LETTERED audit entries of " + key));
        assertEquals(COMMANDS - PERMANENT, summary.getInt("ledger"));

        Map<String, Integer> attempts = Outbox.map(summary, "attempts");
        int totalAttempts = attempts.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(totalAttempts > COMMANDS, "faults must have caused retries, attempts = " + totalAttempts);
        Map<String, Long> faults = calls.<Map<String, Object>>getList("calls").stream()
                .filter(c -> "mrp.production".equals(c.get("model")))
                .collect(java.util.stream.Collectors.groupingBy(c -> String.valueOf(c.get("fault")),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        System.out.printf("FAULT MATRIX: %d commands (%d invalid) queued in %d ms, drained in %.1f s; %d delivery "
                + "attempts (max %d for one command); sandbox calls %s; faults %s; relays %s%n", COMMANDS, PERMANENT,
                (queued - start) / 1_000_000, (drained - queued) / 1e9, totalAttempts,
                attempts.values().stream().mapToInt(Integer::intValue).max().orElse(0), calls.getInt("total"),
                faults, summary.getList("relays"));
    }
}
