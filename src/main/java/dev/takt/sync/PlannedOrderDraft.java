package dev.takt.sync;

import dev.takt.domain.PlannedOrderType;

import java.time.Instant;

/**
 * A planned order as a partner submitted it: any part may be missing or wrong.
 *
 * @param type     make, buy or transfer
 * @param item     item code
 * @param location receiving warehouse code
 * @param quantity quantity
 * @param unit     unit of measure (null: the item's own unit)
 * @param start    start
 * @param due      due
 * @param demand   source demand reference
 * @param supplier supplier (BUY only)
 * @param origin   origin warehouse code (TRANSFER only)
 */
public record PlannedOrderDraft(PlannedOrderType type, String item, String location, Double quantity, String unit,
        Instant start, Instant due, String demand, String supplier, String origin) {
}
