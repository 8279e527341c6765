package dev.takt.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleaseOutcome;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ReorderRuleOutcome;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleTarget;
import dev.takt.domain.ScheduledValues;
import dev.takt.domain.event.ScheduleApplied;
import dev.takt.odoo.OdooCommands;
import dev.takt.odoo.OdooOutcomeUnknownException;
import dev.takt.odoo.OdooRejectedException;
import dev.takt.odoo.OdooUnavailableException;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OdooHandlersTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    /** Answers every command with what the test put in {@link #answer}. */
    static final class FakeOdoo implements OdooCommands {
        Supplier<Object> answer;
        int calls;

        @Override
        public ReleasedOrder releaseManufacturingOrder(ReleaseManufacturingOrder command) {
            calls++;
            return (ReleasedOrder) answer.get();
        }

        @Override
        public ReleasedOrder releasePurchaseOrder(ReleasePurchaseOrder command) {
            calls++;
            return (ReleasedOrder) answer.get();
        }

        @Override
        public ScheduleOutcome applySchedule(ScheduleChange change) {
            calls++;
            return (ScheduleOutcome) answer.get();
        }

        @Override
        public ScheduleOutcome previewSchedule(ScheduleChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ReorderRuleOutcome updateReorderRule(ReorderRuleUpdate update) {
            calls++;
            return (ReorderRuleOutcome) answer.get();
        }
    }

    private final FakeOdoo odoo = new FakeOdoo();
    private final OdooHandlers.ReleaseManufacturingOrderHandler release =
            new OdooHandlers.ReleaseManufacturingOrderHandler(odoo, 120_000);

    static OutboxCommand command(String operation, String payload) {
        return new OutboxCommand(7, OutboxTarget.ODOO, "agg", 1, operation, "k-7", payload, "hash",
                CommandStatus.PENDING, 1, T, "relay#1", T.plusSeconds(300), null, null, "alice", "corr", T, T,
                null);
    }

    private static OutboxCommand releaseCommand() {
        return command(OdooCommandCodec.RELEASE_MO, OdooCommandCodec.encode(new ReleaseManufacturingOrder(
                IdempotencyKey.of("k-7"), 42, null, 3, null, T, null, null, null, false, null)));
    }

    @Test
    void aReleaseIsDoneWithTheCreatedOrderForTheLedger() {
        odoo.answer = () -> new ReleasedOrder(501, "WH/MO/00501", ReleaseOutcome.CREATED, false);
        var done = assertInstanceOf(Delivery.Done.class, release.deliver(releaseCommand()));
        assertEquals(new TargetRecord("mrp.production", 501, "WH/MO/00501"), done.created());
        assertTrue(done.result().contains("\"outcome\":\"CREATED\""), done.result());
    }

    @Test
    void anUnknownOutcomeWaitsForOdoosLongestRequest() {
        odoo.answer = () -> {
            throw new OdooOutcomeUnknownException("reply lost", null);
        };
        var retry = assertInstanceOf(Delivery.Retry.class, release.deliver(releaseCommand()));
        assertEquals(Duration.ofSeconds(120), retry.notBefore());
    }

    @Test
    void unavailableIsRetriedWithBackoffAndRejectedIsADeadLetter() {
        odoo.answer = () -> {
            throw new OdooUnavailableException("503");
        };
        assertNull(assertInstanceOf(Delivery.Retry.class, release.deliver(releaseCommand())).notBefore());
        odoo.answer = () -> {
            throw new OdooRejectedException("The operation cannot be completed", "odoo.exceptions.ValidationError",
                    false);
        };
        var rejected = assertInstanceOf(Delivery.Rejected.class, release.deliver(releaseCommand()));
        assertTrue(rejected.error().contains("The operation cannot be completed"), rejected.error());
    }

    @Test
    void anInvalidPayloadIsADeadLetterWithoutCallingOdoo() {
        var rejected = assertInstanceOf(Delivery.Rejected.class,
                release.deliver(command(OdooCommandCodec.RELEASE_MO, "{\"itemId\":1}")));
        assertEquals(0, odoo.calls);
        assertTrue(rejected.error().contains("not a valid"), rejected.error());
    }

    @Test
    void anAppliedScheduleFiresScheduleAppliedAndAConflictIsARecordedResult() {
        var raised = new java.util.ArrayList<String>();
        dev.takt.sync.PlanningExceptionSink sink = (kind, severity, owner, message, item, reference) ->
                raised.add(kind + " " + reference);
        var handler = new OdooHandlers.ScheduleHandler(odoo, null, sink, 1000); // no reads: the reference stays null
        var change = new ScheduleChange(ScheduleTarget.workOrder(8), T, T.plusSeconds(60), null, null, null);
        var cmd = command(OdooCommandCodec.APPLY_SCHEDULE, OdooCommandCodec.encode(change));
        var values = new ScheduledValues(T.plusSeconds(60), T.plusSeconds(3600), 2L, null);
        odoo.answer = () -> new ScheduleOutcome(ScheduleOutcome.Status.APPLIED, change.target(), T, values,
                Set.of(ScheduleField.START));
        var done = assertInstanceOf(Delivery.Done.class, handler.deliver(cmd));
        var event = assertInstanceOf(ScheduleApplied.class, done.events().get(0));
        assertEquals(8L, event.workOrder());
        assertEquals("APPLIED", event.outcome());
        assertEquals(java.util.List.of("START"), event.changedFields());
        assertNull(done.created());

        odoo.answer = () -> new ScheduleOutcome(ScheduleOutcome.Status.CONFLICT, change.target(), T, values,
                Set.of(ScheduleField.START));
        var conflict = assertInstanceOf(Delivery.Done.class, handler.deliver(cmd));
        assertTrue(conflict.events().isEmpty());
        assertTrue(conflict.result().contains("\"status\":\"CONFLICT\""), conflict.result());
        assertEquals(java.util.List.of("SCHEDULE_CONFLICT " + change.target()), raised,
                "the conflict is a planning exception for the scheduler; the applied change raised none");
    }
}
