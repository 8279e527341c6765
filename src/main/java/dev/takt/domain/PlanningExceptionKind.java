package dev.takt.domain;

/**
 * What kind of condition a planning exception reports. Extensible: a new kind is a new constant (stored as its name,
 * at most 40 characters), with the role that owns it by default and its default severity.
 */
public enum PlanningExceptionKind {
    /** A line or a change names an item the planner cannot identify (unknown, or no internal reference in Odoo). */
    UNMAPPED_ITEM("planner", Severity.MEDIUM),
    /** An order's routing cannot be executed as planned (no operation, unknown work center). */
    INVALID_ROUTING("scheduler", Severity.HIGH),
    /** The same production was reported twice by Odoo (two finished orders released for one planned order). */
    DUPLICATE_PRODUCTION_EVENT("scheduler", Severity.HIGH),
    /** Odoo changed a record after the plan read it; the plan was not applied over it. */
    CONFLICT("scheduler", Severity.MEDIUM),
    /** A change exceeded a configured threshold (e.g. a forecast moved by more than the allowed percentage). */
    THRESHOLD_BREACH("planner", Severity.MEDIUM),
    /** A planned order could not be released to Odoo (no valid vendor, no bill of materials, a transfer…). */
    RELEASE_REJECTED("planner", Severity.MEDIUM),
    /** An item is or will be short. */
    SHORTAGE("buyer", Severity.HIGH);

    private final String defaultOwnerRole;
    private final Severity defaultSeverity;

    PlanningExceptionKind(String defaultOwnerRole, Severity defaultSeverity) {
        this.defaultOwnerRole = defaultOwnerRole;
        this.defaultSeverity = defaultSeverity;
    }

    /** The role that acts on this kind unless the raiser says otherwise. */
    public String defaultOwnerRole() {
        return defaultOwnerRole;
    }

    /** Its severity unless the raiser says otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
