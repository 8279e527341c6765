package dev.takt.domain;

import java.time.Instant;

/**
 * A dated period on a calendar: an absence (reduces capacity) or a booking (load, not lost capacity).
 *
 * @param id           identifier
 * @param calendarId   the calendar, or null for a resource-only leave
 * @param resourceId   the resource it concerns, or null for the whole calendar
 * @param name         label
 * @param from         start instant
 * @param to           end instant
 * @param absence      true for time off (holiday, shutdown); false for a planning booking
 */
public record CalendarLeave(long id, Long calendarId, Long resourceId, String name, Instant from, Instant to,
        Boolean absence) {
}
