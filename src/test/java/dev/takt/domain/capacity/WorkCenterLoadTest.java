package dev.takt.domain.capacity;

import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.Buckets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static dev.takt.domain.capacity.Calendars.BRUSSELS;
import static dev.takt.domain.capacity.Calendars.RESOURCE_ID;
import static dev.takt.domain.capacity.Calendars.STANDARD_40H;
import static dev.takt.domain.capacity.Calendars.fortyHours;
import static dev.takt.domain.capacity.Calendars.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkCenterLoadTest {

    private static final double EPS = 1e-9;

    /** Monday 2026-03-09 to Monday 2026-03-16, one bucket a day: index 0 = Mon ... 5 = Sat, 6 = Sun. */
    private static final Buckets DAYS = Buckets.between(local("2026-03-09T00:00"), local("2026-03-16T00:00"),
            BucketSize.DAY, BRUSSELS);

    private static final WorkingTime FULL_SPEED = WorkingTime.of(STANDARD_40H, fortyHours(), List.of(), RESOURCE_ID,
            100);

    private static List<Double> scheduled(WorkCenterLoad load) {
        return load.buckets().stream().map(BucketLoad::scheduledHours).collect(Collectors.toList());
    }

    private static void assertHours(List<Double> expected, List<Double> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), EPS, "bucket " + i + " of " + actual);
        }
    }

    @Test
    void aThreeHourJobAroundLunchIsThreeWorkingHoursInItsDay() {
        // Work order of 180 expected minutes starting Tuesday 11:00; Odoo ends it at 15:00 because of the
        // 12:00-13:00 lunch. Working time inside [11:00, 15:00) = 11-12 (1 h) + 13-15 (2 h) = 3 h,
        // so Tuesday carries 3 h (not 4 h of clock time), every other day 0.
        WorkOrder wo = new WorkOrder(41, 12L, "Assembly", 3L, 9L, WorkOrderState.READY, local("2026-03-10T11:00"),
                local("2026-03-10T15:00"), 180.0, 0.0, 10.0);
        WorkCenterLoad load = WorkCenterLoad.of(FULL_SPEED, DAYS, List.of(Work.scheduled(wo)));

        assertHours(List.of(0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0), scheduled(load));
        BucketLoad tuesday = load.buckets().get(1);
        assertEquals(8.0, tuesday.capacityHours(), EPS);
        // 3 / 8 = 0.375
        assertEquals(0.375, tuesday.utilisation().orElseThrow(), EPS);
        Placement p = load.placements().get(0);
        assertEquals("Assembly (work order 41)", p.work().reference());
        assertFalse(p.withoutWorkingTime());
        assertEquals(0.0, p.hoursOutsideHorizon(), EPS);
    }

    @Test
    void workOverTwoDaysIsSpreadByWorkingTimeNotClockTime() {
        // 5 h from Tuesday 15:00 to Wednesday 11:00:
        //   working time Tue 15-17 = 2 h, Wed 08-11 = 3 h, total 5 h -> Tue 5 x 2/5 = 2 h, Wed 5 x 3/5 = 3 h
        //   (by clock time it would be Tue 9/20 x 5 = 2.25 h, Wed 11/20 x 5 = 2.75 h)
        // 10 h of work squeezed into the same 5 working hours: Tue 10 x 2/5 = 4 h, Wed 10 x 3/5 = 6 h
        WorkCenterLoad load = WorkCenterLoad.of(FULL_SPEED, DAYS, List.of(
                Work.scheduled("WO-A", local("2026-03-10T15:00"), local("2026-03-11T11:00"), 300),
                Work.scheduled("WO-B", local("2026-03-10T15:00"), local("2026-03-11T11:00"), 600)));

        assertHours(List.of(0.0, 6.0, 9.0, 0.0, 0.0, 0.0, 0.0), scheduled(load));
        assertEquals(2, load.placements().get(0).shares().size());
        assertEquals(2.0, load.placements().get(0).shares().get(0).hours(), EPS);
        assertEquals(3.0, load.placements().get(0).shares().get(1).hours(), EPS);
        // Wednesday: 9 h of load against 8 h of capacity
        assertTrue(load.buckets().get(2).overloaded());
        assertEquals(9.0 / 8.0, load.buckets().get(2).utilisation().orElseThrow(), EPS);
    }

    @Test
    void workWithoutWorkingTimeGoesToTheBucketOfItsStartFlagged() {
        // Saturday 10:00-12:00 holds no attendance: the 2 h go to Saturday, flagged; Saturday has no capacity.
        WorkCenterLoad load = WorkCenterLoad.of(FULL_SPEED, DAYS, List.of(
                Work.scheduled("WO-SAT", local("2026-03-14T10:00"), local("2026-03-14T12:00"), 120)));

        BucketLoad saturday = load.buckets().get(5);
        assertEquals(2.0, saturday.scheduledHours(), EPS);
        assertEquals(List.of("WO-SAT"), saturday.withoutWorkingTime());
        assertTrue(saturday.utilisation().isEmpty(), "no capacity, no ratio");
        assertTrue(saturday.overloaded());
        assertTrue(load.placements().get(0).withoutWorkingTime());
    }

    @Test
    void plannedWorkIsKeptApartAndStandardHoursBecomeClockHours() {
        // Work center at 80 %: Thursday capacity 8 clock h = 6.4 standard h.
        // Planner: 4 standard h from Thursday 08:00 to 14:00 -> 4 / 0.8 = 5 clock h, all on Thursday
        //          (working time inside: 08-12 + 13-14 = 5 h).
        // Odoo: a work order of 90 expected (clock) minutes Thursday 14:00-15:30 -> 1.5 h.
        // Thursday load = 1.5 + 5 = 6.5 clock h; utilisation 6.5 / 8 = 0.8125 (= 5.2 / 6.4 in standard hours).
        WorkingTime slow = WorkingTime.of(STANDARD_40H, fortyHours(), List.of(), RESOURCE_ID, 80);
        WorkCenterLoad load = WorkCenterLoad.of(slow, DAYS, List.of(
                Work.planned("PLAN-7", local("2026-03-12T08:00"), local("2026-03-12T14:00"), 4, HoursBasis.STANDARD),
                Work.scheduled("WO-C", local("2026-03-12T14:00"), local("2026-03-12T15:30"), 90)));

        BucketLoad thursday = load.buckets().get(3);
        assertEquals(1.5, thursday.scheduledHours(), EPS);
        assertEquals(5.0, thursday.plannedHours(), EPS);
        assertEquals(6.5, thursday.loadHours(), EPS);
        assertEquals(8.0, thursday.capacityHours(), EPS);
        assertEquals(6.4, thursday.effectiveCapacityHours(), EPS);
        assertEquals(0.8125, thursday.utilisation().orElseThrow(), EPS);
        assertEquals(5.0, load.placements().get(0).clockHours(), EPS);
    }

    @Test
    void aWeekBucketAddsUpItsWork() {
        // Week 2026-W11: capacity 40 h; scheduled 3 + 5 = 8 h, planned 4 clock h: 12 / 40 = 0.3
        Buckets week = Buckets.between(local("2026-03-09T00:00"), local("2026-03-16T00:00"), BucketSize.WEEK,
                BRUSSELS);
        WorkCenterLoad load = WorkCenterLoad.of(FULL_SPEED, week, List.of(
                Work.scheduled("WO-1", local("2026-03-10T11:00"), local("2026-03-10T15:00"), 180),
                Work.scheduled("WO-2", local("2026-03-10T15:00"), local("2026-03-11T11:00"), 300),
                Work.planned("PLAN-1", local("2026-03-13T08:00"), local("2026-03-13T12:00"), 4, HoursBasis.CLOCK)));
        BucketLoad w11 = load.buckets().get(0);
        assertEquals(8.0, w11.scheduledHours(), EPS);
        assertEquals(4.0, w11.plannedHours(), EPS);
        assertEquals(40.0, w11.capacityHours(), EPS);
        assertEquals(0.3, w11.utilisation().orElseThrow(), EPS);
    }

    @Test
    void hoursOutsideTheHorizonAreReportedNotCounted() {
        // Horizon Monday to Saturday 00:00. 4 h from Friday 15:00 to next Monday 10:00:
        //   working time Fri 15-17 = 2 h, Mon 03-16 08-10 = 2 h -> Friday 4 x 2/4 = 2 h, outside 2 h
        Buckets weekdays = Buckets.between(local("2026-03-09T00:00"), local("2026-03-14T00:00"), BucketSize.DAY,
                BRUSSELS);
        WorkCenterLoad load = WorkCenterLoad.of(FULL_SPEED, weekdays, List.of(
                Work.scheduled("WO-LATE", local("2026-03-13T15:00"), local("2026-03-16T10:00"), 240)));
        assertHours(List.of(0.0, 0.0, 0.0, 0.0, 2.0), scheduled(load));
        assertEquals(2.0, load.placements().get(0).hoursOutsideHorizon(), EPS);
    }

    @Test
    void unplannedOrReversedWorkIsRejectedByName() {
        WorkOrder unplanned = new WorkOrder(42, 12L, "Paint", 3L, 9L, WorkOrderState.PENDING, null, null, 60.0, 0.0,
                10.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Work.scheduled(unplanned));
        assertTrue(e.getMessage().contains("Paint (work order 42)"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Work.scheduled("WO-X", local("2026-03-10T12:00"), local("2026-03-10T11:00"), 60));
        assertThrows(IllegalArgumentException.class,
                () -> Work.planned("P", local("2026-03-10T11:00"), local("2026-03-10T12:00"), -1, HoursBasis.CLOCK));
    }
}
