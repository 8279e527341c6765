package dev.takt.domain;

import java.time.Instant;

/**
 * A customer order.
 *
 * @param id             identifier
 * @param name           reference
 * @param customer       customer's name
 * @param state          lifecycle state
 * @param orderDate      when it was ordered
 * @param commitmentDate the delivery date promised to the customer, if any
 * @param expectedDate   the earliest date the goods can be delivered
 * @param warehouseId    shipping warehouse
 * @param origin         source document
 */
public record SalesOrder(long id, String name, String customer, SalesOrderState state, Instant orderDate,
        Instant commitmentDate, Instant expectedDate, Long warehouseId, String origin) {
}
