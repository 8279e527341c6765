package dev.takt.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A recurring working period of a calendar, in the calendar's time zone.
 *
 * @param id         identifier
 * @param calendarId the calendar
 * @param name       label
 * @param dayOfWeek  weekday it recurs on
 * @param hourFrom   start, in hours after midnight (8.5 = 08:30)
 * @param hourTo     end, in hours after midnight
 * @param validFrom  first date it applies, or null
 * @param validTo    last date it applies, or null
 * @param weekType   for two-week calendars: 0 or 1; null for every week
 */
public record CalendarAttendance(long id, Long calendarId, String name, DayOfWeek dayOfWeek, Double hourFrom,
        Double hourTo, LocalDate validFrom, LocalDate validTo, Integer weekType) {
}
