package dev.takt.sync.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: before attempt {@code n + 1} (after {@code n} failed attempts) wait
 * {@code min(max, initial × 2^(n-1))}, of which a random share up to {@code jitter} is taken off, so that commands
 * failing together do not come back together.
 *
 * @param initial wait after the first failure
 * @param max     longest wait
 * @param jitter  share of the wait that is random, in [0, 1]
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff jitter must be between 0 and 1, got " + jitter);
        }
    }

    /** The wait after {@code failures} failed attempts (at least 1), with {@code random} in [0, 1). */
    public Duration delay(int failures, DoubleSupplier random) {
        int n = Math.max(1, failures);
        long base = initial.toMillis();
        long cap = max.toMillis();
        long wait = n - 1 >= 62 ? cap : Math.min(cap, base << Math.min(n - 1, 40));
        if (wait < 0) {
            wait = cap;
        }
        long jittered = Math.round(wait * (1 - jitter * random.getAsDouble()));
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
