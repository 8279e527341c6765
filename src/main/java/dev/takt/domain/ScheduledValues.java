package dev.takt.domain;

import java.time.Instant;

/**
 * The scheduling values of a manufacturing order or work order as the system of record holds them. A value the
 * record does not have (a work order's priority, a manufacturing order's work center) is null.
 *
 * @param start        planned start
 * @param finish       planned finish
 * @param workCenterId work center of a work order
 * @param priority     priority of a manufacturing order
 */
public record ScheduledValues(Instant start, Instant finish, Long workCenterId, Priority priority) {
}
