package dev.takt.domain;

import java.time.Instant;

/**
 * One line of a purchase order.
 *
 * @param id               identifier
 * @param orderId          the order
 * @param itemId           the item
 * @param quantity         ordered quantity
 * @param quantityReceived quantity received so far
 * @param uom              unit of the quantities
 * @param plannedDate      expected arrival of this line
 * @param unitPrice        price per unit
 */
public record PurchaseOrderLine(long id, Long orderId, Long itemId, Double quantity, Double quantityReceived,
        String uom, Instant plannedDate, Double unitPrice) {
}
