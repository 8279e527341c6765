package dev.takt.domain.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BRUSSELS).toInstant();
    }

    private static List<Long> hours(Buckets buckets) {
        return buckets.list().stream().map(b -> b.duration().toHours()).collect(Collectors.toList());
    }

    @Test
    void dayBucketsAcrossTheStartOfSummerTime() {
        // Last week of March 2026: summer time starts Sunday 2026-03-29 at 02:00 (CET +01 -> CEST +02),
        // so that local day lasts 23 hours; every other day 24.
        Buckets days = Buckets.between(local("2026-03-23T00:00"), local("2026-03-30T00:00"), BucketSize.DAY,
                BRUSSELS);

        assertEquals(7, days.size());
        assertEquals(List.of(24L, 24L, 24L, 24L, 24L, 24L, 23L), hours(days));
        assertEquals(List.of("2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28",
                "2026-03-29"), days.list().stream().map(Bucket::label).collect(Collectors.toList()));
        assertTrue(days.list().stream().noneMatch(Bucket::partial));
        // Sunday: 2026-03-28T23:00Z (00:00 CET) to 2026-03-29T22:00Z (00:00 CEST)
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), days.get(6).start());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), days.get(6).end());
    }

    @Test
    void dayBucketAtTheEndOfSummerTimeLasts25Hours() {
        // Summer time ends Sunday 2026-10-25 at 03:00 CEST -> 02:00 CET.
        Buckets days = Buckets.between(local("2026-10-24T00:00"), local("2026-10-27T00:00"), BucketSize.DAY,
                BRUSSELS);
        assertEquals(List.of(24L, 25L, 24L), hours(days));
    }

    @Test
    void weekBucketsStartOnMondayWithIsoLabels() {
        // Four Monday weeks of March 2026; the last contains the 23-hour Sunday: 7 * 24 - 1 = 167 hours.
        Buckets weeks = Buckets.between(local("2026-03-02T00:00"), local("2026-03-30T00:00"), BucketSize.WEEK,
                BRUSSELS);

        assertEquals(List.of("2026-W10", "2026-W11", "2026-W12", "2026-W13"),
                weeks.list().stream().map(Bucket::label).collect(Collectors.toList()));
        assertEquals(List.of(168L, 168L, 168L, 167L), hours(weeks));
        assertEquals(DayOfWeek.MONDAY, weeks.weekStart());
        assertTrue(weeks.list().stream().noneMatch(Bucket::partial));
    }

    @Test
    void weekBucketsFromAnotherWeekdayAndPartialEnds() {
        // Weeks from Sunday; horizon Wednesday 2026-03-04 12:00 to Wednesday 2026-03-18 00:00:
        //   [Wed 03-04 12:00, Sun 03-08 00:00)  partial, period Sunday 03-01: 3.5 days = 84 h
        //   [Sun 03-08, Sun 03-15)              full: 168 h
        //   [Sun 03-15, Wed 03-18 00:00)        partial: 3 days = 72 h
        Buckets weeks = Buckets.between(local("2026-03-04T12:00"), local("2026-03-18T00:00"), BucketSize.WEEK,
                BRUSSELS, DayOfWeek.SUNDAY);

        assertEquals(3, weeks.size());
        assertEquals(List.of(84L, 168L, 72L), hours(weeks));
        assertEquals(List.of(true, false, true),
                weeks.list().stream().map(Bucket::partial).collect(Collectors.toList()));
        assertEquals(LocalDate.of(2026, 3, 1), weeks.first().period());
        assertEquals("2026-03-01/2026-03-07", weeks.first().label());
        assertEquals(local("2026-03-04T12:00"), weeks.start());
        assertEquals(local("2026-03-18T00:00"), weeks.end());
    }

    @Test
    void aWeekFromWednesdayNoonIsPartial() {
        Buckets weeks = Buckets.between(local("2026-03-25T12:00"), local("2026-03-30T00:00"), BucketSize.WEEK,
                BRUSSELS);
        assertEquals(1, weeks.size());
        assertTrue(weeks.first().partial());
        assertEquals("2026-W13", weeks.first().label());
        // Wed 12:00 -> Mon 00:00 is 4.5 days = 108 h, minus the hour summer time takes: 107 h
        assertEquals(Duration.ofHours(107), weeks.first().duration());
    }

    @Test
    void isoWeekLabelsAcrossTheYearEnd() {
        // 2026 has 53 ISO weeks; 2024-12-30 belongs to 2025-W01.
        Buckets weeks = Buckets.between(local("2026-12-28T00:00"), local("2027-01-11T00:00"), BucketSize.WEEK,
                BRUSSELS);
        assertEquals(List.of("2026-W53", "2027-W01"),
                weeks.list().stream().map(Bucket::label).collect(Collectors.toList()));
        assertEquals("2025-W01", Buckets.between(local("2024-12-30T00:00"), local("2025-01-06T00:00"),
                BucketSize.WEEK, BRUSSELS).first().label());
    }

    @Test
    void monthBucketsStartOnTheFirst() {
        // From 2026-01-15 to 2026-04-01:
        //   January, partial: 15th..31st = 17 days = 408 h
        //   February: 28 days = 672 h
        //   March: 31 days minus the summer-time hour = 743 h
        Buckets months = Buckets.between(local("2026-01-15T00:00"), local("2026-04-01T00:00"), BucketSize.MONTH,
                BRUSSELS);

        assertEquals(List.of("2026-01", "2026-02", "2026-03"),
                months.list().stream().map(Bucket::label).collect(Collectors.toList()));
        assertEquals(List.of(408L, 672L, 743L), hours(months));
        assertEquals(List.of(true, false, false),
                months.list().stream().map(Bucket::partial).collect(Collectors.toList()));
        assertEquals(LocalDate.of(2026, 1, 1), months.first().period());
    }

    @Test
    void bucketsFollowTheZoneNotUtc() {
        // Midnight in Brussels in winter is 23:00 UTC the day before.
        Buckets days = Buckets.between(Instant.parse("2026-01-05T23:00:00Z"), Instant.parse("2026-01-06T23:00:00Z"),
                BucketSize.DAY, BRUSSELS);
        assertEquals(1, days.size());
        assertEquals("2026-01-06", days.first().label());
        assertFalse(days.first().partial());

        // The same instants cut in UTC give two partial days.
        Buckets utc = Buckets.between(Instant.parse("2026-01-05T23:00:00Z"), Instant.parse("2026-01-06T23:00:00Z"),
                BucketSize.DAY, ZoneId.of("UTC"));
        assertEquals(List.of(1L, 23L), hours(utc));
        assertTrue(utc.first().partial() && utc.last().partial());
    }

    @Test
    void indexOfFindsTheBucketOfAnInstant() {
        Buckets days = Buckets.between(local("2026-03-23T00:00"), local("2026-03-30T00:00"), BucketSize.DAY,
                BRUSSELS);
        assertEquals(0, days.indexOf(local("2026-03-23T00:00")));
        assertEquals(2, days.indexOf(local("2026-03-25T23:59")));
        assertEquals(6, days.indexOf(local("2026-03-29T23:59")));
        assertEquals(-1, days.indexOf(local("2026-03-22T23:59")));
        assertEquals(-1, days.indexOf(local("2026-03-30T00:00")), "the horizon's end is outside it");
    }

    @Test
    void anEmptyOrReversedHorizonIsRejected() {
        Instant t = local("2026-03-23T00:00");
        assertThrows(IllegalArgumentException.class, () -> Buckets.between(t, t, BucketSize.DAY, BRUSSELS));
        assertThrows(IllegalArgumentException.class,
                () -> Buckets.between(t, t.minusSeconds(1), BucketSize.DAY, BRUSSELS));
    }
}
