package dev.takt.planning;

import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrderType;

import java.time.Instant;

/**
 * Which planned orders to read; every null part matches everything.
 *
 * @param type     only orders of this type
 * @param item     only this item
 * @param location only orders into this warehouse code (case-insensitive)
 * @param from     only orders due at or after this instant
 * @param to       only orders due at or before this instant
 */
public record PlannedOrderFilter(PlannedOrderType type, ItemCode item, String location, Instant from, Instant to) {

    /** Every order. */
    public static final PlannedOrderFilter ALL = new PlannedOrderFilter(null, null, null, null, null);
}
