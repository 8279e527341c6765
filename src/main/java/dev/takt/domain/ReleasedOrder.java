package dev.takt.domain;

import java.util.Objects;

/**
 * The order a release command stands for in the system of record.
 *
 * @param id        the order's identifier in the system of record
 * @param reference its reference there (e.g. {@code WH/MO/00008}, {@code P00012})
 * @param outcome   created by this attempt, or found from an earlier one with the same key
 * @param confirmed true when the order is confirmed (by this attempt or before); false otherwise: a draft (not asked
 *                  to confirm), a purchase order waiting for a second approval, an order someone cancelled
 */
public record ReleasedOrder(long id, String reference, ReleaseOutcome outcome, boolean confirmed) {

    public ReleasedOrder {
        Objects.requireNonNull(outcome, "outcome");
    }
}
