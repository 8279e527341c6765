package dev.takt.domain.atp;

import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.Buckets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvailableToPromiseTest {

    private static final double EPS = 1e-9;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BRUSSELS).toInstant();
    }

    /** Four Monday weeks: W15 from 2026-04-06, W16 04-13, W17 04-20, W18 04-27; the horizon ends 2026-05-04. */
    private static final Buckets FOUR_WEEKS = Buckets.between(local("2026-04-06T00:00"), local("2026-05-04T00:00"),
            BucketSize.WEEK, BRUSSELS);

    private static final Supply LATE_PO = new Supply(local("2026-04-01T10:00"), 5, SupplyKind.PO, "P00017");
    private static final Supply MO_WEEK_3 = new Supply(local("2026-04-22T12:00"), 20, SupplyKind.MO, "WH/MO/00042");
    private static final Demand SO_WEEK_2 = new Demand(local("2026-04-15T09:00"), 12, "S00031", true);
    private static final Demand SO_WEEK_4 = new Demand(local("2026-04-29T09:00"), 15, "S00035", true);

    /** On hand 10, reserved 2, late PO 5, MO 20 in week 3, demand 12 in week 2 and 15 in week 4. */
    private static AvailableToPromise classic() {
        return AvailableToPromise.of(10, 2, List.of(LATE_PO, MO_WEEK_3), List.of(SO_WEEK_2, SO_WEEK_4), FOUR_WEEKS);
    }

    private static List<Double> column(AvailableToPromise atp, ToDoubleFunction<AtpBucket> f) {
        return atp.buckets().stream().map(b -> f.applyAsDouble(b)).collect(Collectors.toList());
    }

    private static void assertColumn(List<Double> expected, List<Double> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), EPS, "bucket " + i + " of " + actual);
        }
    }

    @Test
    void theClassicExamplePerBucket() {
        // available = on hand 10 - reserved 2 = 8
        //            opening  supply  demand  net   cumulative  promisable (min of cumulative from here on)
        // W15          8        5       0     +5       13          1      (late PO counted here, flagged)
        // W16         13        0      12    -12        1          1
        // W17          1       20       0    +20       21          6
        // W18         21        0      15    -15        6          6
        AvailableToPromise atp = classic();

        assertEquals(8.0, atp.available(), EPS);
        assertEquals(List.of("2026-W15", "2026-W16", "2026-W17", "2026-W18"),
                atp.buckets().stream().map(b -> b.bucket().label()).collect(Collectors.toList()));
        assertColumn(List.of(8.0, 13.0, 1.0, 21.0), column(atp, AtpBucket::opening));
        assertColumn(List.of(5.0, 0.0, 20.0, 0.0), column(atp, AtpBucket::supply));
        assertColumn(List.of(0.0, 12.0, 0.0, 15.0), column(atp, AtpBucket::demand));
        assertColumn(List.of(5.0, -12.0, 20.0, -15.0), column(atp, AtpBucket::net));
        assertColumn(List.of(13.0, 1.0, 21.0, 6.0), column(atp, AtpBucket::cumulative));
        assertColumn(List.of(1.0, 1.0, 6.0, 6.0), column(atp, AtpBucket::promisable));

        AtpBucket first = atp.buckets().get(0);
        assertTrue(first.late());
        assertEquals(5.0, first.pastDueSupply(), EPS);
        assertEquals(List.of(LATE_PO), atp.lateSupply());
        assertFalse(atp.buckets().get(1).late());
    }

    @Test
    void promiseDates() {
        // Balance over time: 13 from the horizon start (8 + late PO 5), 1 after S00031 (04-15 09:00),
        // 21 after WH/MO/00042 (04-22 12:00), 6 after S00035 (04-29 09:00).
        AvailableToPromise atp = classic();

        // 1: the balance never falls below 1 -> at once
        assertEquals(Optional.of(local("2026-04-06T00:00")), atp.promiseDate(1));
        assertEquals(Optional.of(local("2026-04-06T00:00")), atp.promiseDate(0));
        // 2 to 6: from the MO on (21, then 6); earlier, S00031 leaves only 1
        assertEquals(Optional.of(local("2026-04-22T12:00")), atp.promiseDate(2));
        assertEquals(Optional.of(local("2026-04-22T12:00")), atp.promiseDate(6));
        // 7: S00035 leaves 6 at the end -> never within the horizon (though 13 are there today)
        assertEquals(Optional.empty(), atp.promiseDate(7));
        assertThrows(IllegalArgumentException.class, () -> atp.promiseDate(-1));
    }

    @Test
    void pastDueDemandCountsInTheFirstBucket() {
        // On hand 10, reserved 0; overdue delivery of 4 (dated 03-30) and one of 3 not confirmed (dated 04-02).
        // W15: opening 10, demand 4 (past due), cumulative 6; the unconfirmed 3 is shown, not subtracted.
        Demand overdue = new Demand(local("2026-03-30T09:00"), 4, "S00020", true);
        Demand quotation = new Demand(local("2026-04-02T09:00"), 3, "S00021", false);
        AvailableToPromise atp = AvailableToPromise.of(10, 0, List.of(), List.of(overdue, quotation), FOUR_WEEKS);

        AtpBucket first = atp.buckets().get(0);
        assertEquals(4.0, first.demand(), EPS);
        assertEquals(4.0, first.pastDueDemand(), EPS);
        assertEquals(3.0, first.uncommittedDemand(), EPS);
        assertEquals(6.0, first.cumulative(), EPS);
        assertTrue(first.late());
        assertEquals(List.of(overdue, quotation), atp.lateDemand());
        assertEquals(Optional.of(local("2026-04-06T00:00")), atp.promiseDate(6));
        assertEquals(Optional.empty(), atp.promiseDate(6.5));
    }

    @Test
    void uncommittedDemandConsumesNothing() {
        // The classic example plus a quotation of 5 in W16: cumulative unchanged, shown in its column.
        AvailableToPromise atp = AvailableToPromise.of(10, 2, List.of(LATE_PO, MO_WEEK_3),
                List.of(SO_WEEK_2, SO_WEEK_4, new Demand(local("2026-04-14T09:00"), 5, "S00033", false)), FOUR_WEEKS);
        assertColumn(List.of(0.0, 5.0, 0.0, 0.0), column(atp, AtpBucket::uncommittedDemand));
        assertColumn(List.of(13.0, 1.0, 21.0, 6.0), column(atp, AtpBucket::cumulative));
    }

    @Test
    void eventsAfterTheHorizonAreListedNotCounted() {
        // A planned order of 50 on 2026-05-04 00:00 (the horizon's end, exclusive) and demand of 6 later:
        // neither changes the grid, both are listed. Promising 7 stays impossible within the horizon.
        Supply later = new Supply(local("2026-05-04T00:00"), 50, SupplyKind.PLANNED_ORDER, "PLAN-3");
        Demand farAway = new Demand(local("2026-06-01T00:00"), 6, "S00040", true);
        AvailableToPromise atp = AvailableToPromise.of(10, 2, List.of(LATE_PO, MO_WEEK_3, later),
                List.of(SO_WEEK_2, SO_WEEK_4, farAway), FOUR_WEEKS);
        assertColumn(List.of(13.0, 1.0, 21.0, 6.0), column(atp, AtpBucket::cumulative));
        assertEquals(List.of(later), atp.supplyAfterHorizon());
        assertEquals(List.of(farAway), atp.demandAfterHorizon());
        assertEquals(Optional.empty(), atp.promiseDate(7));
    }

    @Test
    void promiseDateSeesADipInsideABucket() {
        // One week, opening 5: demand 10 on Monday 10:00, supply 10 on Friday 10:00.
        // Bucket: cumulative 5 - 10 + 10 = 5, promisable 5. Event by event: 5, -5 (Monday), 5 (Friday):
        // 5 can be promised from Friday 10:00 only; 0 from Friday too (the balance is negative until then).
        Buckets week = Buckets.between(local("2026-04-06T00:00"), local("2026-04-13T00:00"), BucketSize.WEEK,
                BRUSSELS);
        AvailableToPromise atp = AvailableToPromise.of(5, 0,
                List.of(new Supply(local("2026-04-10T10:00"), 10, SupplyKind.PO, "P00050")),
                List.of(new Demand(local("2026-04-06T10:00"), 10, "S00050", true)), week);
        assertEquals(5.0, atp.buckets().get(0).promisable(), EPS);
        assertEquals(Optional.of(local("2026-04-10T10:00")), atp.promiseDate(5));
        assertEquals(Optional.of(local("2026-04-10T10:00")), atp.promiseDate(0));
    }

    @Test
    void eventsAtTheSameInstantApplyTogether() {
        // Opening 0; at Wednesday 12:00 supply 10 arrives and demand 10 leaves: the balance never dips.
        Instant wednesday = local("2026-04-08T12:00");
        Buckets week = Buckets.between(local("2026-04-06T00:00"), local("2026-04-13T00:00"), BucketSize.WEEK,
                BRUSSELS);
        AvailableToPromise atp = AvailableToPromise.of(0, 0, List.of(new Supply(wednesday, 10, SupplyKind.MO, "MO")),
                List.of(new Demand(wednesday, 10, "SO", true)), week);
        assertEquals(Optional.of(local("2026-04-06T00:00")), atp.promiseDate(0));
        assertEquals(Optional.empty(), atp.promiseDate(1));
    }

    @Test
    void invalidFiguresAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Supply(local("2026-04-06T00:00"), -1, SupplyKind.PO, "P1"));
        assertThrows(IllegalArgumentException.class, () -> new Supply(null, 1, SupplyKind.PO, "P1"));
        assertThrows(IllegalArgumentException.class, () -> new Demand(local("2026-04-06T00:00"), Double.NaN, "S1",
                true));
        assertThrows(IllegalArgumentException.class,
                () -> AvailableToPromise.of(10, -1, List.of(), List.of(), FOUR_WEEKS));
    }
}
