package dev.takt.planning;

import dev.takt.domain.ExecutionUpdate;

import java.time.Instant;
import java.util.Objects;

/**
 * An execution update as a planner holds it: numbered in the order it was received (1, 2, 3…).
 *
 * @param sequence   its number in the order received
 * @param receivedAt when the planner took it
 * @param update     the update
 */
public record ReceivedExecution(int sequence, Instant receivedAt, ExecutionUpdate update) {

    public ReceivedExecution {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(update, "update");
    }
}
