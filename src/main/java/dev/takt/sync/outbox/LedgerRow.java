package dev.takt.sync.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** One entry of the idempotency ledger ({@code OUTBOX_LEDGER}): key → the record it created in the target. */
@Entity
@Table(name = "OUTBOX_LEDGER")
@IdClass(LedgerRow.Key.class)
class LedgerRow {

    /** The ledger's primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        OutboxTarget target;
        String idempotencyKey;

        public Key() {
        }

        Key(OutboxTarget target, String idempotencyKey) {
            this.target = target;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.target == target && Objects.equals(k.idempotencyKey, idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(target, idempotencyKey);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET")
    OutboxTarget target;
    @Id
    @Column(name = "IDEMPOTENCY_KEY")
    String idempotencyKey;
    @Column(name = "RECORD_MODEL", nullable = false)
    String model;
    @Column(name = "RECORD_ID", nullable = false)
    long recordId;
    @Column(name = "RECORD_REF")
    String reference;
    @Column(name = "COMMAND_ID", nullable = false)
    long commandId;
    @Column(name = "RECORDED_AT", nullable = false)
    LocalDateTime recordedAt;

    protected LedgerRow() {
    }

    LedgerRow(OutboxTarget target, String idempotencyKey, TargetRecord record, long commandId, Instant at) {
        this.target = target;
        this.idempotencyKey = idempotencyKey;
        this.model = record.model();
        this.recordId = record.id();
        this.reference = OutboxCommandRow.cut(record.reference(), 200);
        this.commandId = commandId;
        this.recordedAt = Utc.of(at);
    }

    TargetRecord record() {
        return new TargetRecord(model, recordId, reference);
    }
}
