package dev.takt.domain;

/** Lifecycle of a purchase order. */
public enum PurchaseOrderState {
    /** Request for quotation. */
    RFQ,
    /** Request for quotation sent. */
    RFQ_SENT,
    /** Waiting for approval. */
    TO_APPROVE,
    /** Confirmed order: open supply. */
    CONFIRMED,
    /** Locked. */
    DONE,
    /** Cancelled. */
    CANCELLED
}
