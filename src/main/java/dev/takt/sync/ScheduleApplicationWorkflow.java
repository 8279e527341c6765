package dev.takt.sync;

import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.PlanningException;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.ScheduleTarget;
import dev.takt.domain.ScheduledValues;
import dev.takt.domain.Slice;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import dev.takt.odoo.OdooCommands;
import dev.takt.odoo.OdooGateway;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlanningGateway;
import dev.takt.planning.ScheduleFilter;
import dev.takt.sync.ScheduleApplicationReport.ScheduleProposalOutcome;
import dev.takt.sync.ScheduleApplicationReport.ScheduleProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Schedule application: turns the proposals of a schedule batch into {@link ScheduleChange}s for Odoo, one per
 * manufacturing order or work order, carrying only the fields that differ from what Odoo holds (start, finish, work
 * center of a work order, priority of a manufacturing order) and the last-modified time the plan was based on.
 *
 * <p>The governed sequence: read the batch's proposals; read Odoo once per model (the orders named, the work orders
 * named, the work centers when a proposal names one); then per proposal:
 * <ul>
 *   <li>values already as proposed → {@code UNCHANGED}, nothing queued;</li>
 *   <li>Odoo's {@code write_date} differs from the proposal's {@code basedOn} → {@code CONFLICT}, nothing queued, a
 *       planning exception for the planner (the outbox's delivery checks again, so a change made after this call is
 *       caught too);</li>
 *   <li>otherwise the changed fields are queued through {@link CommandQueue#applySchedule} with the key
 *       {@code sched-b<batch>-l<line>} ({@code QUEUED}).</li>
 * </ul>
 * A proposal without {@code basedOn} is planned against the {@code write_date} read by this call (reported as a
 * warning): the check then guards only the time between this call and the delivery.
 *
 * <p>Dry run: the same resolution, then {@link OdooCommands#previewSchedule} per proposal (a read of the record, no
 * write; one call per proposal) and {@code WOULD_APPLY} with the diff; nothing is queued and no outbox is needed.
 */
@ApplicationScoped
public class ScheduleApplicationWorkflow {

    private static final int PAGE = 1000;
    private static final Set<ManufacturingOrderState> CLOSED = Set.of(ManufacturingOrderState.DONE,
            ManufacturingOrderState.CANCELLED);
    private static final Set<WorkOrderState> WO_CLOSED = Set.of(WorkOrderState.DONE, WorkOrderState.CANCELLED);

    private OdooGateway odoo;
    private OdooCommands commands;
    private PlanningGateway planning;
    private WorkflowServices services;

    /** For CDI's proxies only. */
    protected ScheduleApplicationWorkflow() {
    }

    @Inject
    public ScheduleApplicationWorkflow(OdooGateway odoo, OdooCommands commands, PlanningGateway planning,
            Instance<CommandQueue> queues, Instance<PlanningExceptionSink> sinks, TransactionRunner transactions) {
        this(odoo, commands, planning, WorkflowServices.of(queues, sinks, transactions));
    }

    ScheduleApplicationWorkflow(OdooGateway odoo, OdooCommands commands, PlanningGateway planning,
            WorkflowServices services) {
        this.odoo = Objects.requireNonNull(odoo, "odoo");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.planning = Objects.requireNonNull(planning, "planning");
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The stable key of a proposal's schedule change. */
    static IdempotencyKey key(int batch, int line) {
        return IdempotencyKey.of("sched-b" + batch + "-l" + line);
    }

    /**
     * Applies (or, with {@code dryRun}, previews) a schedule batch.
     *
     * @throws PlanningException NOT_FOUND when the batch does not exist
     * @throws CommandQueueUnavailableException when changes must be queued and no outbox is deployed
     */
    public ScheduleApplicationReport apply(int batch, boolean dryRun, CommandQueue.Origin origin) {
        Objects.requireNonNull(origin, "origin");
        planning.batch(PlanningBatchKind.SCHEDULE, batch).orElseThrow(() -> PlanningException.notFound(
                "schedule batch " + batch + " does not exist"));
        List<ScheduleProposal> proposals = proposals(batch);
        Set<String> names = proposals.stream().map(ScheduleProposal::manufacturingOrder)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> workOrderIds = proposals.stream().map(ScheduleProposal::workOrderId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<ManufacturingOrder>> orders = names.isEmpty() ? Map.of()
                : odoo.findAll(EntityQuery.all(Entity.MANUFACTURING_ORDER, List.of(Criterion.in("name", names)),
                        Set.of("name", "state", "scheduledStart", "scheduledFinish", "priority", "updatedAt")))
                        .stream().collect(Collectors.groupingBy(ManufacturingOrder::name));
        Map<Long, WorkOrder> workOrders = new HashMap<>();
        if (!workOrderIds.isEmpty()) {
            odoo.findByIds(Entity.WORK_ORDER, workOrderIds, Set.of("manufacturingOrderId", "name", "state",
                    "workCenterId", "scheduledStart", "scheduledFinish", "updatedAt"))
                    .forEach(w -> workOrders.put(w.id(), w));
        }
        Map<String, List<WorkCenter>> centers = new HashMap<>();
        if (proposals.stream().anyMatch(p -> p.workCenter() != null && p.workOrderId() != null)) {
            for (WorkCenter center : odoo.findAll(EntityQuery.all(Entity.WORK_CENTER, List.of(),
                    Set.of("name", "code")))) {
                if (center.code() != null && !center.code().isBlank()) {
                    centers.computeIfAbsent("code:" + fold(center.code()), k -> new ArrayList<>()).add(center);
                }
                if (center.name() != null) {
                    centers.computeIfAbsent("name:" + fold(center.name()), k -> new ArrayList<>()).add(center);
                }
            }
        }
        List<Resolved> resolved = new ArrayList<>();
        List<ScheduleProposalOutcome> outcomes = new ArrayList<>();
        Set<ScheduleTarget> seen = new LinkedHashSet<>();
        for (ScheduleProposal proposal : proposals) {
            try {
                Resolved r = resolve(proposal, orders, workOrders, centers);
                if (!seen.add(r.change().target())) {
                    throw new Refusal("line " + proposal.line() + ": " + r.change().target() + " ("
                            + proposal.manufacturingOrder() + ") is proposed on an earlier line of the batch; only "
                            + "the first proposal for a record is applied");
                }
                resolved.add(r);
            } catch (Refusal e) {
                outcomes.add(new ScheduleProposalOutcome(proposal.line(), proposal.manufacturingOrder(),
                        proposal.workOrderId(), e.status, null, null, null, proposal.basedOn(), null, null, null,
                        e.getMessage(), List.of()));
            }
        }
        if (dryRun) {
            for (Resolved r : resolved) {
                outcomes.add(preview(r));
            }
            return new ScheduleApplicationReport(batch, true, sorted(outcomes));
        }
        return services.transactions().inTransaction(() -> {
            CommandQueue queue = null;
            for (Resolved r : resolved) {
                ScheduleProposalOutcome outcome = decide(r);
                if (outcome.status() == ScheduleProposalStatus.QUEUED) {
                    queue = queue == null ? services.queue() : queue;
                    ScheduleChange change = only(r.change(), outcome.fields());
                    IdempotencyKey key = key(batch, r.proposal().line());
                    long id = queue.applySchedule(change, key, origin);
                    outcome = new ScheduleProposalOutcome(outcome.line(), outcome.manufacturingOrder(),
                            outcome.workOrderId(), outcome.status(), outcome.fields(), outcome.current(),
                            outcome.proposed(), outcome.basedOn(), outcome.odooUpdatedAt(), key.value(), id, null,
                            outcome.warnings());
                } else if (outcome.status() == ScheduleProposalStatus.CONFLICT) {
                    services.exceptions().raise(PlanningExceptionSink.Kinds.SCHEDULE_CONFLICT,
                            PlanningExceptionSink.Severity.WARNING, PlanningExceptionSink.PLANNER, outcome.reason(),
                            null, r.proposal().manufacturingOrder());
                }
                outcomes.add(outcome);
            }
            return new ScheduleApplicationReport(batch, false, sorted(outcomes));
        });
    }

    private List<ScheduleProposal> proposals(int batch) {
        List<ScheduleProposal> all = new ArrayList<>();
        Integer after = null;
        while (true) {
            Slice<ScheduleProposal> page = planning.scheduleProposals(batch, ScheduleFilter.ALL,
                    new PageRequest(after, PAGE, false));
            all.addAll(page.items());
            if (!page.hasMore() || page.items().isEmpty()) {
                return all;
            }
            after = page.items().get(page.items().size() - 1).line();
        }
    }

    /** A proposal with its record found in Odoo: the full change it asks for, the record's values now. */
    private record Resolved(ScheduleProposal proposal, ScheduleChange change, ScheduledValues current,
            Instant updatedAt, List<String> warnings) {
    }

    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ScheduleProposalStatus status;

        Refusal(String reason) {
            this(ScheduleProposalStatus.REJECTED, reason);
        }

        Refusal(ScheduleProposalStatus status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }
    }

    private static Resolved resolve(ScheduleProposal p, Map<String, List<ManufacturingOrder>> orders,
            Map<Long, WorkOrder> workOrders, Map<String, List<WorkCenter>> centers) throws Refusal {
        String where = "line " + p.line() + ": ";
        List<ManufacturingOrder> named = orders.getOrDefault(p.manufacturingOrder(), List.of());
        if (named.isEmpty()) {
            throw new Refusal(ScheduleProposalStatus.MISSING, where + "manufacturing order " + p.manufacturingOrder()
                    + " is no longer in Odoo");
        }
        if (named.size() > 1) {
            throw new Refusal(where + named.size() + " manufacturing orders are named " + p.manufacturingOrder());
        }
        ManufacturingOrder order = named.get(0);
        if (CLOSED.contains(order.state())) {
            throw new Refusal(where + "manufacturing order " + order.name() + " is " + word(order.state().name())
                    + " in Odoo; it cannot be rescheduled");
        }
        List<String> warnings = new ArrayList<>();
        ScheduleChange change;
        ScheduledValues current;
        Instant updatedAt;
        Instant basedOn = p.basedOn();
        if (p.workOrderId() == null) {
            current = new ScheduledValues(order.scheduledStart(), order.scheduledFinish(), null, order.priority());
            updatedAt = order.updatedAt();
            if (p.workCenter() != null) {
                warnings.add("work center " + p.workCenter() + " ignored: a whole manufacturing order has none (propose "
                        + "it on its work orders)");
            }
            basedOn = basedOn(p, updatedAt, warnings);
            change = new ScheduleChange(ScheduleTarget.manufacturingOrder(order.id()), basedOn, p.plannedStart(),
                    p.plannedFinish(), null, p.priority());
        } else {
            WorkOrder workOrder = workOrders.get(p.workOrderId());
            if (workOrder == null) {
                throw new Refusal(ScheduleProposalStatus.MISSING, where + "work order " + p.workOrderId()
                        + " is no longer in Odoo");
            }
            if (!Long.valueOf(order.id()).equals(workOrder.manufacturingOrderId())) {
                throw new Refusal(where + "work order " + p.workOrderId() + " is not a work order of "
                        + order.name());
            }
            if (WO_CLOSED.contains(workOrder.state())) {
                throw new Refusal(where + "work order " + p.workOrderId() + " is " + word(workOrder.state().name())
                        + " in Odoo; it cannot be rescheduled");
            }
            current = new ScheduledValues(workOrder.scheduledStart(), workOrder.scheduledFinish(),
                    workOrder.workCenterId(), null);
            updatedAt = workOrder.updatedAt();
            if (p.priority() != null) {
                warnings.add("priority ignored: Odoo keeps priorities on manufacturing orders (propose it for the "
                        + "whole order)");
            }
            Long centerId = null;
            if (p.workCenter() != null) {
                List<WorkCenter> found = centers.getOrDefault("code:" + fold(p.workCenter()),
                        centers.getOrDefault("name:" + fold(p.workCenter()), List.of()));
                if (found.size() != 1) {
                    throw new Refusal(where + "work center " + p.workCenter() + (found.isEmpty()
                            ? " is not known in Odoo" : " names " + found.size() + " work centers"));
                }
                centerId = found.get(0).id();
            }
            basedOn = basedOn(p, updatedAt, warnings);
            change = new ScheduleChange(ScheduleTarget.workOrder(workOrder.id()), basedOn, p.plannedStart(),
                    p.plannedFinish(), centerId, null);
        }
        return new Resolved(p, change, current, updatedAt, warnings);
    }

    private static Instant basedOn(ScheduleProposal p, Instant updatedAt, List<String> warnings) throws Refusal {
        if (p.basedOn() != null) {
            return p.basedOn();
        }
        if (updatedAt == null) {
            throw new Refusal("line " + p.line() + ": the proposal has no basedOn and Odoo gave no last-modified "
                    + "time for the record");
        }
        warnings.add("no basedOn in the proposal: planned against Odoo's last change at " + updatedAt
                + " as read now; a change made before this call is not detected as a conflict");
        return updatedAt;
    }

    /** The outcome of applying for real, decided from the values read by this call. */
    private static ScheduleProposalOutcome decide(Resolved r) {
        ScheduleChange change = r.change();
        Set<ScheduleField> differ = change.differencesFrom(r.current());
        ScheduledValues proposed = change.applyTo(r.current());
        ScheduleProposal p = r.proposal();
        if (differ.isEmpty()) {
            return outcome(r, ScheduleProposalStatus.UNCHANGED, Set.of(), proposed, null);
        }
        Instant odoo = r.updatedAt() == null ? null : r.updatedAt().truncatedTo(ChronoUnit.SECONDS);
        if (!change.expectedUpdatedAt().equals(odoo)) {
            return outcome(r, ScheduleProposalStatus.CONFLICT, differ, proposed, "line " + p.line() + ": "
                    + p.manufacturingOrder() + (p.workOrderId() == null ? "" : " work order " + p.workOrderId())
                    + " was changed in Odoo at " + odoo + ", after the plan was made (based on "
                    + change.expectedUpdatedAt() + "); nothing was queued: re-plan from the current values");
        }
        return outcome(r, ScheduleProposalStatus.QUEUED, differ, proposed, null);
    }

    private ScheduleProposalOutcome preview(Resolved r) {
        ScheduleOutcome preview = commands.previewSchedule(r.change());
        ScheduleProposalStatus status = switch (preview.status()) {
            case WOULD_APPLY, APPLIED -> ScheduleProposalStatus.WOULD_APPLY;
            case UNCHANGED -> ScheduleProposalStatus.UNCHANGED;
            case CONFLICT -> ScheduleProposalStatus.CONFLICT;
            case MISSING -> ScheduleProposalStatus.MISSING;
        };
        ScheduledValues current = preview.current();
        ScheduleProposal p = r.proposal();
        String reason = switch (status) {
            case CONFLICT -> "line " + p.line() + ": " + p.manufacturingOrder() + " was changed in Odoo at "
                    + preview.updatedAt() + ", after the plan was made (based on " + r.change().expectedUpdatedAt()
                    + ")";
            case MISSING -> "line " + p.line() + ": the record is no longer in Odoo";
            default -> null;
        };
        return new ScheduleProposalOutcome(p.line(), p.manufacturingOrder(), p.workOrderId(), status,
                preview.differences(), current, current == null ? null : r.change().applyTo(current),
                r.change().expectedUpdatedAt(), preview.updatedAt(), null, null, reason, r.warnings());
    }

    private static ScheduleProposalOutcome outcome(Resolved r, ScheduleProposalStatus status,
            Set<ScheduleField> fields, ScheduledValues proposed, String reason) {
        ScheduleProposal p = r.proposal();
        return new ScheduleProposalOutcome(p.line(), p.manufacturingOrder(), p.workOrderId(), status, fields,
                r.current(), proposed, r.change().expectedUpdatedAt(), r.updatedAt(), null, null, reason,
                r.warnings());
    }

    /** The change restricted to {@code fields}. */
    static ScheduleChange only(ScheduleChange change, Set<ScheduleField> fields) {
        return new ScheduleChange(change.target(), change.expectedUpdatedAt(),
                fields.contains(ScheduleField.START) ? change.newStart() : null,
                fields.contains(ScheduleField.FINISH) ? change.newFinish() : null,
                fields.contains(ScheduleField.WORK_CENTER) ? change.workCenterId() : null,
                fields.contains(ScheduleField.PRIORITY) ? change.priority() : null);
    }

    private static List<ScheduleProposalOutcome> sorted(List<ScheduleProposalOutcome> outcomes) {
        return outcomes.stream().sorted(java.util.Comparator.comparingInt(ScheduleProposalOutcome::line)).toList();
    }

    private static String word(String state) {
        return state.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String fold(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
