package dev.takt.sync.outbox;

/** Where an outbox command stands. */
public enum CommandStatus {
    /** Waiting for delivery, being delivered (leased), or waiting to be retried. */
    PENDING,
    /** Delivered: the target carried it out, found it already done, or answered with a recorded result. */
    DONE,
    /** A dead letter: failed for good; an administrator may replay or discard it. */
    DEAD,
    /** A dead letter an administrator discarded, with a reason. Final. */
    DISCARDED
}
