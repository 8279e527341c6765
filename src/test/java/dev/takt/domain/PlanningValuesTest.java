package dev.takt.domain;

import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The planning value objects and records check themselves, with messages a planner understands. */
class PlanningValuesTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-05T17:00:00Z");

    @Test
    void itemCodesAreTrimmedAndNeverEmpty() {
        assertEquals("FURN_0042", new ItemCode("  FURN_0042 ").value());
        assertEquals("the item code is missing", message(() -> new ItemCode(" ")));
        assertEquals("the item code is missing", message(() -> new ItemCode(null)));
        assertEquals("item code 'AAAAAAAAAAAAAAAAAAAA…' is longer than 64 characters",
                message(() -> new ItemCode("A".repeat(65))));
        assertEquals("item code 'A?B' contains control characters", message(() -> new ItemCode("A\tB")));
    }

    @Test
    void quantitiesAreZeroOrMoreWithAUnit() {
        assertEquals(new BigDecimal("12.5"), Quantity.of(12.50, "Units").amount());
        assertEquals(new BigDecimal("1200"), Quantity.of(1200, "Units").amount(), "no exponent");
        assertEquals("1200 Units", Quantity.of(1200, "Units").toString());
        assertEquals(BigDecimal.ZERO, Quantity.of(0, "kg").amount());
        assertEquals("0.1", Quantity.of(0.1, "kg").amount().toPlainString(), "not the binary approximation");
        assertEquals("quantity -5 is negative; it must be 0 or more", message(() -> Quantity.of(-5, "Units")));
        assertEquals("quantity NaN is not a number", message(() -> Quantity.of(Double.NaN, "Units")));
        assertEquals("quantity 0.1234567 has more than 6 decimals", message(() -> Quantity.of(0.1234567, "kg")));
        assertEquals("the unit of quantity 3 is missing", message(() -> Quantity.of(3, " ")));
        assertEquals("Dozens", Quantity.of(3, "Units").withUnit("Dozens").unit());
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(1e13, "Units"));
    }

    @Test
    void bucketsRunFromTheirStartForOneSize() {
        DateBucket week = new DateBucket(LocalDate.of(2026, 3, 23), BucketSize.WEEK);
        assertEquals(LocalDate.of(2026, 3, 29), week.lastDay());
        assertEquals("2026-W13", week.label());
        assertEquals("2026-03-25/2026-03-31", new DateBucket(LocalDate.of(2026, 3, 25), BucketSize.WEEK).label());
        DateBucket month = new DateBucket(LocalDate.of(2026, 2, 1), BucketSize.MONTH);
        assertEquals(LocalDate.of(2026, 2, 28), month.lastDay());
        assertEquals("2026-02", month.label());
        assertEquals(LocalDate.of(2026, 2, 27), new DateBucket(LocalDate.of(2026, 1, 28), BucketSize.MONTH)
                .lastDay());
        DateBucket day = new DateBucket(LocalDate.of(2026, 3, 25), BucketSize.DAY);
        assertEquals(day.start(), day.lastDay());
        assertEquals(true, week.overlaps(day));
        assertEquals(false, week.overlaps(new DateBucket(LocalDate.of(2026, 3, 30), BucketSize.DAY)));
        assertEquals(Instant.parse("2026-03-22T23:00:00Z"), week.in(java.time.ZoneId.of("Europe/Brussels")).start());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), week.in(java.time.ZoneId.of("Europe/Brussels")).end(),
                "summer time starts inside the week");
    }

    @Test
    void plannedOrdersAreConsistent() {
        ItemCode item = new ItemCode("FURN_0001");
        Quantity ten = Quantity.of(10, "Units");
        new PlannedOrder(1, PlannedOrderType.TRANSFER, item, "WH", ten, START, DUE, null, null, "EAST");
        new PlannedOrder(1, PlannedOrderType.BUY, item, "WH", ten, START, DUE, "SO/1", "Wood Corner", null);

        assertEquals("the due date 2026-03-02T08:00:00Z is before the start 2026-03-05T17:00:00Z", message(() ->
                new PlannedOrder(1, PlannedOrderType.MAKE, item, "WH", ten, DUE, START, null, null, null)));
        assertEquals("a TRANSFER order needs the warehouse it comes from", message(() ->
                new PlannedOrder(1, PlannedOrderType.TRANSFER, item, "WH", ten, START, DUE, null, null, null)));
        assertEquals("only a TRANSFER order comes from another warehouse", message(() ->
                new PlannedOrder(1, PlannedOrderType.MAKE, item, "WH", ten, START, DUE, null, null, "EAST")));
        assertEquals("only a BUY order has a supplier", message(() ->
                new PlannedOrder(1, PlannedOrderType.MAKE, item, "WH", ten, START, DUE, null, "X", null)));
        assertEquals("a TRANSFER order cannot come from the warehouse it goes to (WH)", message(() ->
                new PlannedOrder(1, PlannedOrderType.TRANSFER, item, "WH", ten, START, DUE, null, null, "wh")));
        assertEquals("line numbers start at 1, got 0", message(() ->
                new PlannedOrder(0, PlannedOrderType.MAKE, item, "WH", ten, START, DUE, null, null, null)));
    }

    @Test
    void scheduleProposalsAreConsistent() {
        ScheduleProposal whole = new ScheduleProposal(1, " WH/MO/00012 ", null, START, DUE, " ", null, null);
        assertEquals("WH/MO/00012", whole.manufacturingOrder());
        assertEquals(null, whole.workCenter(), "blank means: keep the current one");
        assertEquals("the planned finish 2026-03-02T08:00:00Z is before the planned start 2026-03-05T17:00:00Z",
                message(() -> new ScheduleProposal(1, "WH/MO/1", null, DUE, START, null, null, null)));
        assertEquals("sequence -1 is negative; it must be 0 or more",
                message(() -> new ScheduleProposal(1, "WH/MO/1", null, START, DUE, null, -1, null)));
        assertEquals("the manufacturing order is missing",
                message(() -> new ScheduleProposal(1, null, null, START, DUE, null, null, null)));
    }

    @Test
    void rejectedLinesSayWhichLine() {
        RejectedLine rejected = RejectedLine.of(37, "item", "item FURN_9999 is not known in Odoo");
        assertEquals("line 37: item FURN_9999 is not known in Odoo", rejected.reason());
        assertEquals("item", rejected.field());
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }
}
