package dev.takt.domain.capacity;

import dev.takt.domain.time.Bucket;
import dev.takt.domain.time.Buckets;
import dev.takt.domain.time.Interval;
import dev.takt.domain.time.Intervals;

import java.time.Duration;
import java.util.List;

/** Splits sorted, disjoint intervals over buckets. */
final class BucketHours {

    private BucketHours() {
    }

    /** Hours of {@code intervals} (sorted, disjoint) inside each bucket, by bucket index. */
    static double[] of(List<Interval> intervals, Buckets buckets) {
        double[] hours = new double[buckets.size()];
        int first = 0;
        for (int b = 0; b < buckets.size(); b++) {
            Bucket bucket = buckets.get(b);
            while (first < intervals.size() && !intervals.get(first).end().isAfter(bucket.start())) {
                first++;
            }
            Duration d = Duration.ZERO;
            for (int i = first; i < intervals.size() && intervals.get(i).start().isBefore(bucket.end()); i++) {
                Interval part = intervals.get(i).intersection(bucket.interval()).orElse(null);
                if (part != null) {
                    d = d.plus(part.duration());
                }
            }
            hours[b] = Intervals.hours(d);
        }
        return hours;
    }
}
