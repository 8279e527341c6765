/**
 * The transactional outbox: every command for Odoo (and later the planner and partners) is a row written in the
 * workflow's own transaction with its audit entry ({@link dev.takt.sync.outbox.OutboxCommandQueue}, the
 * {@link dev.takt.sync.CommandQueue} implementation), then delivered by {@link dev.takt.sync.outbox.OutboxRelay}:
 * row leases (several relays or replicas never hold one command together; a crashed relay's commands come back
 * when the lease expires), in order per aggregate, through a {@link dev.takt.sync.outbox.CommandHandler} per
 * (target, operation), with backoff and jitter for retriable failures and dead letters for permanent ones. The
 * idempotency ledger maps each key to the record it created, as a second lock after the target's own search by
 * key. {@link dev.takt.sync.outbox.OutboxAdmin} is the administrator's side (replay, discard, pause, resume).
 * Guarantees and runbook: docs/outbox.md.
 */
package dev.takt.sync.outbox;
