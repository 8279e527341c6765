package dev.takt.bench;

import dev.takt.it.Outbox;
import dev.takt.it.TaktIT;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how many release commands Takt persists per second in its outbox (CommandQueue in real JTA transactions
 * of 200 on Derby, with their audit entries) and how many the relay delivers per second to the Odoo sandbox (two
 * relay loops, 8 deliveries in flight each, three Odoo calls per release). Figures only: nothing here asserts a
 * timing.
 *
 * <p>Run with {@code ./mvnw verify -Pbench -Dit.test=OutboxBenchmark [-Dbench.outbox.commands=5000]}.
 */
class OutboxBenchmark extends TaktIT {

    @Test
    void persistAndRelay() {
        int n = Integer.getInteger("bench.outbox.commands", 5000);
        for (int round = 0; round < 2; round++) { // round 0 warms up with a tenth of the commands
            int size = round == 0 ? Math.max(100, n / 10) : n;
            String prefix = "bench" + Long.toString(System.nanoTime(), 36) + "-";
            List<Outbox.Release> releases = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                releases.add(new Outbox.Release(prefix + i, 1 + (i % 1000), 1));
            }
            graphql("mutation { pauseDelivery(target: ODOO) { paused } }");
            JsonPath queued = Outbox.enqueueTimed("bench-" + prefix, releases);
            double persistSeconds = queued.getLong("elapsedMicros") / 1e6;
            long relayStart = System.nanoTime();
            graphql("mutation { resumeDelivery(target: ODOO) { paused } }");
            JsonPath done = Outbox.awaitSummary(prefix, Duration.ofMinutes(10),
                    s -> Outbox.count(s, "DONE") == size);
            double relaySeconds = (System.nanoTime() - relayStart) / 1e9;
            if (Outbox.count(done, "DONE") != size) {
                throw new AssertionError("not all commands were delivered: " + done.getMap("status"));
            }
            if (round == 1) {
                System.out.printf("%nOUTBOX on Derby: %d release commands%n", size);
                System.out.printf("  persisted: %.2f s → %.0f commands/s (transactions of 200, with audit)%n",
                        persistSeconds, size / persistSeconds);
                System.out.printf("  relayed:   %.2f s → %.0f commands/s to the Odoo sandbox (2 relay loops × 8)%n",
                        relaySeconds, size / relaySeconds);
            }
        }
    }
}
