package dev.takt.audit;

/** What came of an audited action. */
public enum AuditOutcome {
    /** A mutation was carried out (its reply may still list rejected lines, counted in the entry's detail). */
    ACCEPTED,
    /** A mutation was refused as a whole (unknown version, wrong state…); nothing changed. */
    REFUSED,
    /** A command was put in the outbox. */
    QUEUED,
    /** One delivery attempt of a command failed and will be retried (one entry per failed attempt). */
    ATTEMPT_FAILED,
    /** A command was delivered (exactly one such entry per command; its detail says how the target answered). */
    COMPLETED,
    /** A command failed for good and became a dead letter (one entry each time it does). */
    DEAD_LETTERED,
    /** An administrator sent a dead letter back to the outbox. */
    REPLAYED,
    /** An administrator discarded a dead letter, with a reason. */
    DISCARDED,
    /** An administrator paused delivery to a target. */
    PAUSED,
    /** An administrator resumed delivery to a target. */
    RESUMED
}
