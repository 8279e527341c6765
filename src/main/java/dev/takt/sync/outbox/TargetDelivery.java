package dev.takt.sync.outbox;

import java.time.Instant;

/**
 * Delivery to one target as it stands.
 *
 * @param target            the target
 * @param paused            delivery paused by an administrator
 * @param pending           commands waiting (including those being delivered)
 * @param inFlight          commands leased by a relay now
 * @param deadLetters       dead letters waiting for an administrator
 * @param oldestPendingSince when the oldest waiting command was queued, or null
 * @param lastCompletedAt   when a command was last delivered, or null
 */
public record TargetDelivery(OutboxTarget target, boolean paused, long pending, long inFlight, long deadLetters,
        Instant oldestPendingSince, Instant lastCompletedAt) {
}
