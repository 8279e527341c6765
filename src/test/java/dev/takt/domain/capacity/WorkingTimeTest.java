package dev.takt.domain.capacity;

import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
import dev.takt.domain.WorkCalendar;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.Buckets;
import dev.takt.domain.time.Interval;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.takt.domain.capacity.Calendars.BRUSSELS;
import static dev.takt.domain.capacity.Calendars.CALENDAR_ID;
import static dev.takt.domain.capacity.Calendars.RESOURCE_ID;
import static dev.takt.domain.capacity.Calendars.STANDARD_40H;
import static dev.takt.domain.capacity.Calendars.attendance;
import static dev.takt.domain.capacity.Calendars.booking;
import static dev.takt.domain.capacity.Calendars.fortyHours;
import static dev.takt.domain.capacity.Calendars.holiday;
import static dev.takt.domain.capacity.Calendars.local;
import static dev.takt.domain.capacity.Calendars.resourceLeave;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingTimeTest {

    private static final double EPS = 1e-9;

    /** Week 11 of 2026, Monday 03-09 to Monday 03-16, no clock change. */
    private static final Buckets WEEK_11 = Buckets.between(local("2026-03-09T00:00"), local("2026-03-16T00:00"),
            BucketSize.WEEK, BRUSSELS);

    private static WorkingTime fortyHourCalendar(List<CalendarLeave> leaves, double efficiencyPercent) {
        return WorkingTime.of(STANDARD_40H, fortyHours(), leaves, RESOURCE_ID, efficiencyPercent);
    }

    private static List<Double> clock(List<BucketCapacity> capacity) {
        return capacity.stream().map(BucketCapacity::clockHours).collect(Collectors.toList());
    }

    @Test
    void aWeekOfTheFortyHourCalendarIsFortyHours() {
        // 5 days x (4 h + 4 h) = 40 h; at 100 % efficiency effective = clock
        BucketCapacity week = fortyHourCalendar(List.of(), 100).capacity(WEEK_11).get(0);
        assertEquals(40.0, week.clockHours(), EPS);
        assertEquals(40.0, week.effectiveHours(), EPS);
    }

    @Test
    void aPublicHolidayOnWednesdayTakesItsEightHours() {
        // Wednesday 2026-03-11 00:00-24:00 local (Odoo stores it in UTC: 03-10 23:00Z to 03-11 23:00Z)
        // 40 h - 8 h = 32 h
        WorkingTime wt = fortyHourCalendar(
                List.of(holiday("Public holiday", "2026-03-11T00:00", "2026-03-12T00:00")), 100);
        assertEquals(32.0, wt.capacity(WEEK_11).get(0).clockHours(), EPS);
    }

    @Test
    void eightyPercentEfficiencyGivesEffectiveHours() {
        // 32 clock hours (holiday week) x 80 / 100 = 25.6 standard hours
        WorkingTime wt = fortyHourCalendar(
                List.of(holiday("Public holiday", "2026-03-11T00:00", "2026-03-12T00:00")), 80);
        BucketCapacity week = wt.capacity(WEEK_11).get(0);
        assertEquals(32.0, week.clockHours(), EPS);
        assertEquals(25.6, week.effectiveHours(), EPS);
        assertEquals(0.8, wt.efficiency(), EPS);
    }

    @Test
    void theWorkCentersEfficiencyAndCalendarAreUsed() {
        WorkCenter press = new WorkCenter(3, "Press", "PR", CALENDAR_ID, RESOURCE_ID, 80.0, null, null, null, null, true);
        WorkingTime wt = WorkingTime.forWorkCenter(press, STANDARD_40H, fortyHours(), List.of());
        // 40 h x 0.8 = 32 h
        assertEquals(32.0, wt.capacity(WEEK_11).get(0).effectiveHours(), EPS);

        WorkCenter unknownEfficiency = new WorkCenter(4, "Saw", "SAW", null, null, null, null, null, null, null, true);
        assertEquals(1.0, WorkingTime.forWorkCenter(unknownEfficiency, STANDARD_40H, fortyHours(), List.of())
                .efficiency(), EPS, "null efficiency means 100 %");

        WorkCenter elsewhere = new WorkCenter(5, "Lathe", "LT", 2L, null, 100.0, null, null, null, null, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.forWorkCenter(elsewhere, STANDARD_40H, fortyHours(), List.of()));
        assertTrue(e.getMessage().contains("Lathe") && e.getMessage().contains("calendar 2"), e.getMessage());

        WorkCenter stopped = new WorkCenter(6, "Old", "OLD", CALENDAR_ID, null, 0.0, null, null, null, null, true);
        assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.forWorkCenter(stopped, STANDARD_40H, fortyHours(), List.of()));
    }

    @Test
    void aBucketFromWednesdayNoonIsPartialAndCountsTheRestOfTheWeek() {
        // [Wed 03-11 12:00, Mon 03-16 00:00): Wed 13-17 = 4 h, Thu 8 h, Fri 8 h = 20 h
        Buckets fromNoon = Buckets.between(local("2026-03-11T12:00"), local("2026-03-16T00:00"), BucketSize.WEEK,
                BRUSSELS);
        BucketCapacity week = fortyHourCalendar(List.of(), 100).capacity(fromNoon).get(0);
        assertTrue(week.bucket().partial());
        assertEquals(20.0, week.clockHours(), EPS);

        // and an interval cut inside attendances: Tue 10:30 to Tue 14:15 = 1.5 h + 1.25 h = 2.75 h
        assertEquals(2.75, fortyHourCalendar(List.of(), 100).workingHours(local("2026-03-10T10:30"),
                local("2026-03-10T14:15")), EPS);
    }

    @Test
    void dayBucketsAcrossTheStartOfSummerTime() {
        // Week of 2026-03-23; summer time starts Sunday 03-29 at 02:00, the Sunday bucket lasts 23 h.
        // Mon-Fri 8 h each, weekend 0 h: attendances are local hours, untouched by the change.
        Buckets days = Buckets.between(local("2026-03-23T00:00"), local("2026-03-30T00:00"), BucketSize.DAY,
                BRUSSELS);
        List<BucketCapacity> capacity = fortyHourCalendar(List.of(), 100).capacity(days);
        assertEquals(List.of(8.0, 8.0, 8.0, 8.0, 8.0, 0.0, 0.0), clock(capacity));
        assertEquals(23, capacity.get(6).bucket().duration().toHours());
    }

    @Test
    void aRoundTheClockCalendarFollowsTheDaylightSavingDay() {
        // 0-24 every day: each day bucket holds as many working hours as it lasts: 6 x 24 + 23 = 167 h
        List<CalendarAttendance> allDay = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            allDay.add(attendance(d, 0, 24));
        }
        Buckets days = Buckets.between(local("2026-03-23T00:00"), local("2026-03-30T00:00"), BucketSize.DAY,
                BRUSSELS);
        List<BucketCapacity> capacity = WorkingTime.of(STANDARD_40H, allDay, List.of(), null, 100).capacity(days);
        assertEquals(List.of(24.0, 24.0, 24.0, 24.0, 24.0, 24.0, 23.0), clock(capacity));
    }

    @Test
    void aNightShiftCrossingMidnightAndTheClockChange() {
        // One shift, Saturday 22:00 to Sunday 06:00 (hourTo < hourFrom: ends the next day).
        // Night of 28-29 March 2026: Sat 22:00 CET = 21:00Z, Sun 06:00 CEST = 04:00Z: 7 real hours,
        //   Saturday bucket: 22:00-24:00 = 2 h; Sunday bucket: 00:00-06:00 local minus the skipped hour = 5 h.
        // Night of 14-15 March 2026 (no change): 2 h + 6 h = 8 h.
        WorkingTime nights = WorkingTime.of(STANDARD_40H, List.of(attendance(DayOfWeek.SATURDAY, 22, 6)), List.of(),
                null, 100);
        Buckets dst = Buckets.between(local("2026-03-28T00:00"), local("2026-03-30T00:00"), BucketSize.DAY,
                BRUSSELS);
        assertEquals(List.of(2.0, 5.0), clock(nights.capacity(dst)));
        Buckets normal = Buckets.between(local("2026-03-14T00:00"), local("2026-03-16T00:00"), BucketSize.DAY,
                BRUSSELS);
        assertEquals(List.of(2.0, 6.0), clock(nights.capacity(normal)));
        // The same shift written as 22 to 30 (hours past the start day's midnight) is the same shift.
        WorkingTime nights30 = WorkingTime.of(STANDARD_40H, List.of(attendance(DayOfWeek.SATURDAY, 22, 30)),
                List.of(), null, 100);
        assertEquals(List.of(2.0, 5.0), clock(nights30.capacity(dst)));
        // A shift starting the day before the window reaches into it: Sunday alone holds 5 h.
        assertEquals(5.0, nights.workingHours(local("2026-03-29T00:00"), local("2026-03-30T00:00")), EPS);
    }

    @Test
    void overlappingLeavesRemoveEachHourOnce() {
        // Wednesday 03-11 public holiday (calendar-wide), all day             -> Wed 8 h
        // resource 7 off from Wed 10:00 to Thu 10:00 (overlaps the holiday)   -> adds Thu 08-10 = 2 h
        // resource 7 off Wed 14:00-16:00 (inside both)                        -> adds nothing
        // resource 8 off Friday (another resource)                            -> ignored
        // a leave of calendar 2 on Tuesday (another calendar)                 -> ignored
        // lost = 8 + 2 = 10 h; 40 - 10 = 30 h
        List<CalendarLeave> leaves = List.of(
                holiday("Public holiday", "2026-03-11T00:00", "2026-03-12T00:00"),
                resourceLeave(RESOURCE_ID, "Maintenance", "2026-03-11T10:00", "2026-03-12T10:00"),
                resourceLeave(RESOURCE_ID, "Inspection", "2026-03-11T14:00", "2026-03-11T16:00"),
                resourceLeave(8L, "Other machine", "2026-03-13T00:00", "2026-03-14T00:00"),
                new CalendarLeave(99, 2L, null, "Other calendar", local("2026-03-10T00:00"),
                        local("2026-03-11T00:00"), true));
        assertEquals(30.0, fortyHourCalendar(leaves, 100).capacity(WEEK_11).get(0).clockHours(), EPS);

        // Without knowing the work center's resource only the calendar-wide holiday counts: 40 - 8 = 32 h
        assertEquals(32.0, WorkingTime.of(STANDARD_40H, fortyHours(), leaves, null, 100).capacity(WEEK_11).get(0)
                .clockHours(), EPS);
    }

    @Test
    void aBookingIsLoadNotLostCapacity() {
        // Tuesday 08:00-17:00 booked for a work order (absence = false): still 40 h of capacity
        WorkingTime wt = fortyHourCalendar(
                List.of(booking(RESOURCE_ID, "WH/MO/00012 - Assembly", "2026-03-10T08:00", "2026-03-10T17:00")), 100);
        assertEquals(40.0, wt.capacity(WEEK_11).get(0).clockHours(), EPS);
    }

    @Test
    void workingIntervalsAreAttendancesMinusAbsences() {
        // Tuesday with resource 7 off 11:00-14:00: 08-11 and 14-17
        WorkingTime wt = fortyHourCalendar(
                List.of(resourceLeave(RESOURCE_ID, "Repair", "2026-03-10T11:00", "2026-03-10T14:00")), 100);
        assertEquals(List.of(new Interval(local("2026-03-10T08:00"), local("2026-03-10T11:00")),
                        new Interval(local("2026-03-10T14:00"), local("2026-03-10T17:00"))),
                wt.intervals(local("2026-03-10T00:00"), local("2026-03-11T00:00")));
    }

    @Test
    void twoWeekCalendarsFollowOdoosWeekParity() {
        // Odoo: week type = floor((ordinal - 1) / 7) % 2, ordinal(0001-01-01) = 1.
        //   2026-03-23: ordinal 739698, (739698 - 1) / 7 = 105671.0 -> odd -> 1
        //   2026-03-30: the next week -> 0
        //   2026-12-28 (ISO 2026-W53) -> 1 and 2027-01-04 (ISO 2027-W01) -> 0: the parity keeps alternating where
        //   the ISO week number would give two odd weeks in a row.
        assertEquals(0, WorkingTime.weekType(LocalDate.of(1, 1, 1)));
        assertEquals(1, WorkingTime.weekType(LocalDate.of(2026, 3, 23)));
        assertEquals(1, WorkingTime.weekType(LocalDate.of(2026, 3, 29)), "the type holds Monday to Sunday");
        assertEquals(0, WorkingTime.weekType(LocalDate.of(2026, 3, 30)));
        assertEquals(1, WorkingTime.weekType(LocalDate.of(2026, 12, 28)));
        assertEquals(0, WorkingTime.weekType(LocalDate.of(2027, 1, 4)));

        // Monday 08-16 in weeks of type 0, Monday 08-12 in weeks of type 1:
        // week 2026-W13 (type 1) -> 4 h, week 2026-W14 (type 0) -> 8 h
        WorkingTime alternating = WorkingTime.of(STANDARD_40H, List.of(
                attendance(DayOfWeek.MONDAY, 8, 16, null, null, 0),
                attendance(DayOfWeek.MONDAY, 8, 12, null, null, 1)), List.of(), null, 100);
        Buckets weeks = Buckets.between(local("2026-03-23T00:00"), local("2026-04-06T00:00"), BucketSize.WEEK,
                BRUSSELS);
        assertEquals(List.of(4.0, 8.0), clock(alternating.capacity(weeks)));
    }

    @Test
    void attendancesApplyWithinTheirDates() {
        // Monday 08-12 until 2026-03-15, Monday 08-10 from 2026-03-16 (both dates inclusive):
        // Monday 03-09 -> 4 h, Monday 03-16 -> 2 h
        WorkingTime changing = WorkingTime.of(STANDARD_40H, List.of(
                attendance(DayOfWeek.MONDAY, 8, 12, null, LocalDate.of(2026, 3, 15), null),
                attendance(DayOfWeek.MONDAY, 8, 10, LocalDate.of(2026, 3, 16), null, null)), List.of(), null, 100);
        Buckets weeks = Buckets.between(local("2026-03-09T00:00"), local("2026-03-23T00:00"), BucketSize.WEEK,
                BRUSSELS);
        assertEquals(List.of(4.0, 2.0), clock(changing.capacity(weeks)));
    }

    @Test
    void overlappingAttendancesCountOnce() {
        // 08-12 and 10-14 on Monday: 08-14 = 6 h
        WorkingTime wt = WorkingTime.of(STANDARD_40H, List.of(attendance(DayOfWeek.MONDAY, 8, 12),
                attendance(DayOfWeek.MONDAY, 10, 14)), List.of(), null, 100);
        assertEquals(6.0, wt.capacity(WEEK_11).get(0).clockHours(), EPS);
    }

    @Test
    void attendancesOfOtherCalendarsAreIgnored() {
        List<CalendarAttendance> mixed = new ArrayList<>(fortyHours());
        mixed.add(new CalendarAttendance(999, 2L, "Saturday of calendar 2", DayOfWeek.SATURDAY, 8.0, 12.0, null, null,
                null));
        assertEquals(40.0, WorkingTime.of(STANDARD_40H, mixed, List.of(), null, 100).capacity(WEEK_11).get(0)
                .clockHours(), EPS);
    }

    @Test
    void missingOrInvalidFiguresAreRejectedByName() {
        WorkCalendar noZone = new WorkCalendar(1, "No zone", null, 8.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.of(noZone, fortyHours(), List.of(), null, 100));
        assertTrue(e.getMessage().contains("No zone") && e.getMessage().contains("time zone"), e.getMessage());

        WorkCalendar badZone = new WorkCalendar(1, "Mars", "Mars/Olympus", 8.0);
        assertThrows(IllegalArgumentException.class, () -> WorkingTime.of(badZone, fortyHours(), List.of(), null, 100));

        CalendarLeave unknownKind = new CalendarLeave(5, CALENDAR_ID, null, "Mystery", local("2026-03-10T00:00"),
                local("2026-03-11T00:00"), null);
        e = assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.of(STANDARD_40H, fortyHours(), List.of(unknownKind), null, 100));
        assertTrue(e.getMessage().contains("Mystery"), e.getMessage());

        CalendarAttendance noHours = new CalendarAttendance(6, CALENDAR_ID, "Broken", DayOfWeek.MONDAY, null, 12.0,
                null, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.of(STANDARD_40H, List.of(noHours), List.of(), null, 100));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.of(STANDARD_40H, List.of(attendance(DayOfWeek.MONDAY, 8, 12, null, null, 2)),
                        List.of(), null, 100));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.of(STANDARD_40H, fortyHours(), List.of(), null, 0));
    }
}
