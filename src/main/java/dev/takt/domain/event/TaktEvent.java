package dev.takt.domain.event;

import java.time.Instant;

/**
 * One event for partners. {@link #item()}, {@link #workCenter()} and {@link #plant()} are the keys subscribers
 * filter on (an item's code, a work center's name, a warehouse's short code); null when the event has none.
 */
public sealed interface TaktEvent permits PlanningExceptionRaised, ScheduleApplied, ProductionStatusChanged,
        InventoryShortage, ForecastPublished, CommandDeadLettered {

    /** When it happened (UTC). */
    Instant at();

    /** The item concerned, or null. */
    default String item() {
        return null;
    }

    /** The work center concerned, or null. */
    default String workCenter() {
        return null;
    }

    /** The plant (warehouse short code) concerned, or null. */
    default String plant() {
        return null;
    }
}
