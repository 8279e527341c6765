package dev.takt.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open interval of instants {@code [start, end)}; empty when {@code start} equals {@code end}.
 *
 * @param start first instant inside
 * @param end   first instant after; never before {@code start}
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Its length. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Its length in hours, as a decimal number. */
    public double hours() {
        return Intervals.hours(duration());
    }

    /** True when it contains no instant. */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /** True when {@code start <= instant < end}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True when both share at least one instant. */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The instants both share, or empty when they share none. */
    public Optional<Interval> intersection(Interval other) {
        Instant s = start.isAfter(other.start) ? start : other.start;
        Instant e = end.isBefore(other.end) ? end : other.end;
        return s.isBefore(e) ? Optional.of(new Interval(s, e)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
