package dev.takt.sync.outbox;

/** The systems the outbox delivers to. */
public enum OutboxTarget {
    /** Odoo, the system of execution. */
    ODOO,
    /** The planner (execution feedback). */
    PLANNER,
    /** Registered partners (signed webhooks). */
    PARTNER
}
