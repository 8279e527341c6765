package dev.takt.domain;

import dev.takt.domain.ForecastBuckets.Bucketed;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-cutting forecast lines into other buckets; every expected figure is worked out by hand in the comments. */
class ForecastBucketsTest {

    private static final ItemCode BOLT = new ItemCode("BOLT");

    private static ForecastLine line(int n, String start, BucketSize size, String quantity, String unit) {
        return new ForecastLine(n, BOLT, "WH", new DateBucket(LocalDate.parse(start), size),
                new Quantity(new BigDecimal(quantity), unit));
    }

    private static List<String> amounts(List<Bucketed> buckets) {
        return buckets.stream().map(b -> b.quantity().amount().toPlainString()).toList();
    }

    @Test
    void aMonthSpreadOverMondayWeeks() {
        // March 2026 has 31 days, so 310 is 10 a day. 1 March is a Sunday: the week of Mon 23 Feb gets 1 day (10),
        // the weeks of 2, 9, 16 and 23 March get 7 days each (70), the week of Mon 30 March gets 30 and 31 (20).
        List<Bucketed> weeks = ForecastBuckets.rebucket(List.of(line(1, "2026-03-01", BucketSize.MONTH, "310",
                "Units")), BucketSize.WEEK, DayOfWeek.MONDAY, null, null);
        assertEquals(List.of("10", "70", "70", "70", "70", "20"), amounts(weeks));
        assertEquals(LocalDate.parse("2026-02-23"), weeks.get(0).period().start());
        assertEquals(LocalDate.parse("2026-03-01"), weeks.get(0).first(), "only 1 March is counted");
        assertTrue(weeks.get(0).partial());
        assertFalse(weeks.get(1).partial());
        assertEquals("2026-W10", weeks.get(1).period().label());
    }

    @Test
    void weeksIntoMonthsAcrossTheMonthEnd() {
        // Week of Mon 23 March: 7 days at 10 → March. Week of Mon 30 March (140 → 20 a day): 30 and 31 March (40) to
        // March, 1–5 April (100) to April. March = 70 + 40 = 110, April = 100.
        List<Bucketed> months = ForecastBuckets.rebucket(List.of(
                line(1, "2026-03-23", BucketSize.WEEK, "70", "Units"),
                line(2, "2026-03-30", BucketSize.WEEK, "140", "Units")), BucketSize.MONTH, DayOfWeek.MONDAY,
                null, null);
        assertEquals(List.of("110", "100"), amounts(months));
        assertEquals("2026-03", months.get(0).period().label());
    }

    @Test
    void daysClippedByTheHorizonAndUnevenShares() {
        // A week of 10 is 10/7 a day = 1.4285714286 (10 decimals kept). From Wednesday 25 to Thursday 26 March:
        // two days, each 1.4285714286 → rounded to 6 decimals 1.428571.
        List<Bucketed> days = ForecastBuckets.rebucket(List.of(line(1, "2026-03-23", BucketSize.WEEK, "10", "Units")),
                BucketSize.DAY, DayOfWeek.MONDAY, LocalDate.parse("2026-03-25"), LocalDate.parse("2026-03-26"));
        assertEquals(List.of("1.428571", "1.428571"), amounts(days));
        // The same week as a Sunday-start week bucket, clipped to Wed–Thu: the week of Sun 22 March holds 2 days.
        List<Bucketed> week = ForecastBuckets.rebucket(List.of(line(1, "2026-03-23", BucketSize.WEEK, "10",
                "Units")), BucketSize.WEEK, DayOfWeek.SUNDAY, LocalDate.parse("2026-03-25"),
                LocalDate.parse("2026-03-26"));
        assertEquals(List.of("2.857143"), amounts(week));
        assertEquals(LocalDate.parse("2026-03-22"), week.get(0).period().start());
    }

    @Test
    void unitsAndLocationsStayApartAndOverlapsAddUp() {
        // Two lines for the same week in Units add up (7 + 14 = 21); a line in Dozens stays its own row.
        List<Bucketed> weeks = ForecastBuckets.rebucket(List.of(
                line(1, "2026-03-23", BucketSize.WEEK, "7", "Units"),
                line(2, "2026-03-23", BucketSize.WEEK, "14", "Units"),
                line(3, "2026-03-23", BucketSize.WEEK, "2", "Dozens")), BucketSize.WEEK, DayOfWeek.MONDAY, null,
                null);
        assertEquals(List.of("2", "21"), amounts(weeks), "Dozens sorts before Units");
        assertEquals(List.of("Dozens", "Units"), weeks.stream().map(b -> b.quantity().unit()).toList());
    }

    @Test
    void aReversedRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ForecastBuckets.rebucket(List.of(), BucketSize.DAY,
                DayOfWeek.MONDAY, LocalDate.parse("2026-03-26"), LocalDate.parse("2026-03-25")));
    }
}
