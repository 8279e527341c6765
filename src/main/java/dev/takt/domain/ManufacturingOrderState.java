package dev.takt.domain;

/** Lifecycle of a manufacturing order. */
public enum ManufacturingOrderState {
    /** Drafted, not yet confirmed. */
    DRAFT,
    /** Confirmed: components requested. */
    CONFIRMED,
    /** Production started. */
    IN_PROGRESS,
    /** Produced, waiting to be closed. */
    TO_CLOSE,
    /** Finished. */
    DONE,
    /** Cancelled. */
    CANCELLED
}
