package dev.takt.sync;

import dev.takt.domain.PlanningExceptionDraft;
import dev.takt.domain.PlanningExceptionKind;
import dev.takt.domain.Severity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The workflows' reports become planning exceptions of the stored kinds, one per condition. */
class StoredPlanningExceptionSinkTest {

    @Test
    void aScheduleConflictIsAConflictForTheSchedulerKeyedByOrder() {
        PlanningExceptionDraft d = StoredPlanningExceptionSink.draft(PlanningExceptionSink.Kinds.SCHEDULE_CONFLICT,
                PlanningExceptionSink.Severity.WARNING, null, "changed in Odoo", null, "WH/MO/00012");
        assertEquals(PlanningExceptionKind.CONFLICT, d.kind());
        assertEquals(Severity.MEDIUM, d.severity());
        assertEquals("scheduler", d.ownerRole(), "the kind's owner when none is given");
        assertEquals("CONFLICT:WH/MO/00012:-", d.dedupKey());
        assertEquals("WH/MO/00012", d.order().reference());
    }

    @Test
    void aThresholdBreachKeepsItsItemAndOwner() {
        PlanningExceptionDraft d = StoredPlanningExceptionSink.draft(PlanningExceptionSink.Kinds.THRESHOLD_BREACH,
                PlanningExceptionSink.Severity.CRITICAL, "planner", "+40%", "BOLT", "forecast v3");
        assertEquals(PlanningExceptionKind.THRESHOLD_BREACH, d.kind());
        assertEquals(Severity.CRITICAL, d.severity());
        assertEquals("THRESHOLD_BREACH:forecast v3:BOLT", d.dedupKey());
        assertEquals("BOLT", d.item());
        PlanningExceptionDraft released = StoredPlanningExceptionSink.draft(
                PlanningExceptionSink.Kinds.RELEASE_REJECTED, null, null, "no vendor", "NUT", null);
        assertEquals(PlanningExceptionKind.RELEASE_REJECTED, released.kind());
        assertNull(released.order());
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StoredPlanningExceptionSink.draft("NOPE", null, null,
                "x", null, null));
    }
}
