package dev.takt.sync;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;

/**
 * Queues commands for Odoo in the caller's transaction: the durable outbox's entry for the workflows. A command
 * queued here is delivered at least once, in order per aggregate, by the relay, and its effect in Odoo happens at
 * most once (idempotency key + ledger). Must be called inside a transaction (the workflow's), so that the audit
 * entry, the workflow state and the outbox row commit together or not at all.
 */
public interface CommandQueue {

    /** Who asked, for the audit history, and the correlation id that ties the request to its deliveries. */
    record Origin(String actor, String correlationId) {
    }

    /** @return the outbox command's id (the existing one when this key was queued before) */
    long releaseManufacturingOrder(ReleaseManufacturingOrder command, Origin origin);

    /** @return the outbox command's id (the existing one when this key was queued before) */
    long releasePurchaseOrder(ReleasePurchaseOrder command, Origin origin);

    /** @return the outbox command's id (the existing one when this key was queued before) */
    long applySchedule(ScheduleChange change, IdempotencyKey key, Origin origin);

    /** @return the outbox command's id (the existing one when this key was queued before) */
    long updateReorderRule(ReorderRuleUpdate update, IdempotencyKey key, Origin origin);
}
