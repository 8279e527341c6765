package dev.takt.domain;

/** Whether a release command created its order or found the one an earlier attempt with the same key created. */
public enum ReleaseOutcome {
    /** Created by this attempt (also when its reply was lost and the order was then found by its key). */
    CREATED,
    /** Already there: an earlier attempt with the same idempotency key created it; nothing was created again. */
    ALREADY_EXISTED
}
