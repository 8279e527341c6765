package dev.takt.sandbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Working time of a resource calendar: attendances (local hours per weekday in the calendar's time zone; lunch
 * breaks are not working time, as in Odoo 17) minus time off ({@code time_type} = leave) of the calendar or of
 * the resource. Used to end a work order after its duration of working time and to find the first free slot of
 * a work center, skipping its bookings ({@code time_type} = other).
 */
final class SandboxCalendar {

    private static final int HORIZON_DAYS = 3 * 366;

    private record Attendance(int dayOfWeek, double hourFrom, double hourTo, LocalDate from, LocalDate to) {
    }

    /** A half-open interval of epoch seconds. */
    record Interval(long from, long to) {
    }

    private final ZoneId zone;
    private final List<List<Attendance>> byWeekday = new ArrayList<>();
    private final List<Interval> timeOff;
    private final List<Interval> busy;

    private SandboxCalendar(ZoneId zone, List<Interval> timeOff, List<Interval> busy) {
        this.zone = zone;
        this.timeOff = timeOff;
        this.busy = busy;
        for (int i = 0; i < 7; i++) {
            byWeekday.add(new ArrayList<>());
        }
    }

    /**
     * The working time of a calendar for a resource (either may be null; no calendar = always working).
     *
     * @param ignoreLeave a booking not to count as busy (the work order's own), or null
     */
    static SandboxCalendar of(SandboxDatabase db, Integer calendarId, Integer resourceId, Integer ignoreLeave) {
        SandboxModel cals = db.require("resource.calendar");
        ZoneId zone = ZoneOffset.UTC;
        List<Interval> off = new ArrayList<>();
        List<Interval> busy = new ArrayList<>();
        if (calendarId != null && cals.exists(calendarId)) {
            String tz = db.str("resource.calendar", "tz", calendarId);
            try {
                zone = tz == null ? ZoneOffset.UTC : ZoneId.of(tz);
            } catch (RuntimeException e) {
                zone = ZoneOffset.UTC;
            }
        }
        SandboxModel leaves = db.require("resource.calendar.leaves");
        for (int l = 1; l <= leaves.maxId(); l++) {
            if (!leaves.exists(l) || (ignoreLeave != null && l == ignoreLeave)) {
                continue;
            }
            Integer cal = db.ref("resource.calendar.leaves", "calendar_id", l);
            Integer res = db.ref("resource.calendar.leaves", "resource_id", l);
            Long from = (Long) db.value("resource.calendar.leaves", "date_from", l);
            Long to = (Long) db.value("resource.calendar.leaves", "date_to", l);
            if (from == null || to == null) {
                continue;
            }
            boolean mine = resourceId != null && resourceId.equals(res);
            boolean global = res == null && calendarId != null && calendarId.equals(cal);
            if ("other".equals(db.str("resource.calendar.leaves", "time_type", l))) {
                if (mine) {
                    busy.add(new Interval(from, to));
                }
            } else if (mine || global) {
                off.add(new Interval(from, to));
            }
        }
        off.sort(Comparator.comparingLong(Interval::from));
        busy.sort(Comparator.comparingLong(Interval::from));
        SandboxCalendar c = new SandboxCalendar(zone, off, busy);
        if (calendarId != null && cals.exists(calendarId)) {
            for (int a : db.ids("resource.calendar", "attendance_ids", calendarId)) {
                if ("lunch".equals(db.str("resource.calendar.attendance", "day_period", a))) {
                    continue;
                }
                String dow = db.str("resource.calendar.attendance", "dayofweek", a);
                c.byWeekday.get(Integer.parseInt(dow)).add(new Attendance(Integer.parseInt(dow),
                        db.dbl("resource.calendar.attendance", "hour_from", a),
                        db.dbl("resource.calendar.attendance", "hour_to", a),
                        (LocalDate) db.value("resource.calendar.attendance", "date_from", a),
                        (LocalDate) db.value("resource.calendar.attendance", "date_to", a)));
            }
            c.byWeekday.forEach(l -> l.sort(Comparator.comparingDouble(Attendance::hourFrom)));
        }
        return c;
    }

    /** The calendar of a work center, for its resource. */
    static SandboxCalendar ofWorkcenter(SandboxDatabase db, int workcenterId, Integer ignoreLeave) {
        return of(db, db.ref("mrp.workcenter", "resource_calendar_id", workcenterId),
                db.ref("mrp.workcenter", "resource_id", workcenterId), ignoreLeave);
    }

    private boolean hasAttendance() {
        return byWeekday.stream().anyMatch(l -> !l.isEmpty());
    }

    private long at(LocalDate day, double hour) {
        return day.atStartOfDay().plusMinutes(Math.round(hour * 60)).atZone(zone).toEpochSecond();
    }

    /** Working intervals of a local day, time off removed, in order. */
    private List<Interval> working(LocalDate day) {
        List<Interval> out = new ArrayList<>();
        for (Attendance a : byWeekday.get(day.getDayOfWeek().getValue() - 1)) {
            if ((a.from != null && day.isBefore(a.from)) || (a.to != null && day.isAfter(a.to))) {
                continue;
            }
            List<Interval> pieces = new ArrayList<>(List.of(new Interval(at(day, a.hourFrom), at(day, a.hourTo))));
            for (Interval off : timeOff) {
                List<Interval> next = new ArrayList<>();
                for (Interval p : pieces) {
                    if (off.to <= p.from || off.from >= p.to) {
                        next.add(p);
                    } else {
                        if (off.from > p.from) {
                            next.add(new Interval(p.from, off.from));
                        }
                        if (off.to < p.to) {
                            next.add(new Interval(off.to, p.to));
                        }
                    }
                }
                pieces = next;
            }
            out.addAll(pieces);
        }
        return out;
    }

    /** The instant after {@code minutes} of working time from {@code start} (the start itself when 0). */
    long addMinutes(long start, double minutes) {
        long remaining = Math.round(minutes * 60);
        if (!hasAttendance()) {
            return start + remaining;
        }
        LocalDate day = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(start), zone).minusDays(1);
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            for (Interval w : working(day)) {
                long s = Math.max(w.from, start);
                if (s >= w.to) {
                    continue;
                }
                long len = w.to - s;
                if (remaining <= len) {
                    return s + remaining;
                }
                remaining -= len;
            }
        }
        return start + Math.round(minutes * 60);
    }

    /** Minutes of working time between two instants. */
    double workingMinutes(long from, long to) {
        if (!hasAttendance()) {
            return Math.max(0, to - from) / 60.0;
        }
        long total = 0;
        LocalDate day = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(from), zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(to), zone).plusDays(1);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval w : working(day)) {
                long s = Math.max(w.from, from);
                long e = Math.min(w.to, to);
                if (e > s) {
                    total += e - s;
                }
            }
        }
        return total / 60.0;
    }

    /** The first slot of {@code minutes} working time at or after {@code from} that overlaps no booking. */
    Interval firstSlot(long from, double minutes) {
        long cursor = from;
        for (int attempt = 0; attempt < 10_000; attempt++) {
            long start = addMinutes(cursor, 0);
            long end = addMinutes(start, minutes);
            Interval clash = null;
            for (Interval b : busy) {
                if (b.from < end && b.to > start) {
                    clash = b;
                    break;
                }
            }
            if (clash == null) {
                return new Interval(start, end);
            }
            cursor = Math.max(clash.to, cursor + 1);
        }
        return new Interval(from, from + Math.round(minutes * 60));
    }
}
