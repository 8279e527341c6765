package dev.takt.api.graphql;

import dev.takt.domain.DemandLink;
import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.PlanningExceptionCase;
import dev.takt.domain.PlanningExceptionKind;
import dev.takt.domain.PlanningExceptionStatus;
import dev.takt.domain.Severity;
import dev.takt.domain.event.CommandDeadLettered;
import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.InventoryShortage;
import dev.takt.domain.event.PlanningExceptionRaised;
import dev.takt.domain.event.ProductionStatusChanged;
import dev.takt.domain.event.ScheduleApplied;
import dev.takt.domain.event.TaktEvent;
import dev.takt.planning.ReceivedExecution;
import dev.takt.sync.FeedbackModel;
import dev.takt.sync.FeedbackRelay;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.Instant;

/** The types of the execution-feedback and planning-exception API. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    /** The kinds of execution updates, as GraphQL names them. */
    public enum ExecutionKind {
        MANUFACTURING_ORDER, WORK_ORDER, STOCK, PURCHASE_RECEIPT, SALES_DELIVERY;

        static ExecutionKind of(ExecutionUpdate.Kind kind) {
            return valueOf(kind.name());
        }

        ExecutionUpdate.Kind toDomain() {
            return ExecutionUpdate.Kind.valueOf(name());
        }
    }

    /** The kinds of demand a planning exception links to, as GraphQL names them. */
    public enum DemandKind {
        ITEM, SALES_ORDER_LINE, FORECAST_LINE;

        static DemandKind of(DemandLink.Kind kind) {
            return kind == null ? null : valueOf(kind.name());
        }
    }

    /** Filter of planningExceptions. */
    @Input("PlanningExceptionFilter")
    @Description("Which planning exceptions to list; every part left out matches all.")
    public record ExceptionFilter(
            @Description("Only in this status.") PlanningExceptionStatus status,
            @Description("Only of this kind.") PlanningExceptionKind kind,
            @Description("Only of this severity.") Severity severity,
            @Description("Only for this role (planner, buyer, scheduler, administrator…).") String ownerRole,
            @Description("Only about this item code.") String item) {
    }

    /** A planning exception. */
    @Type("PlanningException")
    @Description("A condition a person must review (unmapped item, invalid routing, duplicate production event, "
            + "conflict, threshold breach, shortage), with who must act, how urgently, and its life "
            + "OPEN → ACKNOWLEDGED → RESOLVED.")
    public record ExceptionView(
            @Description("Its number, to acknowledge or resolve it.") long id,
            @NonNull PlanningExceptionKind kind,
            @NonNull Severity severity,
            @NonNull @Description("The role that must act.") String ownerRole,
            @NonNull PlanningExceptionStatus status,
            @NonNull @Description("What happened, in the owner's words.") String message,
            @Description("The item concerned (code).") String item,
            @Description("The work center concerned.") String workCenter,
            @Description("The plant (warehouse code) concerned.") String plant,
            @Description("The Odoo model of the order concerned.") String orderModel,
            @Description("The Odoo id of the order concerned.") Long orderId,
            @Description("The reference of the order concerned.") String orderReference,
            @Description("The kind of demand put at risk.") DemandKind demandKind,
            @Description("The demand put at risk: item code, sales order line or forecast line.") String demandReference,
            @Description("When it should be handled by.") Instant dueAt,
            @NonNull @Description("When it was first raised.") Instant raisedAt,
            @NonNull @Description("Who raised it (a workflow or a person).") String raisedBy,
            @NonNull @Description("When the condition was last seen while open.") Instant lastSeenAt,
            @Description("How many times it was raised while open.") int occurrences,
            @Description("Who acknowledged it.") String acknowledgedBy,
            @Description("When it was acknowledged.") Instant acknowledgedAt,
            @Description("The acknowledgement's note.") String acknowledgementNote,
            @Description("Who resolved it.") String resolvedBy,
            @Description("When it was resolved.") Instant resolvedAt,
            @Description("How it was resolved.") String resolution) {

        static ExceptionView of(PlanningExceptionCase c) {
            var d = c.draft();
            var ack = c.acknowledged();
            var res = c.resolved();
            return new ExceptionView(c.id(), d.kind(), d.severity(), d.ownerRole(), c.status(), d.message(), d.item(),
                    d.workCenter(), d.plant(), d.order() == null ? null : d.order().model(),
                    d.order() == null ? null : d.order().odooId(), d.order() == null ? null : d.order().reference(),
                    d.demand() == null ? null : DemandKind.of(d.demand().kind()), d.demand() == null ? null : d.demand().reference(),
                    d.dueAt(), c.raisedAt(), c.raisedBy(), c.lastSeenAt(), c.occurrences(),
                    ack == null ? null : ack.by(), ack == null ? null : ack.at(), ack == null ? null : ack.note(),
                    res == null ? null : res.by(), res == null ? null : res.at(), res == null ? null : res.note());
        }
    }

    /** One poll of a feedback model. */
    @Type("FeedbackPoll")
    @Description("What one read of a model's Odoo changes did.")
    public record Poll(
            @NonNull FeedbackModel model,
            @Description("Pages committed.") int pages,
            @Description("Updates delivered to the planner (changes and deletions).") int delivered,
            @Description("Of which deletions.") int deleted,
            @Description("True when the feed was read to its end.") boolean drained,
            @Description("The cursor's position afterwards (write_date second).") Instant position,
            @Description("Why the read stopped early; the cursor stayed after the last committed page.") String error) {

        static Poll of(FeedbackRelay.Poll p) {
            return new Poll(p.model(), p.pages(), p.delivered(), p.deleted(), p.drained(), p.position(), p.error());
        }
    }

    /** A model's cursor. */
    @Type("FeedbackCursor")
    @Description("Where the execution feedback of one Odoo model stands.")
    public record Cursor(
            @NonNull FeedbackModel model,
            @Description("High-water mark: every change up to this write_date second (and positionId) was "
                    + "delivered; null before the first read.") Instant position,
            @Description("The Odoo id within that second.") long positionId,
            @Description("True until the first read to the end (no events during the initial load).")
            boolean initialLoad,
            @Description("True when the timer does not poll this model.") boolean paused,
            @Description("Pages committed so far.") long batches,
            @Description("Updates delivered so far.") long delivered,
            @Description("When the cursor last moved.") Instant advancedAt,
            @Description("When the model was last polled.") Instant lastPollAt,
            @Description("The last poll's error; null when it succeeded.") String lastError) {

        static Cursor of(FeedbackRelay.Status s) {
            return new Cursor(s.model(), s.position(), s.positionId(), s.initialLoad(), s.paused(), s.batches(),
                    s.delivered(), s.advancedAt(), s.lastPollAt(), s.lastError());
        }
    }

    /** A webhook hint. */
    @Type("FeedbackHint")
    @Description("A webhook Odoo sent: a hint that a record changed; the cursor reads the committed state.")
    public record Hint(long id, @NonNull FeedbackModel model, @NonNull String odooModel, Long odooId, String action,
            @NonNull Instant receivedAt, @NonNull @Description("SHA-256 of the payload.") String sha256,
            @Description("When the read it triggered completed.") Instant readAt) {

        static Hint of(FeedbackRelay.Hint h) {
            return new Hint(h.id(), h.model(), h.odooModel(), h.odooId(), h.action(), h.receivedAt(), h.sha256(),
                    h.readAt());
        }
    }

    /** An execution update the planner holds. */
    @Type("ExecutionUpdate")
    @Description("What Odoo executed, as the planner received it (each once).")
    public record Update(
            @Description("Its number in the order received.") int sequence,
            @NonNull Instant receivedAt,
            @NonNull ExecutionKind kind,
            @Description("The Odoo record's id.") long odooId,
            String reference,
            @Description("Item code.") String item,
            String location,
            BigDecimal quantity,
            String state,
            Instant start,
            Instant end,
            @NonNull @Description("Odoo's write_date of the change (or when the deletion was found).")
            Instant changedAt,
            boolean deleted) {

        static Update of(ReceivedExecution r) {
            ExecutionUpdate u = r.update();
            return new Update(r.sequence(), r.receivedAt(), ExecutionKind.of(u.kind()), u.odooId(), u.reference(),
                    u.item() == null ? null : u.item().value(), u.location(), u.quantity(), u.state(), u.start(),
                    u.end(), u.changedAt(), u.deleted());
        }
    }

    /** Kinds of partner events. */
    public enum EventType {
        PLANNING_EXCEPTION_RAISED(PlanningExceptionRaised.class),
        SCHEDULE_APPLIED(ScheduleApplied.class),
        PRODUCTION_STATUS_CHANGED(ProductionStatusChanged.class),
        INVENTORY_SHORTAGE(InventoryShortage.class),
        FORECAST_PUBLISHED(ForecastPublished.class),
        COMMAND_DEAD_LETTERED(CommandDeadLettered.class);

        final Class<? extends TaktEvent> type;

        EventType(Class<? extends TaktEvent> type) {
            this.type = type;
        }

        static EventType of(TaktEvent e) {
            for (EventType t : values()) {
                if (t.type.isInstance(e)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown event");
        }
    }

    /** A partner event. */
    @Type("RecentEvent")
    @Description("A partner event fired after its transaction committed.")
    public record Event(@NonNull EventType type, @NonNull Instant at, String item, String workCenter, String plant,
            @Description("What it is about: the manufacturing order, exception id, command…") String subject,
            @Description("The new state or outcome, when the event has one.") String state,
            @Description("A quantity: produced, short by…") BigDecimal quantity) {

        static Event of(TaktEvent e) {
            String subject = null;
            String state = null;
            BigDecimal quantity = null;
            if (e instanceof ProductionStatusChanged p) {
                subject = p.workOrder() == null ? p.manufacturingOrder()
                        : p.manufacturingOrder() + " / work order " + p.workOrder();
                state = p.state();
                quantity = p.quantityProduced();
            } else if (e instanceof InventoryShortage s) {
                subject = s.item();
                quantity = s.shortBy();
            } else if (e instanceof PlanningExceptionRaised r) {
                subject = "planning exception " + r.id();
                state = r.kind();
            } else if (e instanceof ScheduleApplied a) {
                subject = a.manufacturingOrder();
                state = a.outcome();
            } else if (e instanceof ForecastPublished f) {
                subject = "forecast version " + f.version();
            } else if (e instanceof CommandDeadLettered d) {
                subject = "command " + d.commandId();
                state = d.error();
            }
            return new Event(EventType.of(e), e.at(), e.item(), e.workCenter(), e.plant(), subject, state, quantity);
        }
    }
}
