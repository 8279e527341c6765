package dev.takt.domain;

/** Lifecycle of a sales order. */
public enum SalesOrderState {
    /** Quotation, not yet sent. */
    QUOTATION,
    /** Quotation sent to the customer. */
    QUOTATION_SENT,
    /** Confirmed order: committed demand. */
    CONFIRMED,
    /** Locked / fully processed. */
    DONE,
    /** Cancelled. */
    CANCELLED
}
