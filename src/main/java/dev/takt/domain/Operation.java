package dev.takt.domain;

/**
 * A routing step of a bill of materials, performed on a work center.
 *
 * @param id           identifier
 * @param bomId        the owning bill of materials
 * @param name         the step's name
 * @param workCenterId where it runs
 * @param sequence     order within the routing
 * @param cycleMinutes duration of one cycle in minutes
 * @param timeMode     how the duration is set: {@code manual} or {@code auto} (computed from tracked time)
 */
public record Operation(long id, Long bomId, String name, Long workCenterId, Integer sequence, Double cycleMinutes,
        String timeMode) {
}
