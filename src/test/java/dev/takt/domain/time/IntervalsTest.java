package dev.takt.domain.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalsTest {

    private static Interval hours(int from, int to) {
        Instant base = Instant.parse("2026-03-23T00:00:00Z");
        return new Interval(base.plusSeconds(from * 3600L), base.plusSeconds(to * 3600L));
    }

    @Test
    void unionMergesOverlappingAndTouchingIntervals() {
        assertEquals(List.of(hours(1, 5), hours(7, 8)),
                Intervals.union(List.of(hours(3, 5), hours(7, 8), hours(1, 4), hours(4, 4), hours(2, 3))));
    }

    @Test
    void minusRemovesEachInstantOnce() {
        // [8,12) and [13,17) minus the overlapping [9,10) and [9,11) and [16,20): [8,9) [11,12) [13,16) = 5 h
        List<Interval> left = Intervals.minus(List.of(hours(8, 12), hours(13, 17)),
                List.of(hours(9, 10), hours(9, 11), hours(16, 20)));
        assertEquals(List.of(hours(8, 9), hours(11, 12), hours(13, 16)), left);
        assertEquals(Duration.ofHours(5), Intervals.total(left));
    }

    @Test
    void clipKeepsThePartsInsideTheWindow() {
        assertEquals(List.of(hours(10, 12), hours(13, 14)),
                Intervals.clip(List.of(hours(8, 12), hours(13, 17)), hours(10, 14)));
    }

    @Test
    void intersectionAndOverlap() {
        assertEquals(hours(2, 3), hours(0, 3).intersection(hours(2, 5)).orElseThrow());
        assertTrue(hours(0, 2).intersection(hours(2, 5)).isEmpty(), "half-open: touching is not overlapping");
        assertThrows(IllegalArgumentException.class, () -> hours(3, 2));
        assertEquals(1.5, new Interval(hours(0, 0).start(), hours(0, 0).start().plusSeconds(5400)).hours());
    }
}
