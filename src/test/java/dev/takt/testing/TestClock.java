package dev.takt.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it (UTC). Thread-safe. */
public final class TestClock extends Clock {

    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    public TestClock(String start) {
        this(Instant.parse(start));
    }

    /** Moves the clock forward (or back, with a negative duration); returns the new time. */
    public synchronized Instant advance(Duration by) {
        now = now.plus(by);
        return now;
    }

    /** Moves the clock forward by whole seconds; returns the new time. */
    public Instant advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    /** Sets the clock. */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("a test clock is UTC only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
