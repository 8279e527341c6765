package dev.takt.domain;

/**
 * Working time of a work center: weekly attendances and dated leaves, in a time zone.
 *
 * @param id          identifier
 * @param name        name
 * @param timeZone    IANA time zone the attendances are expressed in
 * @param hoursPerDay nominal hours of a working day
 */
public record WorkCalendar(long id, String name, String timeZone, Double hoursPerDay) {
}
