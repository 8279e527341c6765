package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a planned order was released: queued once as a command for the system of execution (a
 * manufacturing order of its own, or a line of a request for quotation grouped by vendor). A planned order is
 * released at most once; releasing it again answers this record and queues nothing.
 *
 * @param batch          the planned-order batch
 * @param line           the planned order's line in the batch
 * @param idempotencyKey the key of the command that carries it (shared by the lines of one request for quotation)
 * @param commandId      the outbox command's id
 * @param vendorId       the vendor for a purchase, null for a manufacturing order
 * @param releasedAt     when it was queued
 */
public record PlannedOrderRelease(int batch, int line, IdempotencyKey idempotencyKey, long commandId, Long vendorId,
        Instant releasedAt) {

    public PlannedOrderRelease {
        if (batch < 1) {
            throw new IllegalArgumentException("batch numbers start at 1, got " + batch);
        }
        PlanningLines.checkLine(line);
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
