package dev.takt.sync;

import dev.takt.domain.ForecastLine;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.Priority;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.time.BucketSize;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each line on its own: the rules, and reasons a planner can act on. */
class PlanningLineValidatorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final Instant START = Instant.parse("2026-03-03T06:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-06T16:00:00Z");

    private final PlanningLineValidator validator = new PlanningLineValidator(
            Fixtures.references(Fixtures.odoo()), Fixtures.HORIZON);

    // ---- forecasts ------------------------------------------------------------------------------------------

    @Test
    void aValidForecastLineTakesOdoosSpellingAndTheItemsUnit() {
        var outcome = validator.forecast(List.of(forecast(" FURN_0001 ", "wh", MONDAY, 12.5, null)));

        assertEquals(List.of(), outcome.rejected());
        ForecastLine line = outcome.accepted().get(0);
        assertEquals(1, line.line());
        assertEquals("FURN_0001", line.item().value());
        assertEquals("WH", line.location());
        assertEquals(BucketSize.WEEK, line.bucket().size(), "a week unless told otherwise");
        assertEquals(new BigDecimal("12.5"), line.quantity().amount());
        assertEquals("Units", line.quantity().unit());
    }

    @Test
    void everyForecastRuleHasItsReason() {
        var outcome = validator.forecast(Arrays.asList(
                forecast("FURN_0001", "WH", MONDAY, 10, "Dozens"),              // 1 ok: Dozens measure Units
                forecast("FURN_9999", "WH", MONDAY, 10, null),                  // 2
                forecast("FURN_0003", "WH", MONDAY, 10, null),                  // 3 archived
                forecast("DUP", "WH", MONDAY, 10, null),                        // 4 ambiguous
                forecast(" ", "WH", MONDAY, 10, null),                          // 5
                forecast("FURN_0001", "MARS", MONDAY, 10, null),                // 6
                forecast("FURN_0001", null, MONDAY, 10, null),                  // 7
                forecast("FURN_0001", "EAST", null, 10, null),                  // 8
                forecast("FURN_0001", "EAST", LocalDate.of(2026, 2, 16), 10, null), // 9 past
                forecast("FURN_0001", "EAST", LocalDate.of(2027, 3, 3), 10, null),  // 10 after the horizon
                forecast("FURN_0001", "EAST", MONDAY, -5, null),                // 11
                forecast("FURN_0001", "EAST", MONDAY, null, null),              // 12
                forecast("FURN_0001", "EAST", MONDAY, 1, "boxes"),              // 13
                forecast("FURN_0001", "EAST", MONDAY, 1, "kg"),                 // 14 weight for a counted item
                null,                                                           // 15
                forecast("FURN_0002", "WH", MONDAY, 0.5, "g"),                  // 16 ok: g measure kg
                forecast("FURN_0006", "WH", MONDAY, 1, null)));                 // 17 ok: its archived twin aside

        assertEquals(List.of(1, 16, 17), outcome.accepted().stream().map(ForecastLine::line).toList());
        assertEquals("Dozens", outcome.accepted().get(2).quantity().unit(), "the active product's unit");
        assertEquals(List.of(
                rejected(2, "item", "item FURN_9999 is not known in Odoo"),
                rejected(3, "item", "item FURN_0003 is archived in Odoo"),
                rejected(4, "item", "item code DUP is ambiguous: 2 active Odoo products have it"),
                rejected(5, "item", "the item code is missing"),
                rejected(6, "location", "location MARS is not a warehouse code known in Odoo (known: EAST, WH)"),
                rejected(7, "location", "the location (a warehouse code) is missing"),
                rejected(8, "bucketStart", "the bucket start is missing"),
                rejected(9, "bucketStart", "bucket WEEK 2026-02-16 to 2026-02-22 lies in the past (today is "
                        + "2026-03-02 in UTC)"),
                rejected(10, "bucketStart", "bucket WEEK 2027-03-03 to 2027-03-09 starts after the planning "
                        + "horizon, which ends on 2027-03-02 (365 days from today)"),
                rejected(11, "quantity", "quantity -5 is negative; it must be 0 or more"),
                rejected(12, "quantity", "the quantity is missing"),
                rejected(13, "unit", "unit boxes is not a unit of measure known in Odoo"),
                rejected(14, "unit", "unit kg (Weight) cannot measure item FURN_0001, which is counted in Units "
                        + "(Unit)"),
                rejected(15, null, "the line is empty")), outcome.rejected());
    }

    @Test
    void theCurrentBucketAndTheHorizonsLastDayAreInside() {
        var outcome = validator.forecast(List.of(
                forecast("FURN_0001", "WH", LocalDate.of(2026, 2, 24), 1, null),    // ends 2026-03-02, today
                new ForecastLineDraft("FURN_0001", "WH", LocalDate.of(2027, 3, 2), BucketSize.MONTH, 1.0, null),
                new ForecastLineDraft("FURN_0001", "WH", LocalDate.of(2026, 3, 1), BucketSize.DAY, 1.0, null)));

        assertEquals(List.of(1, 2), outcome.accepted().stream().map(ForecastLine::line).toList());
        assertEquals(3, outcome.rejected().get(0).line(), "yesterday is past");
    }

    @Test
    void overlappingBucketsOfOneItemAndLocationAreRefusedButOtherLocationsAreNot() {
        var outcome = validator.forecast(List.of(
                forecast("FURN_0001", "WH", MONDAY, 1, null),
                forecast("FURN_0001", "WH", MONDAY, 2, null),
                new ForecastLineDraft("FURN_0001", "WH", MONDAY.plusDays(6), BucketSize.DAY, 1.0, null),
                new ForecastLineDraft("FURN_0001", "WH", MONDAY.minusDays(3), BucketSize.WEEK, 1.0, null),
                forecast("FURN_0001", "EAST", MONDAY, 1, null),
                forecast("FURN_0001", "WH", MONDAY.plusWeeks(1), 1, null)));

        assertEquals(List.of(1, 5, 6), outcome.accepted().stream().map(ForecastLine::line).toList());
        assertEquals("line 2: repeats line 1 (item FURN_0001 at WH, WEEK 2026-03-09 to 2026-03-15); send one line "
                + "per item, location and bucket", outcome.rejected().get(0).reason());
        assertEquals("line 3: overlaps line 1 (item FURN_0001 at WH, WEEK 2026-03-09 to 2026-03-15 and DAY "
                + "2026-03-15); send one line per item, location and bucket", outcome.rejected().get(1).reason());
        assertEquals(4, outcome.rejected().get(2).line(), "a week starting before overlaps too");
    }

    @Test
    void longInputIsShortenedInReasons() {
        var outcome = validator.forecast(List.of(forecast("X".repeat(64), "WH", MONDAY, 1, null)));
        assertEquals("line 1: item " + "X".repeat(60) + "… is not known in Odoo", outcome.rejected().get(0).reason());
    }

    // ---- planned orders -------------------------------------------------------------------------------------

    @Test
    void plannedOrderRules() {
        var outcome = validator.plannedOrders(Arrays.asList(
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", START, DUE, null, null, "SO/42"),       // 1 ok
                order(PlannedOrderType.TRANSFER, "FURN_0001", "WH", START, DUE, null, "east", null),    // 2 ok
                order(PlannedOrderType.BUY, "FURN_0002", "EAST", START, DUE, "Wood Corner", null, null), // 3 ok
                order(null, "FURN_0001", "WH", START, DUE, null, null, null),                           // 4
                order(PlannedOrderType.TRANSFER, "FURN_0001", "WH", START, DUE, null, null, null),      // 5
                order(PlannedOrderType.TRANSFER, "FURN_0001", "WH", START, DUE, null, "WH", null),      // 6
                order(PlannedOrderType.TRANSFER, "FURN_0001", "WH", START, DUE, null, "MARS", null),    // 7
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", START, DUE, null, "EAST", null),        // 8
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", START, DUE, "Wood Corner", null, null), // 9
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", DUE, START, null, null, null),          // 10
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", null, DUE, null, null, null),           // 11
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", START.minus(Duration.ofDays(9)),
                        START.minus(Duration.ofDays(2)), null, null, null),                             // 12 past
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", START,
                        Instant.parse("2027-03-03T00:00:00Z"), null, null, null),                       // 13
                order(PlannedOrderType.MAKE, "FURN_0001", "WH", START, DUE, null, null, "D".repeat(201)))); // 14

        assertEquals(List.of(1, 2, 3), outcome.accepted().stream().map(PlannedOrder::line).toList());
        assertEquals("EAST", outcome.accepted().get(1).origin());
        assertEquals("kg", outcome.accepted().get(2).quantity().unit());
        assertEquals(List.of(
                rejected(4, "type", "the order type is missing (MAKE, BUY or TRANSFER)"),
                rejected(5, "origin", "a TRANSFER order needs the warehouse it comes from (origin)"),
                rejected(6, "origin", "a TRANSFER order cannot come from the warehouse it goes to (WH)"),
                rejected(7, "origin", "origin MARS is not a warehouse code known in Odoo (known: EAST, WH)"),
                rejected(8, "origin", "only a TRANSFER order comes from another warehouse; a MAKE order has no origin"),
                rejected(9, "supplier", "only a BUY order has a supplier; a MAKE order has none"),
                rejected(10, "due", "the due date 2026-03-03T06:00:00Z is before the start 2026-03-06T16:00:00Z"),
                rejected(11, "start", "the start is missing"),
                rejected(12, "due", "the due date 2026-03-01T06:00:00Z is in the past (now is 2026-03-02T08:00:00Z)"),
                rejected(13, "due", "the due date 2027-03-03T00:00:00Z is after the planning horizon, which ends on "
                        + "2027-03-02 (365 days from today)"),
                rejected(14, "demand", "the demand is longer than 200 characters")), outcome.rejected());
    }

    // ---- schedule proposals ---------------------------------------------------------------------------------

    @Test
    void scheduleRules() {
        var outcome = validator.schedule(Arrays.asList(
                proposal("WH/MO/00010", null, START, DUE, "asm1", Priority.URGENT),     // 1 ok: code, any case
                proposal("WH/MO/00010", 100L, START, DUE, "Paint Shop", null),          // 2 ok: by name
                proposal("WH/MO/00013", null, START.minus(Duration.ofDays(5)), DUE, null, null), // 3 ok: started
                proposal("WH/MO/00011", null, START, DUE, null, null),                  // 4 done
                proposal("WH/MO/00012", null, START, DUE, null, null),                  // 5 cancelled
                proposal("WH/MO/99999", null, START, DUE, null, null),                  // 6
                proposal("WH/MO/00010", 101L, START, DUE, null, null),                  // 7 work order done
                proposal("WH/MO/00010", 102L, START, DUE, null, null),                  // 8 another order's
                proposal("WH/MO/00010", 999L, START, DUE, null, null),                  // 9
                proposal("WH/MO/00013", 102L, DUE, START, null, null),                  // 10
                proposal("WH/MO/00013", 102L, START, DUE, "Drill", null),               // 11 ambiguous
                proposal("WH/MO/00013", 102L, START, DUE, "Moon", null),                // 12
                proposal("WH/MO/00010", null, START, DUE, null, null),                  // 13 repeats 1
                proposal(null, null, START, DUE, null, null)));                         // 14

        assertEquals(List.of(1, 2, 3), outcome.accepted().stream().map(ScheduleProposal::line).toList());
        assertEquals("ASM1", outcome.accepted().get(0).workCenter(), "stored as the work center's code");
        assertEquals("PNT", outcome.accepted().get(1).workCenter());
        assertEquals(List.of(
                rejected(4, "manufacturingOrder", "manufacturing order WH/MO/00011 is done; a finished or cancelled "
                        + "order cannot be rescheduled"),
                rejected(5, "manufacturingOrder", "manufacturing order WH/MO/00012 is cancelled; a finished or "
                        + "cancelled order cannot be rescheduled"),
                rejected(6, "manufacturingOrder", "manufacturing order WH/MO/99999 is not known in Odoo"),
                rejected(7, "workOrderId", "work order 101 (Operation 101) is done; a finished or cancelled work "
                        + "order cannot be rescheduled"),
                rejected(8, "workOrderId", "work order 102 does not belong to manufacturing order WH/MO/00010"),
                rejected(9, "workOrderId", "work order 999 is not known in Odoo"),
                rejected(10, "plannedFinish", "the planned finish 2026-03-03T06:00:00Z is before the planned start "
                        + "2026-03-06T16:00:00Z"),
                rejected(11, "workCenter", "work center Drill is ambiguous: 2 Odoo work centers are named so; give "
                        + "its code"),
                rejected(12, "workCenter", "work center Moon is not known in Odoo (give its code or its name)"),
                rejected(13, "manufacturingOrder", "repeats line 1 (WH/MO/00010); send one proposal per order or "
                        + "work order"),
                rejected(14, "manufacturingOrder", "the manufacturing order reference is missing")),
                outcome.rejected());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static RejectedLine rejected(int line, String field, String problem) {
        return RejectedLine.of(line, field, problem);
    }

    private static ForecastLineDraft forecast(String item, String location, LocalDate start, Number quantity,
            String unit) {
        return new ForecastLineDraft(item, location, start, null, quantity == null ? null : quantity.doubleValue(),
                unit);
    }

    private static PlannedOrderDraft order(PlannedOrderType type, String item, String location, Instant start,
            Instant due, String supplier, String origin, String demand) {
        return new PlannedOrderDraft(type, item, location, 10.0, null, start, due, demand, supplier, origin);
    }

    private static ScheduleProposalDraft proposal(String order, Long workOrder, Instant start, Instant finish,
            String workCenter, Priority priority) {
        return new ScheduleProposalDraft(order, workOrder, start, finish, workCenter, null, priority);
    }
}
