package dev.takt.api.graphql;

import dev.takt.domain.time.BucketSize;

import java.time.Duration;
import java.time.Instant;

/** Checks a bucketed horizon given as arguments: ordered, and not so long that the answer would be huge. */
final class Horizon {

    /** Longest horizon a bucketed field accepts. */
    static final Duration MAX = Duration.ofDays(3 * 366);

    private Horizon() {
    }

    static void check(Instant from, Instant to, BucketSize bucket) {
        if (!from.isBefore(to)) {
            throw new InvalidArgumentException("to", "must be after 'from' (" + from + " .. " + to + ")");
        }
        if (Duration.between(from, to).compareTo(MAX) > 0) {
            throw new InvalidArgumentException("to", "the horizon may span at most " + MAX.toDays() + " days");
        }
        if (bucket == null) {
            throw new InvalidArgumentException("bucket", "must be DAY, WEEK or MONTH");
        }
    }
}
