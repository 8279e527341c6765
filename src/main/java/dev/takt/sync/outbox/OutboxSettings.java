package dev.takt.sync.outbox;

import dev.takt.ops.ConfigKeys;

import java.time.Duration;

/**
 * The relay's settings (see {@link ConfigKeys}, {@code takt.outbox.*}).
 *
 * @param pollInterval     pause between two looks for due commands when there was nothing to claim
 * @param lease            how long a claimed command is reserved for the relay that claimed it; longer than the
 *                         longest delivery (Odoo's timeouts and retries), or another relay may deliver it too
 * @param batchSize        most commands claimed at once
 * @param concurrency      most deliveries in flight per relay
 * @param relays           relays per server (each claims on its own, like replicas do)
 * @param backoff          waits between attempts
 * @param odooLimitTimeReal Odoo's longest request ({@code limit_time_real}): no retry of a command whose outcome is
 *                         unknown before it has passed
 * @param maxAttempts      attempts after which a command that keeps failing becomes a dead letter; 0 = never
 * @param enabled          run the relay in this server
 */
public record OutboxSettings(Duration pollInterval, Duration lease, int batchSize, int concurrency, int relays,
        Backoff backoff, Duration odooLimitTimeReal, int maxAttempts, boolean enabled) {

    public OutboxSettings {
        if (batchSize < 1 || concurrency < 1 || relays < 0 || maxAttempts < 0) {
            throw new IllegalArgumentException("outbox settings: batch size, concurrency >= 1, relays, max attempts"
                    + " >= 0");
        }
    }
}
