package dev.takt.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One planning bucket: the half-open interval {@code [start, end)} of instants, and the local period it belongs to.
 *
 * <p>A bucket is <em>partial</em> when the horizon clips it: its {@code start} is after the period's first local
 * midnight, or its {@code end} before the period's last. Its {@code label} and {@code period} are those of the whole
 * period either way.
 *
 * @param start   first instant inside
 * @param end     first instant after
 * @param size    day, week or month
 * @param period  the local date the whole (unclipped) period starts on
 * @param label   the period's name: {@code 2026-03-29} for a day, {@code 2026-W13} for an ISO week (weeks starting
 *                Monday), {@code 2026-03-22/2026-03-28} for a week starting another day, {@code 2026-03} for a month
 * @param partial true when the horizon clips the period
 */
public record Bucket(Instant start, Instant end, BucketSize size, LocalDate period, String label, boolean partial) {

    public Bucket {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(label, "label");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("bucket " + label + " is empty or reversed: " + start + " to " + end);
        }
    }

    /** The bucket as an interval. */
    public Interval interval() {
        return new Interval(start, end);
    }

    /** Its length (a day bucket lasts 23 or 25 hours when the clocks change). */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** True when {@code start <= instant < end}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    @Override
    public String toString() {
        return label + (partial ? " (partial) " : " ") + interval();
    }
}
