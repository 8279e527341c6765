package dev.takt.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Set operations on lists of {@link Interval}s: union (so that overlapping periods count once), difference and
 * clipping. Every result is sorted, non-empty and non-overlapping.
 */
public final class Intervals {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private Intervals() {
    }

    /** The union of {@code intervals}: sorted, overlapping or touching intervals merged, empty ones dropped. */
    public static List<Interval> union(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.removeIf(Interval::isEmpty);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> out = new ArrayList<>();
        Instant s = null;
        Instant e = null;
        for (Interval i : sorted) {
            if (s == null) {
                s = i.start();
                e = i.end();
            } else if (!i.start().isAfter(e)) {
                e = i.end().isAfter(e) ? i.end() : e;
            } else {
                out.add(new Interval(s, e));
                s = i.start();
                e = i.end();
            }
        }
        if (s != null) {
            out.add(new Interval(s, e));
        }
        return out;
    }

    /** The instants of {@code from} that are in none of {@code remove}. */
    public static List<Interval> minus(Collection<Interval> from, Collection<Interval> remove) {
        List<Interval> base = union(from);
        List<Interval> holes = union(remove);
        List<Interval> out = new ArrayList<>();
        int h = 0;
        for (Interval piece : base) {
            Instant cursor = piece.start();
            while (h < holes.size() && !holes.get(h).end().isAfter(cursor)) {
                h++;
            }
            int k = h;
            while (k < holes.size() && holes.get(k).start().isBefore(piece.end())) {
                Interval hole = holes.get(k);
                if (hole.start().isAfter(cursor)) {
                    out.add(new Interval(cursor, hole.start()));
                }
                if (hole.end().isAfter(cursor)) {
                    cursor = hole.end();
                }
                k++;
            }
            if (cursor.isBefore(piece.end())) {
                out.add(new Interval(cursor, piece.end()));
            }
        }
        return out;
    }

    /** The parts of {@code intervals} inside {@code window}, in order. */
    public static List<Interval> clip(Collection<Interval> intervals, Interval window) {
        List<Interval> out = new ArrayList<>();
        for (Interval i : union(intervals)) {
            i.intersection(window).ifPresent(out::add);
        }
        return out;
    }

    /** The total length of {@code intervals}, counting overlapping instants once. */
    public static Duration total(Collection<Interval> intervals) {
        Duration sum = Duration.ZERO;
        for (Interval i : union(intervals)) {
            sum = sum.plus(i.duration());
        }
        return sum;
    }

    /** A duration in hours, as a decimal number (exact to the nanosecond up to double precision). */
    public static double hours(Duration d) {
        return (d.getSeconds() + d.getNano() / 1e9) / SECONDS_PER_HOUR;
    }
}
