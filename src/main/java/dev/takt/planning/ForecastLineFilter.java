package dev.takt.planning;

import dev.takt.domain.ItemCode;

import java.time.LocalDate;

/**
 * Which forecast lines to read; every null part matches everything.
 *
 * @param item     only this item
 * @param location only this warehouse code (case-insensitive)
 * @param from     only buckets that end on or after this day
 * @param to       only buckets that start on or before this day
 */
public record ForecastLineFilter(ItemCode item, String location, LocalDate from, LocalDate to) {

    /** Every line. */
    public static final ForecastLineFilter ALL = new ForecastLineFilter(null, null, null, null);
}
