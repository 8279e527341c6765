package dev.takt.domain.capacity;

import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
import dev.takt.domain.WorkCalendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Calendar fixtures shared by the capacity tests. */
final class Calendars {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final long CALENDAR_ID = 1L;
    static final long RESOURCE_ID = 7L;
    static final WorkCalendar STANDARD_40H = new WorkCalendar(CALENDAR_ID, "Standard 40 hours/week",
            "Europe/Brussels", 8.0);

    private static long nextId = 100;

    private Calendars() {
    }

    /** Local date-time in Brussels, e.g. {@code 2026-03-11T08:00}. */
    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BRUSSELS).toInstant();
    }

    static CalendarAttendance attendance(DayOfWeek day, double from, double to) {
        return attendance(day, from, to, null, null, null);
    }

    static CalendarAttendance attendance(DayOfWeek day, double from, double to, LocalDate validFrom, LocalDate validTo,
            Integer weekType) {
        return new CalendarAttendance(nextId++, CALENDAR_ID, day + " " + from + "-" + to, day, from, to, validFrom,
                validTo, weekType);
    }

    /** Monday to Friday, 08:00-12:00 and 13:00-17:00: 8 h a day, 40 h a week. */
    static List<CalendarAttendance> fortyHours() {
        List<CalendarAttendance> out = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            out.add(attendance(d, 8, 12));
            out.add(attendance(d, 13, 17));
        }
        return out;
    }

    /** A calendar-wide absence (public holiday, shutdown) between two local date-times. */
    static CalendarLeave holiday(String name, String from, String to) {
        return new CalendarLeave(nextId++, CALENDAR_ID, null, name, local(from), local(to), true);
    }

    /** An absence of one resource. */
    static CalendarLeave resourceLeave(long resourceId, String name, String from, String to) {
        return new CalendarLeave(nextId++, CALENDAR_ID, resourceId, name, local(from), local(to), true);
    }

    /** A planning booking of a resource (Odoo time_type = other). */
    static CalendarLeave booking(long resourceId, String name, String from, String to) {
        return new CalendarLeave(nextId++, CALENDAR_ID, resourceId, name, local(from), local(to), false);
    }
}
