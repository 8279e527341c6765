package dev.takt.sync;

import dev.takt.domain.Entity;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.Priority;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ReorderRuleOutcome;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.ScheduleTarget;
import dev.takt.domain.ScheduledValues;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import dev.takt.odoo.OdooCommands;
import dev.takt.sync.ScheduleApplicationReport.ScheduleProposalOutcome;
import dev.takt.sync.ScheduleApplicationReport.ScheduleProposalStatus;
import dev.takt.sync.WorkflowFakes.CountingTransactions;
import dev.takt.sync.WorkflowFakes.FakeQueue;
import dev.takt.sync.WorkflowFakes.InMemoryPlanning;
import dev.takt.sync.WorkflowFakes.RecordingSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleApplicationWorkflowTest {

    static final CommandQueue.Origin ORIGIN = new CommandQueue.Origin("tester", "corr-2");
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T11:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant S = Instant.parse("2026-03-03T08:00:00Z");
    static final Instant F = Instant.parse("2026-03-03T10:00:00Z");

    InMemoryOdoo odoo;
    InMemoryPlanning planning;
    FakeQueue queue;
    RecordingSink sink;
    PreviewingCommands commands;
    ScheduleApplicationWorkflow workflow;

    @BeforeEach
    void setUp() {
        odoo = new InMemoryOdoo()
                .with(Entity.MANUFACTURING_ORDER, mo(10, "WH/MO/00010", ManufacturingOrderState.CONFIRMED, T0),
                        mo(11, "WH/MO/00011", ManufacturingOrderState.DONE, T0),
                        mo(13, "WH/MO/00013", ManufacturingOrderState.CONFIRMED, T2),
                        mo(14, "WH/MO/00014", ManufacturingOrderState.CONFIRMED, T0),
                        mo(15, "WH/MO/00015", ManufacturingOrderState.CONFIRMED, T1))
                .with(Entity.WORK_ORDER, new WorkOrder(100, 10L, "Cut", 1L, null, WorkOrderState.READY, S, F, 120.0,
                        0.0, 5.0, T1))
                .with(Entity.WORK_CENTER, new WorkCenter(1, "Assembly", "ASM1", 1L, null, 100.0, 90.0, 0.0, 0.0, 0.0,
                        true), new WorkCenter(4, "Paint Shop", "PNT", 1L, null, 100.0, 90.0, 0.0, 0.0, 0.0, true));
        planning = new InMemoryPlanning();
        Instant s2 = Instant.parse("2026-03-03T09:00:00Z");
        Instant f2 = Instant.parse("2026-03-03T11:00:00Z");
        planning.schedules.put(3, List.of(
                new ScheduleProposal(1, "WH/MO/00010", null, s2, f2, null, null, Priority.URGENT, T0),
                new ScheduleProposal(2, "WH/MO/00010", 100L, S, F, "pnt", 0, null, T1),
                new ScheduleProposal(3, "WH/MO/00013", null, s2, f2, null, null, null, T0),
                new ScheduleProposal(4, "WH/MO/00011", null, s2, f2, null, null, null, T0),
                new ScheduleProposal(5, "WH/MO/99999", null, s2, f2, null, null, null, T0),
                new ScheduleProposal(6, "WH/MO/00014", null, S, F, null, null, Priority.NORMAL, T0),
                new ScheduleProposal(7, "WH/MO/00015", null, s2, F, null, null, null, null),
                new ScheduleProposal(8, "WH/MO/00010", null, s2, f2, null, null, null, T0)));
        queue = new FakeQueue();
        sink = new RecordingSink();
        commands = new PreviewingCommands();
        workflow = new ScheduleApplicationWorkflow(odoo, commands, planning,
                WorkflowFakes.services(queue, sink, new CountingTransactions()));
    }

    @Test
    void queuesOnlyTheChangedFieldsOnePerRecord() {
        ScheduleApplicationReport report = workflow.apply(3, false, ORIGIN);
        Map<Integer, ScheduleProposalOutcome> by = byLine(report);

        assertEquals(ScheduleProposalStatus.QUEUED, by.get(1).status());
        assertEquals(EnumSet.of(ScheduleField.START, ScheduleField.FINISH, ScheduleField.PRIORITY), by.get(1).fields());
        assertEquals("sched-b3-l1", by.get(1).idempotencyKey());
        // The work order keeps its dates; only the work center (Paint Shop, id 4) changes.
        assertEquals(ScheduleProposalStatus.QUEUED, by.get(2).status());
        ScheduleChange wo = queue.of(ScheduleChange.class).stream()
                .filter(c -> c.target().equals(ScheduleTarget.workOrder(100))).findFirst().orElseThrow();
        assertEquals(new ScheduleChange(ScheduleTarget.workOrder(100), T1, null, null, 4L, null), wo);
        // Changed in Odoo at T2, planned against T0: conflict, nothing queued, a planning exception.
        assertEquals(ScheduleProposalStatus.CONFLICT, by.get(3).status());
        assertTrue(by.get(3).reason().contains("was changed in Odoo at 2026-03-01T12:00:00Z"), by.get(3).reason());
        assertTrue(sink.raised.get(0).startsWith("SCHEDULE_CONFLICT|WH/MO/00013|"));
        assertEquals(ScheduleProposalStatus.REJECTED, by.get(4).status());
        assertEquals("line 4: manufacturing order WH/MO/00011 is done in Odoo; it cannot be rescheduled",
                by.get(4).reason());
        assertEquals(ScheduleProposalStatus.MISSING, by.get(5).status());
        assertEquals(ScheduleProposalStatus.UNCHANGED, by.get(6).status());
        // No basedOn: planned against the write_date read now, with a warning; only the start differs.
        assertEquals(ScheduleProposalStatus.QUEUED, by.get(7).status());
        assertEquals(Set.of(ScheduleField.START), by.get(7).fields());
        assertEquals(T1, by.get(7).basedOn());
        assertTrue(by.get(7).warnings().get(0).startsWith("no basedOn"));
        // A second proposal for the same order is refused.
        assertEquals(ScheduleProposalStatus.REJECTED, by.get(8).status());
        assertEquals(3, queue.commands.size());
        assertEquals(0, commands.previews.size());
    }

    @Test
    void aDryRunQueuesNothingAndNeedsNoOutbox() {
        var dry = new ScheduleApplicationWorkflow(odoo, commands, planning, WorkflowFakes.withoutOutbox(sink));
        ScheduleApplicationReport report = dry.apply(3, true, ORIGIN);
        Map<Integer, ScheduleProposalOutcome> by = byLine(report);

        assertTrue(report.dryRun());
        assertEquals(ScheduleProposalStatus.WOULD_APPLY, by.get(1).status());
        assertEquals(EnumSet.of(ScheduleField.START, ScheduleField.FINISH, ScheduleField.PRIORITY), by.get(1).fields());
        assertEquals(new ScheduledValues(S, F, null, Priority.NORMAL), by.get(1).current());
        assertEquals(new ScheduledValues(Instant.parse("2026-03-03T09:00:00Z"), Instant.parse("2026-03-03T11:00:00Z"),
                null, Priority.URGENT), by.get(1).proposed());
        assertNull(by.get(1).commandId());
        assertEquals(ScheduleProposalStatus.CONFLICT, by.get(3).status());
        assertEquals(ScheduleProposalStatus.UNCHANGED, by.get(6).status());
        // One preview per resolvable proposal (1, 2, 3, 6, 7); rejected and missing ones are not previewed.
        assertEquals(5, commands.previews.size());
        assertTrue(sink.raised.isEmpty());
    }

    static Map<Integer, ScheduleProposalOutcome> byLine(ScheduleApplicationReport report) {
        return report.proposals().stream().collect(Collectors.toMap(ScheduleProposalOutcome::line, p -> p));
    }

    static ManufacturingOrder mo(long id, String name, ManufacturingOrderState state, Instant updatedAt) {
        return new ManufacturingOrder(id, name, state, 1L, null, 5.0, 0.0, "Units", S, F, null, Priority.NORMAL,
                null, null, null, updatedAt);
    }

    /** previewSchedule as the Odoo adapter decides it, on the records of the in-memory Odoo; no writes. */
    final class PreviewingCommands implements OdooCommands {
        final List<ScheduleChange> previews = new ArrayList<>();

        @Override
        public ScheduleOutcome previewSchedule(ScheduleChange change) {
            previews.add(change);
            ScheduledValues current;
            Instant updatedAt;
            if (change.target().kind() == ScheduleTarget.Kind.WORK_ORDER) {
                WorkOrder w = odoo.findByIds(Entity.WORK_ORDER, List.of(change.target().id()), Set.of()).get(0);
                current = new ScheduledValues(w.scheduledStart(), w.scheduledFinish(), w.workCenterId(), null);
                updatedAt = w.updatedAt();
            } else {
                ManufacturingOrder m = odoo.findByIds(Entity.MANUFACTURING_ORDER, List.of(change.target().id()),
                        Set.of()).get(0);
                current = new ScheduledValues(m.scheduledStart(), m.scheduledFinish(), null, m.priority());
                updatedAt = m.updatedAt();
            }
            Set<ScheduleField> differ = change.differencesFrom(current);
            ScheduleOutcome.Status status = differ.isEmpty() ? ScheduleOutcome.Status.UNCHANGED
                    : !updatedAt.equals(change.expectedUpdatedAt()) ? ScheduleOutcome.Status.CONFLICT
                    : ScheduleOutcome.Status.WOULD_APPLY;
            return new ScheduleOutcome(status, change.target(), updatedAt, current, differ);
        }

        @Override
        public ReleasedOrder releaseManufacturingOrder(ReleaseManufacturingOrder command) {
            throw new AssertionError("the workflow must not write to Odoo directly");
        }

        @Override
        public ReleasedOrder releasePurchaseOrder(ReleasePurchaseOrder command) {
            throw new AssertionError("the workflow must not write to Odoo directly");
        }

        @Override
        public ScheduleOutcome applySchedule(ScheduleChange change) {
            throw new AssertionError("the workflow must not write to Odoo directly");
        }

        @Override
        public ReorderRuleOutcome updateReorderRule(ReorderRuleUpdate update) {
            throw new AssertionError("the workflow must not write to Odoo directly");
        }
    }
}
