package dev.takt.domain.capacity;

/** Where a piece of work on a work center comes from. */
public enum WorkSource {
    /** Scheduled in the system of execution (Odoo work orders). */
    SCHEDULED,
    /** Planned by a planner, not yet released to the system of execution. */
    PLANNED
}
