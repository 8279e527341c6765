package dev.takt.domain.atp;

/** What brings the supply. */
public enum SupplyKind {
    /** A manufacturing order (its output at its planned finish). */
    MO,
    /** A purchase order line (its quantity left to receive at its planned date). */
    PO,
    /** A planner's planned order, not yet released. */
    PLANNED_ORDER
}
