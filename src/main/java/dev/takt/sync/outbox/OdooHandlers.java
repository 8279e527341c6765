package dev.takt.sync.outbox;

import dev.takt.domain.Entity;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ReorderRuleOutcome;
import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleTarget;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.event.ScheduleApplied;
import dev.takt.domain.event.TaktEvent;
import dev.takt.odoo.OdooCommands;
import dev.takt.odoo.OdooGateway;
import dev.takt.sync.PlanningExceptionSink;
import dev.takt.odoo.OdooOutcomeUnknownException;
import dev.takt.odoo.OdooRejectedException;
import dev.takt.odoo.OdooUnavailableException;
import dev.takt.ops.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's handlers for Odoo: one per {@link OdooCommands} operation. Each decodes its payload, calls the
 * connector once and maps the answer:
 * <ul>
 *   <li>carried out (or found done: {@code ALREADY_EXISTED}, {@code UNCHANGED}) → {@link Delivery.Done}, with the
 *       created order for the ledger;</li>
 *   <li>{@link OdooOutcomeUnknownException} → {@link Delivery.Retry} not before Odoo's {@code limit_time_real}
 *       ({@value ConfigKeys#OUTBOX_ODOO_LIMIT_TIME_REAL_MS}, 120 s), so the retry's search by key sees what the
 *       first attempt did;</li>
 *   <li>{@link OdooUnavailableException} → {@link Delivery.Retry} with backoff;</li>
 *   <li>{@link OdooRejectedException} (validation, access, missing record) → {@link Delivery.Rejected}: a dead
 *       letter;</li>
 *   <li>a schedule {@code CONFLICT} or {@code MISSING} is Odoo's answer, not a failure: the command is done with
 *       that result (see {@link ScheduleHandler}).</li>
 * </ul>
 */
public final class OdooHandlers {

    private static final Logger LOG = Logger.getLogger(OdooHandlers.class.getName());

    private OdooHandlers() {
    }

    /** Calls the connector and maps its failures. */
    static Delivery call(OutboxCommand command, Duration limitTimeReal, Supplier<Delivery> delivery) {
        try {
            return delivery.get();
        } catch (OdooOutcomeUnknownException e) {
            return new Delivery.Retry("outcome unknown: " + e.getMessage(), limitTimeReal);
        } catch (OdooUnavailableException e) {
            return new Delivery.Retry("Odoo unavailable: " + e.getMessage(), null);
        } catch (OdooRejectedException e) {
            return new Delivery.Rejected("Odoo refused " + command.operation() + " (key " + command.idempotencyKey()
                    + "): " + e.getMessage());
        } catch (IllegalArgumentException | jakarta.json.JsonException | NullPointerException
                | ClassCastException | java.time.format.DateTimeParseException e) {
            return new Delivery.Rejected("the payload of command " + command.id() + " is not a valid "
                    + command.operation() + " command: " + e.getMessage());
        }
    }

    static Duration limit(long millis) {
        return Duration.ofMillis(Math.max(0, millis));
    }

    /**
     * What the four handlers share: the connector, Odoo's {@code limit_time_real}, the ODOO target, and the mapping of
     * the connector's failures ({@link #call}) around the one call each makes ({@link #carryOut}). No method is final:
     * CDI proxies the application-scoped subclasses.
     */
    abstract static class OdooHandler implements CommandHandler {
        protected OdooCommands odoo;
        protected Duration limitTimeReal;

        /** For CDI's proxies only. */
        protected OdooHandler() {
        }

        protected OdooHandler(OdooCommands odoo, long limitTimeRealMs) {
            this.odoo = odoo;
            this.limitTimeReal = limit(limitTimeRealMs);
        }

        @Override
        public OutboxTarget target() {
            return OutboxTarget.ODOO;
        }

        @Override
        public Delivery deliver(OutboxCommand command) {
            return call(command, limitTimeReal, () -> carryOut(command));
        }

        /** Decodes the payload and makes the connector call; failures are mapped by {@link #call}. */
        abstract Delivery carryOut(OutboxCommand command);
    }

    /** Releases a planned production order as a manufacturing order. */
    @ApplicationScoped
    public static class ReleaseManufacturingOrderHandler extends OdooHandler {

        protected ReleaseManufacturingOrderHandler() {
        }

        @Inject
        public ReleaseManufacturingOrderHandler(OdooCommands odoo, @ConfigProperty(name = ConfigKeys.OUTBOX_ODOO_LIMIT_TIME_REAL_MS, defaultValue = "120000")
                long limitTimeReal) {
            super(odoo, limitTimeReal);
        }

        @Override
        public String operation() {
            return OdooCommandCodec.RELEASE_MO;
        }

        @Override
        Delivery carryOut(OutboxCommand command) {
            return released("mrp.production",
                    odoo.releaseManufacturingOrder(OdooCommandCodec.releaseManufacturingOrder(command.payload())));
        }
    }

    /** Releases planned purchases as a request for quotation. */
    @ApplicationScoped
    public static class ReleasePurchaseOrderHandler extends OdooHandler {

        protected ReleasePurchaseOrderHandler() {
        }

        @Inject
        public ReleasePurchaseOrderHandler(OdooCommands odoo, @ConfigProperty(name = ConfigKeys.OUTBOX_ODOO_LIMIT_TIME_REAL_MS, defaultValue = "120000")
                long limitTimeReal) {
            super(odoo, limitTimeReal);
        }

        @Override
        public String operation() {
            return OdooCommandCodec.RELEASE_PO;
        }

        @Override
        Delivery carryOut(OutboxCommand command) {
            return released("purchase.order",
                    odoo.releasePurchaseOrder(OdooCommandCodec.releasePurchaseOrder(command.payload())));
        }
    }

    static Delivery released(String model, ReleasedOrder order) {
        return new Delivery.Done(OdooCommandCodec.result(order), model + " " + order.reference() + " (id "
                + order.id() + ") " + order.outcome() + (order.confirmed() ? ", confirmed" : ""),
                new TargetRecord(model, order.id(), order.reference()), List.of());
    }

    /**
     * Applies a schedule change. APPLIED and UNCHANGED publish {@link ScheduleApplied} (after the outcome is
     * committed). CONFLICT (Odoo changed the record since the planner read it) and MISSING are recorded as the
     * command's result: they are answers, not delivery failures, and replaying would give the same answer.
     */
    @ApplicationScoped
    public static class ScheduleHandler extends OdooHandler {
        private OdooGateway reads;
        private PlanningExceptionSink exceptions;

        protected ScheduleHandler() {
        }

        @Inject
        public ScheduleHandler(OdooCommands odoo, OdooGateway reads, PlanningExceptionSink exceptions,
                @ConfigProperty(name = ConfigKeys.OUTBOX_ODOO_LIMIT_TIME_REAL_MS, defaultValue = "120000")
                long limitTimeReal) {
            super(odoo, limitTimeReal);
            this.reads = reads;
            this.exceptions = exceptions;
        }

        @Override
        public String operation() {
            return OdooCommandCodec.APPLY_SCHEDULE;
        }

        @Override
        Delivery carryOut(OutboxCommand command) {
            ScheduleOutcome outcome = odoo.applySchedule(OdooCommandCodec.scheduleChange(command.payload()));
            String result = OdooCommandCodec.result(outcome);
            String detail = outcome.target() + ": " + outcome.status()
                    + (outcome.differences().isEmpty() ? "" : " " + outcome.differences());
            return switch (outcome.status()) {
                case APPLIED, UNCHANGED -> new Delivery.Done(result, detail, null, List.of(applied(outcome)));
                case CONFLICT, MISSING, WOULD_APPLY -> {
                    // Not a delivery failure (replaying gives the same answer) but a scheduler's business: the
                    // exception says what Odoo holds now, to re-plan from (raised again on a repeated delivery,
                    // it only counts one more occurrence).
                    if (outcome.status() != ScheduleOutcome.Status.WOULD_APPLY) {
                        exceptions.raise(PlanningExceptionSink.Kinds.SCHEDULE_CONFLICT,
                                PlanningExceptionSink.Severity.WARNING, null, "The schedule change for "
                                        + outcome.target() + " was not applied: " + outcome.status()
                                        + (outcome.current() == null ? "" : "; Odoo now holds " + outcome.current()
                                                + " written at " + outcome.updatedAt()),
                                null, outcome.target().toString());
                    }
                    yield new Delivery.Done(result, detail, null, List.of());
                }
            };
        }

        private TaktEvent applied(ScheduleOutcome outcome) {
            Long workOrder = outcome.target().kind() == ScheduleTarget.Kind.WORK_ORDER ? outcome.target().id() : null;
            String reference = orderReference(outcome.target());
            return new ScheduleApplied(Instant.now(), reference, workOrder, outcome.status().name(),
                    outcome.differences().stream().sorted().map(ScheduleField::name).toList(), null, null, null);
        }

        /** The manufacturing order's reference, read from Odoo; null when it cannot be read (the event still goes). */
        private String orderReference(ScheduleTarget target) {
            try {
                long mo = target.id();
                if (target.kind() == ScheduleTarget.Kind.WORK_ORDER) {
                    List<WorkOrder> wo = reads.findByIds(Entity.WORK_ORDER, List.of(target.id()),
                            Set.of("manufacturingOrderId"));
                    if (wo.isEmpty() || wo.get(0).manufacturingOrderId() == null) {
                        return null;
                    }
                    mo = wo.get(0).manufacturingOrderId();
                }
                List<ManufacturingOrder> found = reads.findByIds(Entity.MANUFACTURING_ORDER, List.of(mo),
                        Set.of("name"));
                return found.isEmpty() ? null : found.get(0).name();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "Could not read the reference of " + target + " for ScheduleApplied");
                return null;
            }
        }
    }

    /** Sets a reorder rule's minimum and maximum. MISSING is recorded as the result. */
    @ApplicationScoped
    public static class ReorderRuleHandler extends OdooHandler {

        protected ReorderRuleHandler() {
        }

        @Inject
        public ReorderRuleHandler(OdooCommands odoo, @ConfigProperty(name = ConfigKeys.OUTBOX_ODOO_LIMIT_TIME_REAL_MS, defaultValue = "120000")
                long limitTimeReal) {
            super(odoo, limitTimeReal);
        }

        @Override
        public String operation() {
            return OdooCommandCodec.UPDATE_REORDER_RULE;
        }

        @Override
        Delivery carryOut(OutboxCommand command) {
            ReorderRuleOutcome r = odoo.updateReorderRule(OdooCommandCodec.reorderRuleUpdate(command.payload()));
            return new Delivery.Done(OdooCommandCodec.result(r), "reorder rule " + r.ruleId() + ": " + r.status(), null,
                    List.of());
        }
    }
}
