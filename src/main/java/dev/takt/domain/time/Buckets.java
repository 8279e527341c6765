package dev.takt.domain.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A planning horizon cut into consecutive {@link Bucket}s at local midnight in one time zone.
 *
 * <p>Rules:
 * <ul>
 * <li>Boundaries are the first instant of a local date in {@code zone} ({@link LocalDate#atStartOfDay(ZoneId)}:
 * where midnight itself does not exist because the clocks jump at midnight, the first instant after the jump).
 * So a day bucket lasts 23 hours on the day summer time starts and 25 on the day it ends, and a week or month
 * bucket that contains such a day is one hour shorter or longer.</li>
 * <li>Days start at local midnight, weeks on {@code weekStart} (Monday unless told otherwise), months on the 1st.</li>
 * <li>The buckets cover exactly {@code [from, to)}: the first bucket starts at {@code from} and the last ends at
 * {@code to}; when either falls inside a period, that bucket is clipped and flagged {@link Bucket#partial()}.</li>
 * </ul>
 */
public final class Buckets implements Iterable<Bucket> {

    private final List<Bucket> buckets;
    private final BucketSize size;
    private final ZoneId zone;
    private final DayOfWeek weekStart;

    private Buckets(List<Bucket> buckets, BucketSize size, ZoneId zone, DayOfWeek weekStart) {
        this.buckets = Collections.unmodifiableList(buckets);
        this.size = size;
        this.zone = zone;
        this.weekStart = weekStart;
    }

    /** Buckets over {@code [from, to)}, weeks starting on Monday. */
    public static Buckets between(Instant from, Instant to, BucketSize size, ZoneId zone) {
        return between(from, to, size, zone, DayOfWeek.MONDAY);
    }

    /**
     * Buckets over {@code [from, to)}.
     *
     * @param from      start of the horizon (inclusive)
     * @param to        end of the horizon (exclusive); must be after {@code from}
     * @param size      day, week or month
     * @param zone      the time zone whose local midnights cut the buckets
     * @param weekStart the first day of a week bucket (ignored for days and months)
     * @throws IllegalArgumentException when the horizon is empty or reversed
     */
    public static Buckets between(Instant from, Instant to, BucketSize size, ZoneId zone, DayOfWeek weekStart) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(weekStart, "weekStart");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the horizon must end after it starts: from " + from + " to " + to);
        }
        List<Bucket> out = new ArrayList<>();
        LocalDate period = periodStart(LocalDate.ofInstant(from, zone), size, weekStart);
        Instant periodStart = period.atStartOfDay(zone).toInstant();
        while (periodStart.isBefore(to)) {
            LocalDate next = next(period, size);
            Instant periodEnd = next.atStartOfDay(zone).toInstant();
            Instant start = periodStart.isBefore(from) ? from : periodStart;
            Instant end = periodEnd.isAfter(to) ? to : periodEnd;
            boolean partial = !start.equals(periodStart) || !end.equals(periodEnd);
            out.add(new Bucket(start, end, size, period, label(period, next, size, weekStart), partial));
            period = next;
            periodStart = periodEnd;
        }
        return new Buckets(out, size, zone, weekStart);
    }

    private static LocalDate periodStart(LocalDate day, BucketSize size, DayOfWeek weekStart) {
        switch (size) {
            case DAY:
                return day;
            case WEEK:
                return day.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH:
                return day.withDayOfMonth(1);
            default:
                throw new IllegalArgumentException("unknown bucket size " + size);
        }
    }

    private static LocalDate next(LocalDate period, BucketSize size) {
        switch (size) {
            case DAY:
                return period.plusDays(1);
            case WEEK:
                return period.plusWeeks(1);
            case MONTH:
                return period.plusMonths(1);
            default:
                throw new IllegalArgumentException("unknown bucket size " + size);
        }
    }

    private static String label(LocalDate period, LocalDate next, BucketSize size, DayOfWeek weekStart) {
        switch (size) {
            case DAY:
                return period.toString();
            case WEEK:
                if (weekStart == DayOfWeek.MONDAY) {
                    return String.format("%d-W%02d", period.get(IsoFields.WEEK_BASED_YEAR),
                            period.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                }
                return period + "/" + next.minusDays(1);
            case MONTH:
                return String.format("%d-%02d", period.getYear(), period.getMonthValue());
            default:
                throw new IllegalArgumentException("unknown bucket size " + size);
        }
    }

    /** The buckets, in time order. */
    public List<Bucket> list() {
        return buckets;
    }

    /** How many buckets. */
    public int size() {
        return buckets.size();
    }

    /** The bucket at {@code index} (0 is the first). */
    public Bucket get(int index) {
        return buckets.get(index);
    }

    /** The first bucket. */
    public Bucket first() {
        return buckets.get(0);
    }

    /** The last bucket. */
    public Bucket last() {
        return buckets.get(buckets.size() - 1);
    }

    /** The start of the horizon (the first bucket's start). */
    public Instant start() {
        return first().start();
    }

    /** The end of the horizon (the last bucket's end, exclusive). */
    public Instant end() {
        return last().end();
    }

    /** The whole horizon as an interval. */
    public Interval horizon() {
        return new Interval(start(), end());
    }

    /** Day, week or month. */
    public BucketSize bucketSize() {
        return size;
    }

    /** The time zone that cuts the buckets. */
    public ZoneId zone() {
        return zone;
    }

    /** The first day of a week bucket. */
    public DayOfWeek weekStart() {
        return weekStart;
    }

    /** The index of the bucket containing {@code instant}, or -1 when it is outside the horizon. */
    public int indexOf(Instant instant) {
        if (instant.isBefore(start()) || !instant.isBefore(end())) {
            return -1;
        }
        int lo = 0;
        int hi = buckets.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (buckets.get(mid).start().isAfter(instant)) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    @Override
    public Iterator<Bucket> iterator() {
        return buckets.iterator();
    }

    @Override
    public String toString() {
        return size + " buckets in " + zone + " " + horizon();
    }
}
