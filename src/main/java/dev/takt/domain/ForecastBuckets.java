package dev.takt.domain;

import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Forecast lines re-cut into other buckets, so that a forecast submitted by month can be shown by week or by day
 * (and the reverse) next to execution data.
 *
 * <p>The rule: a line's quantity is spread evenly over the calendar days of its bucket (a week of 70 is 10 a day,
 * March's 310 is 10 a day), and a target bucket gets the sum of its days. Days outside {@code [from, to]} are left
 * out, so the first and last buckets may be partial ({@link Bucketed#first()} / {@link Bucketed#last()} say which
 * days they hold). Lines are added up per item, location and unit; lines in different units stay apart (converting
 * them needs the item's units, which is the caller's business). Quantities are exact to
 * {@value Quantity#MAX_DECIMALS} decimals per day; each bucket's sum is rounded half-even to that scale.
 */
public final class ForecastBuckets {

    private static final int SCALE = Quantity.MAX_DECIMALS + 4;

    private ForecastBuckets() {
    }

    /**
     * One re-cut bucket of an item's forecast at a location.
     *
     * @param period the whole period (a day, a week starting on the chosen day, a calendar month)
     * @param first  the first day counted (later than the period's start when {@code from} cuts it)
     * @param last   the last day counted
     */
    public record Bucketed(ItemCode item, String location, DateBucket period, LocalDate first, LocalDate last,
            Quantity quantity) {

        /** True when {@code from} or {@code to} cut the period. */
        public boolean partial() {
            return !first.equals(period.start()) || !last.equals(period.lastDay());
        }
    }

    /**
     * The lines re-cut into buckets of {@code size}, ordered by item, location, unit, then period.
     *
     * @param weekStart the first day of a week bucket
     * @param from      first day counted, or null for no limit
     * @param to        last day counted, or null for no limit
     */
    public static List<Bucketed> rebucket(List<ForecastLine> lines, BucketSize size, DayOfWeek weekStart,
            LocalDate from, LocalDate to) {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(weekStart, "weekStart");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the last day " + to + " is before the first day " + from);
        }
        Map<Key, Map<LocalDate, Sum>> sums = new TreeMap<>();
        for (ForecastLine line : lines) {
            DateBucket bucket = line.bucket();
            LocalDate first = max(bucket.start(), from);
            LocalDate last = min(bucket.lastDay(), to);
            if (last.isBefore(first)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(bucket.start(), bucket.next());
            BigDecimal perDay = line.quantity().amount().divide(BigDecimal.valueOf(days), SCALE, RoundingMode.HALF_EVEN);
            Map<LocalDate, Sum> periods = sums.computeIfAbsent(
                    new Key(line.item().value(), line.location(), line.quantity().unit()), k -> new TreeMap<>());
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                periods.computeIfAbsent(periodStart(day, size, weekStart), p -> new Sum()).add(day, perDay);
            }
        }
        List<Bucketed> out = new ArrayList<>();
        sums.forEach((key, periods) -> periods.forEach((start, sum) -> out.add(new Bucketed(new ItemCode(key.item),
                key.location, new DateBucket(start, size), sum.first, sum.last, new Quantity(
                        sum.total.setScale(Quantity.MAX_DECIMALS, RoundingMode.HALF_EVEN), key.unit)))));
        return out;
    }

    private static LocalDate periodStart(LocalDate day, BucketSize size, DayOfWeek weekStart) {
        return switch (size) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate max(LocalDate day, LocalDate bound) {
        return bound != null && bound.isAfter(day) ? bound : day;
    }

    private static LocalDate min(LocalDate day, LocalDate bound) {
        return bound != null && bound.isBefore(day) ? bound : day;
    }

    private record Key(String item, String location, String unit) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::item).thenComparing(Key::location)
                .thenComparing(Key::unit);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private LocalDate first;
        private LocalDate last;

        void add(LocalDate day, BigDecimal amount) {
            total = total.add(amount);
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
    }
}
