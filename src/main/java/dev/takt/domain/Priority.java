package dev.takt.domain;

/** Scheduling priority of an order. */
public enum Priority {
    /** Normal. */
    NORMAL,
    /** Urgent: scheduled first. */
    URGENT
}
