package dev.takt.domain;

/** How a planned order replenishes an item. */
public enum PlannedOrderType {
    /** Manufacture it (becomes a manufacturing order). */
    MAKE,
    /** Buy it from a supplier (becomes a request for quotation). */
    BUY,
    /** Move it from another location (becomes an inter-warehouse transfer). */
    TRANSFER
}
