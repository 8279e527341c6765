package dev.takt.sync.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

/** An outbox command as stored in {@code OUTBOX_COMMAND}. */
@Entity
@Table(name = "OUTBOX_COMMAND")
class OutboxCommandRow {

    static final int ERROR_LENGTH = 2000;
    static final int RESULT_LENGTH = 4000;
    static final int PAYLOAD_LENGTH = 32000;

    @Id
    @Column(name = "ID")
    long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET", nullable = false, updatable = false)
    OutboxTarget target;
    @Column(name = "AGGREGATE_KEY", nullable = false, updatable = false)
    String aggregateKey;
    @Column(name = "AGGREGATE_SEQ", nullable = false, updatable = false)
    long aggregateSeq;
    @Column(name = "OPERATION", nullable = false, updatable = false)
    String operation;
    @Column(name = "IDEMPOTENCY_KEY", nullable = false, updatable = false)
    String idempotencyKey;
    @Column(name = "PAYLOAD", nullable = false, updatable = false)
    String payload;
    @Column(name = "PAYLOAD_HASH", nullable = false, updatable = false)
    String payloadHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    CommandStatus status;
    @Column(name = "ATTEMPTS", nullable = false)
    int attempts;
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    LocalDateTime nextAttemptAt;
    @Column(name = "LEASE_OWNER")
    String leaseOwner;
    @Column(name = "LEASE_EXPIRES_AT")
    LocalDateTime leaseExpiresAt;
    @Column(name = "LAST_ERROR")
    String lastError;
    @Column(name = "RESULT_TEXT")
    String result;
    @Column(name = "ACTOR", nullable = false, updatable = false)
    String actor;
    @Column(name = "CORRELATION_ID", nullable = false, updatable = false)
    String correlationId;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Column(name = "COMPLETED_AT")
    LocalDateTime completedAt;

    protected OutboxCommandRow() {
    }

    OutboxCommandRow(long id, OutboxTarget target, String aggregateKey, long aggregateSeq, String operation,
            String idempotencyKey, String payload, String payloadHash, String actor, String correlationId,
            Instant now) {
        this.id = id;
        this.target = target;
        this.aggregateKey = aggregateKey;
        this.aggregateSeq = aggregateSeq;
        this.operation = operation;
        this.idempotencyKey = idempotencyKey;
        this.payload = payload;
        this.payloadHash = payloadHash;
        this.status = CommandStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = Utc.of(now);
        this.actor = cut(actor, 200);
        this.correlationId = cut(correlationId, 100);
        this.createdAt = Utc.of(now);
        this.updatedAt = this.createdAt;
    }

    /**
     * Back to delivery at once (a replayed dead letter); attempts are kept. Changed through the entity's own methods
     * so that EclipseLink's woven change tracking sees the change.
     */
    void replay(Instant now) {
        status = CommandStatus.PENDING;
        nextAttemptAt = Utc.of(now);
        leaseOwner = null;
        leaseExpiresAt = null;
        updatedAt = Utc.of(now);
    }

    /** Discarded for good, with the reason as its result. */
    void discard(String reason, Instant now) {
        status = CommandStatus.DISCARDED;
        result = cut(reason, RESULT_LENGTH);
        completedAt = Utc.of(now);
        updatedAt = Utc.of(now);
    }

    OutboxCommand toDomain() {
        return new OutboxCommand(id, target, aggregateKey, aggregateSeq, operation, idempotencyKey, payload,
                payloadHash, status, attempts, Utc.instant(nextAttemptAt), leaseOwner, Utc.instant(leaseExpiresAt),
                lastError, result, actor, correlationId, Utc.instant(createdAt), Utc.instant(updatedAt),
                Utc.instant(completedAt));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
