package dev.takt.domain;

import java.time.Instant;

/**
 * An order (or request for quotation) to a vendor.
 *
 * @param id          identifier
 * @param name        reference
 * @param vendor      vendor's name
 * @param vendorId    vendor identifier
 * @param state       lifecycle state
 * @param orderDate   order date
 * @param plannedDate expected arrival
 * @param origin      source document
 */
public record PurchaseOrder(long id, String name, String vendor, Long vendorId, PurchaseOrderState state,
        Instant orderDate, Instant plannedDate, String origin) {
}
