package dev.takt.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commands and their value objects check themselves. */
class CommandsTest {

    private static final IdempotencyKey KEY = IdempotencyKey.of("plan-v12-line-37");
    private static final Instant START = Instant.parse("2026-12-03T08:00:00.750Z");

    @ParameterizedTest
    @ValueSource(strings = {"a", "plan-v12-line-37", "2b1f6c1e-8d1a-4a57-9d8e-0f3c1e2a4b5c", "ERP:PO.12_3"})
    void safeKeysAreAccepted(String value) {
        assertEquals(value, IdempotencyKey.of(value).value());
        assertEquals(value, IdempotencyKey.of(value).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "has space", "comma,key", "100%", "back\\slash", "-leading", "é", "a\nb"})
    void unsafeKeysAreRefused(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.of(value));
        assertTrue(e.getMessage().contains("idempotency key"), e.getMessage());
    }

    @Test
    void keysAreBounded() {
        IdempotencyKey.of("k".repeat(IdempotencyKey.MAX_LENGTH));
        assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.of("k".repeat(IdempotencyKey.MAX_LENGTH + 1)));
        assertThrows(NullPointerException.class, () -> IdempotencyKey.of(null));
    }

    @Test
    void manufacturingReleaseIsCheckedAndKeptToTheSecond() {
        ReleaseManufacturingOrder release = new ReleaseManufacturingOrder(KEY, 38, 3L, 3, null, START, null, null, 1L,
                true, "  Plan v12\n line 37  ");
        assertEquals(Instant.parse("2026-12-03T08:00:00Z"), release.start());
        assertEquals("Plan v12 line 37", release.originNote());
        assertNull(new ReleaseManufacturingOrder(KEY, 38, null, 1, null, START, null, null, null, false, " ")
                .originNote());
        assertEquals(ReleaseManufacturingOrder.MAX_NOTE_LENGTH, new ReleaseManufacturingOrder(KEY, 38, null, 1, null,
                START, null, null, null, false, "x".repeat(500)).originNote().length());
        assertThrows(IllegalArgumentException.class, () -> new ReleaseManufacturingOrder(KEY, 38, 3L, 0, null, START,
                null, null, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseManufacturingOrder(KEY, 38, 3L, Double.NaN,
                null, START, null, null, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseManufacturingOrder(KEY, 0, 3L, 1, null, START,
                null, null, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseManufacturingOrder(KEY, 38, 3L, 1, null, START,
                null, 7L, 1L, false, null), "operation type or warehouse, not both");
        assertThrows(NullPointerException.class, () -> new ReleaseManufacturingOrder(KEY, 38, 3L, 1, null, null,
                null, null, null, false, null));
        assertThrows(NullPointerException.class, () -> new ReleaseManufacturingOrder(null, 38, 3L, 1, null, START,
                null, null, null, false, null));
    }

    @Test
    void purchaseReleaseNeedsLinesWithPositiveQuantities() {
        ReleasePurchaseOrder.Line line = new ReleasePurchaseOrder.Line(45, 12.5, START, null);
        assertEquals(Instant.parse("2026-12-03T08:00:00Z"), line.plannedDate());
        ReleasePurchaseOrder release = new ReleasePurchaseOrder(KEY, 9, List.of(line), null, false, null);
        assertEquals(1, release.lines().size());
        assertThrows(UnsupportedOperationException.class, () -> release.lines().clear());
        assertThrows(IllegalArgumentException.class, () -> new ReleasePurchaseOrder(KEY, 9, List.of(), null, false,
                null));
        assertThrows(IllegalArgumentException.class, () -> new ReleasePurchaseOrder.Line(45, -1, START, null));
        assertThrows(IllegalArgumentException.class, () -> new ReleasePurchaseOrder.Line(45, 1, START, -0.5));
        assertThrows(NullPointerException.class, () -> new ReleasePurchaseOrder.Line(45, 1, null, null));
    }

    @Test
    void scheduleChangesSayWhatTheyChangeAndWhereTheyDiffer() {
        ScheduleChange change = new ScheduleChange(ScheduleTarget.workOrder(4), START, START, null, 2L, null);
        assertEquals(Set.of(ScheduleField.START, ScheduleField.WORK_CENTER), change.fields());
        ScheduledValues current = new ScheduledValues(Instant.parse("2026-12-03T08:00:00Z"),
                Instant.parse("2026-12-03T11:00:00Z"), 1L, null);
        assertEquals(Set.of(ScheduleField.WORK_CENTER), change.differencesFrom(current), "start is the same second");
        assertEquals(new ScheduledValues(current.start(), current.finish(), 2L, null), change.applyTo(current));

        assertThrows(IllegalArgumentException.class, () -> new ScheduleChange(ScheduleTarget.workOrder(4), START,
                null, null, null, null), "changes nothing");
        assertThrows(IllegalArgumentException.class, () -> new ScheduleChange(ScheduleTarget.manufacturingOrder(8),
                START, null, null, 2L, null), "no work center on a manufacturing order");
        assertThrows(IllegalArgumentException.class, () -> new ScheduleChange(ScheduleTarget.workOrder(4), START,
                null, null, null, Priority.URGENT), "no priority on a work order");
        assertThrows(IllegalArgumentException.class, () -> new ScheduleChange(ScheduleTarget.manufacturingOrder(8),
                START, START, START.minusSeconds(3600), null, null), "finish before start");
        assertThrows(NullPointerException.class, () -> new ScheduleChange(ScheduleTarget.manufacturingOrder(8), null,
                START, null, null, null), "the planner's last-modified time is required");
        assertThrows(IllegalArgumentException.class, () -> ScheduleTarget.workOrder(0));
    }

    @Test
    void reorderRuleUpdatesAreOrdered() {
        assertEquals(5.0, new ReorderRuleUpdate(3, 5, 5).maximum());
        assertThrows(IllegalArgumentException.class, () -> new ReorderRuleUpdate(3, 6, 5));
        assertThrows(IllegalArgumentException.class, () -> new ReorderRuleUpdate(3, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> new ReorderRuleUpdate(0, 1, 5));
    }
}
