package dev.takt.api.graphql;

import dev.takt.audit.AuditEntry;
import dev.takt.audit.AuditOutcome;
import dev.takt.sync.outbox.CommandStatus;
import dev.takt.sync.outbox.OutboxCommand;
import dev.takt.sync.outbox.OutboxTarget;
import dev.takt.sync.outbox.TargetDelivery;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;

/** The GraphQL types of the outbox's administration and of the audit history. */
public final class OutboxViews {

    private OutboxViews() {
    }

    /** An outbox command. */
    @Type("OutboxCommand")
    @Description("A command for another system, queued in Takt's outbox and delivered by its relay.")
    public record Command(
            @Description("Its id (to replay or discard it).") long id,
            @NonNull @Description("Where it goes: ODOO, PLANNER or PARTNER.") OutboxTarget target,
            @NonNull @Description("What it is about; commands of one aggregate are delivered one after the other.")
            String aggregate,
            @Description("Its position among its aggregate's commands, from 1.") long aggregateSequence,
            @NonNull @Description("What it does, e.g. odoo.releaseManufacturingOrder.") String operation,
            @NonNull @Description("Its identity: a key is carried out once in the target.") String idempotencyKey,
            @NonNull @Description("PENDING, DONE, DEAD (a dead letter) or DISCARDED.") CommandStatus status,
            @Description("Delivery attempts started so far.") int attempts,
            @Description("Not delivered before this time (while pending).") Instant nextAttemptAt,
            @Description("The relay delivering it now, if any.") String leaseOwner,
            @Description("When that relay's lease ends.") Instant leaseExpiresAt,
            @Description("The last failure, in plain words.") String lastError,
            @Description("The target's answer once done (JSON), or the reason it was discarded.") String result,
            @NonNull @Description("The command as queued (JSON).") String payload,
            @NonNull @Description("SHA-256 of the payload.") String payloadHash,
            @NonNull @Description("Who queued it.") String actor,
            @NonNull @Description("The request that queued it; see auditEntries.") String correlationId,
            @NonNull @Description("When it was queued.") Instant createdAt,
            @NonNull @Description("Its last change.") Instant updatedAt,
            @Description("When it was delivered or discarded.") Instant completedAt) {

        static Command of(OutboxCommand c) {
            return new Command(c.id(), c.target(), c.aggregateKey(), c.aggregateSeq(), c.operation(),
                    c.idempotencyKey(), c.status(), c.attempts(),
                    c.status() == CommandStatus.PENDING ? c.nextAttemptAt() : null, c.leaseOwner(),
                    c.leaseExpiresAt(), c.lastError(), c.result(), c.payload(), c.payloadHash(), c.actor(),
                    c.correlationId(), c.createdAt(), c.updatedAt(), c.completedAt());
        }
    }

    /** Delivery to one target. */
    @Type("TargetDelivery")
    @Description("How delivery to one target stands.")
    public record Delivery(
            @NonNull @Description("The target.") OutboxTarget target,
            @Description("Delivery paused by an administrator (commands are still queued).") boolean paused,
            @Description("Commands waiting, including those being delivered.") long pending,
            @Description("Commands a relay is delivering now.") long inFlight,
            @Description("Dead letters waiting for an administrator.") long deadLetters,
            @Description("When the oldest waiting command was queued.") Instant oldestPendingSince,
            @Description("When a command was last delivered.") Instant lastCompletedAt) {

        static Delivery of(TargetDelivery d) {
            return new Delivery(d.target(), d.paused(), d.pending(), d.inFlight(), d.deadLetters(),
                    d.oldestPendingSince(), d.lastCompletedAt());
        }
    }

    /** An audit entry. */
    @Type("AuditEntry")
    @Description("One entry of Takt's append-only audit history.")
    public record Entry(
            @Description("Its position in the history.") long id,
            @NonNull @Description("When it was written (UTC).") Instant at,
            @NonNull @Description("Who acted: the authenticated user, anonymous, or a partner.") String actor,
            @NonNull @Description("What was done, e.g. planning.submitForecast, odoo.releaseManufacturingOrder.")
            String operation,
            @NonNull @Description("Ties a request to everything it caused.") String correlationId,
            @Description("ODOO, PLANNER, PARTNER or TAKT.") String targetSystem,
            @Description("The record concerned, e.g. mrp.production/42 or forecast/7.") String targetRecord,
            @Description("The outbox command concerned.") Long commandId,
            @Description("SHA-256 of the payload.") String payloadHash,
            @NonNull @Description("What came of it.") AuditOutcome outcome,
            @Description("A short description: counts, the target's answer, a reason.") String detail,
            @Description("Why it failed, in plain words.") String error) {

        static Entry of(AuditEntry e) {
            var r = e.record();
            return new Entry(e.id(), e.at(), r.actor(), r.operation(), r.correlationId(), r.targetSystem(),
                    r.targetRecord(), r.commandId(), r.payloadHash(), r.outcome(), r.detail(), r.error());
        }
    }

    /** The audit history's filter. */
    @Input("AuditFilterInput")
    @Description("Which audit entries to read; every field given must match.")
    public record AuditFilter(
            @Description("Exact operation name, e.g. odoo.releaseManufacturingOrder.") String operation,
            @Description("ODOO, PLANNER, PARTNER or TAKT.") String targetSystem,
            @Description("Exact correlation id.") String correlationId,
            @Description("What came of it.") AuditOutcome outcome,
            @Description("Only entries of this outbox command.") Long commandId,
            @Description("Written at or after.") Instant from,
            @Description("Written at or before.") Instant to) {
    }
}
