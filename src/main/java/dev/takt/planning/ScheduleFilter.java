package dev.takt.planning;

import java.time.Instant;

/**
 * Which schedule proposals to read; every null part matches everything.
 *
 * @param manufacturingOrder only proposals for this manufacturing order reference
 * @param workCenter         only proposals on this work center (as proposed, case-insensitive)
 * @param from               only proposals finishing at or after this instant
 * @param to                 only proposals starting at or before this instant
 */
public record ScheduleFilter(String manufacturingOrder, String workCenter, Instant from, Instant to) {

    /** Every proposal. */
    public static final ScheduleFilter ALL = new ScheduleFilter(null, null, null, null);
}
