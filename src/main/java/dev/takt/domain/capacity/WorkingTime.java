package dev.takt.domain.capacity;

import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
import dev.takt.domain.WorkCalendar;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.time.Bucket;
import dev.takt.domain.time.Buckets;
import dev.takt.domain.time.Interval;
import dev.takt.domain.time.Intervals;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The working time of one resource (a work center) under one calendar, and its capacity.
 *
 * <p>Rules, following Odoo's {@code resource} module where it has one:
 * <ul>
 * <li><b>Attendances</b> recur weekly on their {@code dayOfWeek}, from {@code hourFrom} to {@code hourTo} local
 * hours in the calendar's time zone (8.5 = 08:30), on the dates between {@code validFrom} and {@code validTo}
 * (both inclusive, either open). Local times become instants with the zone's rules: an attendance on a day the
 * clocks change lasts one hour less or more of real time; a local time inside the spring gap is moved forward by
 * the gap. Overlapping attendances count once.</li>
 * <li><b>Night shifts</b> (an extension: Odoo caps {@code hourTo} at 24 and splits such shifts in two attendances):
 * {@code hourTo < hourFrom}, or {@code hourTo > 24}, ends on the next day. The dates, weekday and week type are
 * those of the day the shift starts.</li>
 * <li><b>Two-week calendars</b>: an attendance with a {@code weekType} applies only on dates of that week type,
 * computed as Odoo's {@code resource.calendar.attendance.get_week_type}: {@code floor((ordinal - 1) / 7) % 2}
 * where {@code ordinal} is the proleptic Gregorian day number with 0001-01-01 = 1 (a Monday). So weeks run
 * Monday to Sunday and strictly alternate, across year ends too. This is <em>not</em> the parity of the ISO week
 * number, which repeats after a 53-week year (2026-W53 and 2027-W01 are both odd; Odoo gives them 1 and 0).
 * {@code weekType} null means every week.</li>
 * <li><b>Absences</b> are leaves with {@code absence = true} (Odoo {@code time_type = leave}) that concern this
 * calendar ({@code calendarId} equal or null) and this resource ({@code resourceId} equal, or null for the whole
 * calendar) — Odoo's own selection. They are subtracted from attendances, clipped to them; overlapping absences
 * are merged first, so no working hour is removed twice.</li>
 * <li><b>Bookings</b> ({@code absence = false}, Odoo {@code time_type = other}, which {@code button_plan} writes
 * for a work order's slot) are load, not lost capacity: they are ignored here and counted by
 * {@link WorkCenterLoad} through the work orders themselves.</li>
 * <li><b>Efficiency</b>: effective capacity = clock hours × {@code efficiencyPercent / 100} (Odoo
 * {@code time_efficiency}; null means 100). Clock hours are the time the work center is available; effective
 * hours are the standard hours of work it can do in that time.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingTime {

    /** Days from 0001-01-01 (ordinal 1) to 1970-01-01 (epoch day 0), minus one: ordinal - 1 = epochDay + this. */
    private static final long ORDINAL_MINUS_ONE_AT_EPOCH = 719_162L;
    private static final long SECONDS_PER_HOUR = 3600L;
    private static final double MAX_HOUR_TO = 48.0;

    private record Attendance(DayOfWeek day, long fromSecond, long toSecond, LocalDate validFrom, LocalDate validTo,
            Integer weekType) {
    }

    private final String calendarName;
    private final ZoneId zone;
    private final Long resourceId;
    private final double efficiency;
    private final Map<DayOfWeek, List<Attendance>> byDay = new EnumMap<>(DayOfWeek.class);
    private final List<Interval> absences;

    private WorkingTime(String calendarName, ZoneId zone, Long resourceId, double efficiency,
            List<Attendance> attendances, List<Interval> absences) {
        this.calendarName = calendarName;
        this.zone = zone;
        this.resourceId = resourceId;
        this.efficiency = efficiency;
        for (DayOfWeek d : DayOfWeek.values()) {
            byDay.put(d, new ArrayList<>());
        }
        for (Attendance a : attendances) {
            byDay.get(a.day()).add(a);
        }
        byDay.values().forEach(l -> l.sort(Comparator.comparingLong(Attendance::fromSecond)));
        this.absences = absences;
    }

    /**
     * The working time of a work center.
     *
     * @param workCenter  the work center: its {@code efficiencyPercent} (null = 100), its {@code calendarId}, which
     *                    must be the calendar's when known, and its {@code resourceId}, whose own leaves count (null
     *                    to count only calendar-wide leaves)
     * @param calendar    its calendar
     * @param attendances attendances; those of other calendars are ignored
     * @param leaves      leaves; those of other calendars or resources, and bookings, are ignored
     * @throws IllegalArgumentException when the work center is on another calendar, or when any figure needed is
     *                                  missing or invalid (the message names the record)
     */
    public static WorkingTime forWorkCenter(WorkCenter workCenter, WorkCalendar calendar,
            Collection<CalendarAttendance> attendances, Collection<CalendarLeave> leaves) {
        Objects.requireNonNull(workCenter, "workCenter");
        Objects.requireNonNull(calendar, "calendar");
        if (workCenter.calendarId() != null && workCenter.calendarId() != calendar.id()) {
            throw new IllegalArgumentException("work center " + describe(workCenter) + " works on calendar "
                    + workCenter.calendarId() + ", not on calendar " + calendar.id() + " (" + calendar.name() + ")");
        }
        double percent = workCenter.efficiencyPercent() == null ? 100.0 : workCenter.efficiencyPercent();
        if (!(percent > 0) || Double.isInfinite(percent)) {
            throw new IllegalArgumentException("work center " + describe(workCenter)
                    + " has a time efficiency of " + percent + " %; it must be more than 0");
        }
        return of(calendar, attendances, leaves, workCenter.resourceId(), percent);
    }

    /**
     * The working time of a resource under a calendar.
     *
     * @param calendar          the calendar: its {@code timeZone} is required
     * @param attendances       attendances; those with another {@code calendarId} are ignored
     * @param leaves            leaves; see the class rules for which count
     * @param resourceId        the resource whose own leaves count, or null for calendar-wide leaves only
     * @param efficiencyPercent time efficiency in percent, more than 0
     * @throws IllegalArgumentException when any figure needed is missing or invalid (the message names the record)
     */
    public static WorkingTime of(WorkCalendar calendar, Collection<CalendarAttendance> attendances,
            Collection<CalendarLeave> leaves, Long resourceId, double efficiencyPercent) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(attendances, "attendances");
        Objects.requireNonNull(leaves, "leaves");
        String name = "calendar " + calendar.id() + (calendar.name() == null ? "" : " (" + calendar.name() + ")");
        if (!(efficiencyPercent > 0) || Double.isInfinite(efficiencyPercent)) {
            throw new IllegalArgumentException("time efficiency must be more than 0 %, not " + efficiencyPercent
                    + " (" + name + ")");
        }
        if (calendar.timeZone() == null || calendar.timeZone().isBlank()) {
            throw new IllegalArgumentException(name + " has no time zone; its attendances cannot be placed in time");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(calendar.timeZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " has an unknown time zone '" + calendar.timeZone() + "'", e);
        }
        List<Attendance> kept = new ArrayList<>();
        for (CalendarAttendance a : attendances) {
            if (a.calendarId() == null || a.calendarId() == calendar.id()) {
                kept.add(attendance(a, name));
            }
        }
        List<Interval> off = new ArrayList<>();
        for (CalendarLeave l : leaves) {
            if (l.absence() == null) {
                throw new IllegalArgumentException("leave " + l.id() + " (" + l.name() + ") of " + name
                        + " does not say whether it is an absence or a booking");
            }
            boolean sameCalendar = l.calendarId() == null || l.calendarId() == calendar.id();
            boolean sameResource = l.resourceId() == null || l.resourceId().equals(resourceId);
            if (l.absence() && sameCalendar && sameResource) {
                if (l.from() == null || l.to() == null) {
                    throw new IllegalArgumentException("leave " + l.id() + " (" + l.name() + ") of " + name
                            + " has no start or end");
                }
                if (l.to().isBefore(l.from())) {
                    throw new IllegalArgumentException("leave " + l.id() + " (" + l.name() + ") of " + name
                            + " ends (" + l.to() + ") before it starts (" + l.from() + ")");
                }
                off.add(new Interval(l.from(), l.to()));
            }
        }
        return new WorkingTime(name, zone, resourceId, efficiencyPercent / 100.0, kept, Intervals.union(off));
    }

    private static Attendance attendance(CalendarAttendance a, String calendar) {
        String what = "attendance " + a.id() + (a.name() == null ? "" : " (" + a.name() + ")") + " of " + calendar;
        if (a.dayOfWeek() == null || a.hourFrom() == null || a.hourTo() == null) {
            throw new IllegalArgumentException(what + " lacks its weekday or hours");
        }
        double from = a.hourFrom();
        double to = a.hourTo();
        if (!(from >= 0 && from < 24) || !(to >= 0 && to <= MAX_HOUR_TO)) {
            throw new IllegalArgumentException(what + " has hours " + from + " to " + to
                    + "; a start must be in [0, 24) and an end in [0, 48]");
        }
        if (a.weekType() != null && a.weekType() != 0 && a.weekType() != 1) {
            throw new IllegalArgumentException(what + " has week type " + a.weekType() + "; it must be 0 or 1");
        }
        long fromSecond = Math.round(from * SECONDS_PER_HOUR);
        long toSecond = Math.round(to * SECONDS_PER_HOUR);
        if (toSecond < fromSecond) {
            toSecond += 24 * SECONDS_PER_HOUR;
        }
        return new Attendance(a.dayOfWeek(), fromSecond, toSecond, a.validFrom(), a.validTo(), a.weekType());
    }

    private static String describe(WorkCenter w) {
        return w.id() + (w.name() == null ? "" : " (" + w.name() + ")");
    }

    /**
     * Odoo's week type of a date for two-week calendars: {@code floor((date.toordinal() - 1) / 7) % 2}. Weeks run
     * Monday to Sunday and alternate 0, 1, 0, … without a break at year ends.
     *
     * @return 0 or 1
     */
    public static int weekType(LocalDate date) {
        return (int) Math.floorMod(Math.floorDiv(date.toEpochDay() + ORDINAL_MINUS_ONE_AT_EPOCH, 7L), 2L);
    }

    /** The calendar's time zone, in which attendances are read. */
    public ZoneId zone() {
        return zone;
    }

    /** The resource whose own leaves count, or null. */
    public Long resourceId() {
        return resourceId;
    }

    /** Time efficiency as a factor (0.8 for 80 %). */
    public double efficiency() {
        return efficiency;
    }

    /**
     * The working intervals inside {@code [from, to)}: attendances minus absences, sorted and disjoint.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public List<Interval> intervals(Instant from, Instant to) {
        Interval window = new Interval(from, to);
        if (window.isEmpty()) {
            return List.of();
        }
        List<Interval> attendance = new ArrayList<>();
        // Start a day early: a night shift of the previous day may reach into the window.
        LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (Attendance a : byDay.get(day.getDayOfWeek())) {
                if (applies(a, day)) {
                    Instant s = at(day, a.fromSecond());
                    Instant e = at(day, a.toSecond());
                    if (s.isBefore(e)) {
                        new Interval(s, e).intersection(window).ifPresent(attendance::add);
                    }
                }
            }
        }
        return Intervals.minus(attendance, absencesWithin(window));
    }

    private static boolean applies(Attendance a, LocalDate day) {
        return (a.validFrom() == null || !day.isBefore(a.validFrom()))
                && (a.validTo() == null || !day.isAfter(a.validTo()))
                && (a.weekType() == null || a.weekType() == weekType(day));
    }

    private Instant at(LocalDate day, long secondOfDay) {
        LocalDateTime local = day.atStartOfDay().plusSeconds(secondOfDay);
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private List<Interval> absencesWithin(Interval window) {
        // absences are sorted and disjoint, so their ends are sorted too: find the first ending after the window start
        int lo = 0;
        int hi = absences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (absences.get(mid).end().isAfter(window.start())) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        List<Interval> out = new ArrayList<>();
        for (int i = lo; i < absences.size() && absences.get(i).start().isBefore(window.end()); i++) {
            out.add(absences.get(i));
        }
        return out;
    }

    /** Working (clock) hours inside {@code [from, to)}. */
    public double workingHours(Instant from, Instant to) {
        return Intervals.hours(Intervals.total(intervals(from, to)));
    }

    /** Effective (efficiency-weighted, standard) hours inside {@code [from, to)}. */
    public double effectiveHours(Instant from, Instant to) {
        return workingHours(from, to) * efficiency;
    }

    /** Capacity in each bucket: clock hours available and effective hours, in bucket order. */
    public List<BucketCapacity> capacity(Buckets buckets) {
        double[] hours = BucketHours.of(intervals(buckets.start(), buckets.end()), buckets);
        List<BucketCapacity> out = new ArrayList<>(buckets.size());
        for (int i = 0; i < hours.length; i++) {
            Bucket b = buckets.get(i);
            out.add(new BucketCapacity(b, hours[i], hours[i] * efficiency));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "working time of " + calendarName + (resourceId == null ? "" : " for resource " + resourceId) + " in "
                + zone + " at " + (efficiency * 100) + " %";
    }
}
