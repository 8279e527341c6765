package dev.takt.domain;

/**
 * Where a planning exception is in its life: {@code OPEN → ACKNOWLEDGED → RESOLVED}, or {@code OPEN → RESOLVED}
 * directly. Resolved is final; the same condition raised again later opens a new exception.
 */
public enum PlanningExceptionStatus {
    OPEN, ACKNOWLEDGED, RESOLVED;

    /** True while the condition is someone's open business (open or acknowledged). */
    public boolean isActive() {
        return this != RESOLVED;
    }
}
