package dev.takt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What Odoo executed, as the planner needs to hear it (execution feedback): a manufacturing order's or work order's
 * state and output, a stock position, a purchase receipt, a sales delivery. One update per changed (or deleted)
 * Odoo record, in the order Odoo committed them.
 *
 * @param kind       what kind of record changed
 * @param odooId     the Odoo record's id
 * @param reference  its human reference (an MO's name, a PO's name with the line, a location's name), or null
 * @param item       the item concerned, or null (e.g. a work order)
 * @param location   the location or warehouse concerned, or null
 * @param quantity   the quantity that matters for the kind: produced, on hand, received, delivered; or null
 * @param state      the record's state in Takt's words (e.g. PROGRESS, DONE), or null when it has none
 * @param start      start (MO/WO) or expected date (receipts, deliveries), or null
 * @param end        finish, or null
 * @param changedAt  Odoo's write_date of the change (UTC, to the second)
 * @param deleted    true when the record was deleted in Odoo (only kind, odooId and changedAt are then meaningful)
 */
public record ExecutionUpdate(Kind kind, long odooId, String reference, ItemCode item, String location,
        BigDecimal quantity, String state, Instant start, Instant end, Instant changedAt, boolean deleted) {

    /** The kinds of execution feedback. */
    public enum Kind { MANUFACTURING_ORDER, WORK_ORDER, STOCK, PURCHASE_RECEIPT, SALES_DELIVERY }

    public ExecutionUpdate {
        Objects.requireNonNull(kind, "kind");
        if (odooId < 1) {
            throw new IllegalArgumentException("odoo id " + odooId + " is not an id");
        }
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
