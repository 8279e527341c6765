package dev.takt.domain;

/** Lifecycle of a work order. */
public enum WorkOrderState {
    /** Waiting for another operation. */
    PENDING,
    /** Waiting for components. */
    WAITING,
    /** Ready to start. */
    READY,
    /** Running. */
    IN_PROGRESS,
    /** Finished. */
    DONE,
    /** Cancelled. */
    CANCELLED
}
