package dev.takt.sync.outbox;

import java.time.Instant;

/**
 * An outbox command as stored (a snapshot): what to deliver, to whom, in which order, and how far it got.
 *
 * @param id             its id
 * @param target         where it goes
 * @param aggregateKey   what it is about; commands of one aggregate are delivered in {@code aggregateSeq} order
 * @param aggregateSeq   its position among its aggregate's commands (1, 2, 3…)
 * @param operation      what to do there (a handler's operation name)
 * @param idempotencyKey the command's identity: the same key is carried out once
 * @param payload        the command, as JSON
 * @param payloadHash    SHA-256 of the payload (hex)
 * @param status         where it stands
 * @param attempts       delivery attempts started so far
 * @param nextAttemptAt  not delivered before this time
 * @param leaseOwner     the relay delivering it now, or null
 * @param leaseExpiresAt when that relay's lease ends, or null
 * @param lastError      the last failure, in plain words, or null
 * @param result         the target's answer once done (JSON), or the reason it was discarded
 * @param actor          who queued it
 * @param correlationId  the request that queued it
 * @param createdAt      when it was queued
 * @param updatedAt      last change
 * @param completedAt    when it was done or discarded, or null
 */
public record OutboxCommand(long id, OutboxTarget target, String aggregateKey, long aggregateSeq, String operation,
        String idempotencyKey, String payload, String payloadHash, CommandStatus status, int attempts,
        Instant nextAttemptAt, String leaseOwner, Instant leaseExpiresAt, String lastError, String result,
        String actor, String correlationId, Instant createdAt, Instant updatedAt, Instant completedAt) {
}
