package dev.takt.sync.outbox;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.sync.CommandQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Objects;

/**
 * The {@link CommandQueue} on the durable outbox: each command becomes an {@code OUTBOX_COMMAND} row (target ODOO)
 * and a QUEUED audit entry, in the caller's transaction ({@code MANDATORY}: calling it without one fails).
 *
 * <p>Aggregates (commands of one are delivered one after the other, in the order queued): a release is its own
 * aggregate ({@code release:<key>}); schedule changes are per manufacturing order or work order
 * ({@code manufacturing-order:<id>}, {@code work-order:<id>}); reorder rule updates per rule
 * ({@code reorder-rule:<id>}).
 */
@ApplicationScoped
public class OutboxCommandQueue implements CommandQueue {

    private OutboxStore store;

    /** For CDI's proxies only. */
    protected OutboxCommandQueue() {
    }

    @Inject
    public OutboxCommandQueue(OutboxStore store) {
        this.store = store;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long releaseManufacturingOrder(ReleaseManufacturingOrder command, Origin origin) {
        return enqueue("release:" + command.idempotencyKey(), OdooCommandCodec.RELEASE_MO, command.idempotencyKey(),
                OdooCommandCodec.encode(command), origin);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long releasePurchaseOrder(ReleasePurchaseOrder command, Origin origin) {
        return enqueue("release:" + command.idempotencyKey(), OdooCommandCodec.RELEASE_PO, command.idempotencyKey(),
                OdooCommandCodec.encode(command), origin);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long applySchedule(ScheduleChange change, IdempotencyKey key, Origin origin) {
        String aggregate = (change.target().kind() == dev.takt.domain.ScheduleTarget.Kind.MANUFACTURING_ORDER
                ? "manufacturing-order:" : "work-order:") + change.target().id();
        return enqueue(aggregate, OdooCommandCodec.APPLY_SCHEDULE, key, OdooCommandCodec.encode(change), origin);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long updateReorderRule(ReorderRuleUpdate update, IdempotencyKey key, Origin origin) {
        return enqueue("reorder-rule:" + update.ruleId(), OdooCommandCodec.UPDATE_REORDER_RULE, key,
                OdooCommandCodec.encode(update), origin);
    }

    private long enqueue(String aggregate, String operation, IdempotencyKey key, String payload, Origin origin) {
        Objects.requireNonNull(key, "an idempotency key is required");
        Objects.requireNonNull(origin, "origin");
        String actor = origin.actor() == null || origin.actor().isBlank() ? "anonymous" : origin.actor();
        String correlation = origin.correlationId() == null || origin.correlationId().isBlank()
                ? java.util.UUID.randomUUID().toString() : origin.correlationId();
        return store.enqueue(OutboxTarget.ODOO, aggregate, operation, key.value(), payload, actor, correlation);
    }
}
