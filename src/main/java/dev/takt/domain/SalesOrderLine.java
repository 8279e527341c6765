package dev.takt.domain;

/**
 * One line of a sales order.
 *
 * @param id                identifier
 * @param orderId           the order
 * @param itemId            the item
 * @param description       line text
 * @param quantity          ordered quantity
 * @param quantityDelivered quantity already delivered
 * @param uom               unit of the quantities
 * @param customerLeadDays  promised lead time in days
 * @param state             the order's state as seen on the line
 */
public record SalesOrderLine(long id, Long orderId, Long itemId, String description, Double quantity,
        Double quantityDelivered, String uom, Double customerLeadDays, SalesOrderState state) {
}
