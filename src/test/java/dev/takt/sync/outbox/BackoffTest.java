package dev.takt.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.5);

    @Test
    void doublesAtEachFailureUpToTheCap() {
        assertEquals(1_000, backoff.delay(1, () -> 0).toMillis());
        assertEquals(2_000, backoff.delay(2, () -> 0).toMillis());
        assertEquals(4_000, backoff.delay(3, () -> 0).toMillis());
        assertEquals(256_000, backoff.delay(9, () -> 0).toMillis());
        assertEquals(300_000, backoff.delay(10, () -> 0).toMillis());
        assertEquals(300_000, backoff.delay(1_000, () -> 0).toMillis());
    }

    @Test
    void jitterTakesOffAtMostItsShare() {
        // 4 s wait, jitter 0.5: a draw of 0.999 takes off 0.4995 × 4 s = 1998 ms
        assertEquals(2_002, backoff.delay(3, () -> 0.999).toMillis());
        assertEquals(3_000, backoff.delay(3, () -> 0.5).toMillis());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5));
    }
}
