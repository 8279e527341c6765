package dev.takt.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanningExceptionCaseTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    private static PlanningExceptionCase open() {
        return new PlanningExceptionCase(7, PlanningExceptionDraft.of(PlanningExceptionKind.SHORTAGE,
                "SHORTAGE:FURN_0001:WH", "Item FURN_0001 in WH is short by 2.5"), PlanningExceptionStatus.OPEN, T,
                "feedback", T, 1, null, null);
    }

    @Test
    void aDraftTakesItsKindsDefaults() {
        var d = open().draft();
        assertEquals(Severity.HIGH, d.severity());
        assertEquals("buyer", d.ownerRole());
        var custom = new PlanningExceptionDraft(PlanningExceptionKind.CONFLICT, Severity.LOW, "planner", "m", "k",
                null, null, null, null, null, null);
        assertEquals(Severity.LOW, custom.severity());
        assertEquals("planner", custom.ownerRole());
    }

    @Test
    void aDraftNeedsAMessageAndADedupKey() {
        assertThrows(IllegalArgumentException.class,
                () -> PlanningExceptionDraft.of(PlanningExceptionKind.CONFLICT, "k", " "));
        assertThrows(IllegalArgumentException.class,
                () -> PlanningExceptionDraft.of(PlanningExceptionKind.CONFLICT, null, "m"));
    }

    @Test
    void openAcknowledgedResolved() {
        var ack = open().acknowledge("ann", T.plusSeconds(60), "ordering more");
        assertEquals(PlanningExceptionStatus.ACKNOWLEDGED, ack.status());
        assertEquals("ann", ack.acknowledged().by());
        assertEquals("ordering more", ack.acknowledged().note());
        var done = ack.resolve("bob", T.plusSeconds(120), "PO P00012 confirmed");
        assertEquals(PlanningExceptionStatus.RESOLVED, done.status());
        assertEquals("ann", done.acknowledged().by(), "the acknowledgement is kept");
        assertEquals("PO P00012 confirmed", done.resolved().note());
        assertTrue(PlanningExceptionStatus.ACKNOWLEDGED.isActive());
    }

    @Test
    void anOpenExceptionMayBeResolvedDirectly() {
        var done = open().resolve("bob", T, "false alarm");
        assertNull(done.acknowledged());
        assertEquals(PlanningExceptionStatus.RESOLVED, done.status());
    }

    @Test
    void wrongMovesAreInvalidStateWithWhoAndWhen() {
        var ack = open().acknowledge("ann", T, null);
        var again = assertThrows(PlanningException.class, () -> ack.acknowledge("bob", T, null));
        assertEquals(PlanningException.Kind.INVALID_STATE, again.kind());
        assertTrue(again.getMessage().contains("already (by ann at 2026-03-02T08:00:00Z)"), again.getMessage());
        var done = ack.resolve("bob", T, "fixed");
        assertEquals(PlanningException.Kind.INVALID_STATE,
                assertThrows(PlanningException.class, () -> done.resolve("carl", T, "again")).kind());
        assertEquals(PlanningException.Kind.INVALID_STATE,
                assertThrows(PlanningException.class, () -> done.acknowledge("carl", T, null)).kind());
        assertThrows(IllegalArgumentException.class, () -> open().resolve("bob", T, "  "));
    }

    @Test
    void longTextsAreClipped() {
        var d = PlanningExceptionDraft.of(PlanningExceptionKind.CONFLICT, "k", "x".repeat(3000));
        assertEquals(2000, d.message().length());
        assertTrue(d.message().endsWith("…"));
    }
}
