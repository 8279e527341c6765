package dev.takt.domain.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A planning bucket named by local dates, as planners exchange them: it starts on {@code start} and lasts one
 * {@link BucketSize} (a day, seven days, or a calendar month: 2026-01-31 + one month ends on 2026-02-27). Time zones
 * come in only when it becomes a {@link Bucket} of instants ({@link #in}).
 *
 * @param start the first day
 * @param size  day, week or month
 */
public record DateBucket(LocalDate start, BucketSize size) {

    public DateBucket {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(size, "size");
    }

    /** The first day after the bucket. */
    public LocalDate next() {
        return switch (size) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The last day inside the bucket. */
    public LocalDate lastDay() {
        return next().minusDays(1);
    }

    /** True when both buckets share at least one day. */
    public boolean overlaps(DateBucket other) {
        return !start.isAfter(other.lastDay()) && !other.start().isAfter(lastDay());
    }

    /**
     * Its name: {@code 2026-03-29} for a day, {@code 2026-W13} for a week starting on Monday, {@code 2026-03} for a
     * month starting on the 1st, otherwise {@code first/last day}.
     */
    public String label() {
        return switch (size) {
            case DAY -> start.toString();
            case WEEK -> start.getDayOfWeek() == DayOfWeek.MONDAY
                    ? String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    : start + "/" + lastDay();
            case MONTH -> start.getDayOfMonth() == 1 ? start.toString().substring(0, 7) : start + "/" + lastDay();
        };
    }

    /** The bucket as instants: from local midnight of {@code start} to local midnight of {@link #next()}. */
    public Bucket in(ZoneId zone) {
        return new Bucket(start.atStartOfDay(zone).toInstant(), next().atStartOfDay(zone).toInstant(), size, start,
                label(), false);
    }

    @Override
    public String toString() {
        return size + " " + start + (size == BucketSize.DAY ? "" : " to " + lastDay());
    }
}
