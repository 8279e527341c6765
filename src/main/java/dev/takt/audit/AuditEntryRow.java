package dev.takt.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** An audit entry as stored in {@code AUDIT_ENTRY}; inserted once, never updated. */
@Entity
@Table(name = "AUDIT_ENTRY")
class AuditEntryRow {

    static final int TEXT = 2000;

    @Id
    @Column(name = "ID")
    private long id;
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private LocalDateTime at;
    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;
    @Column(name = "OPERATION", nullable = false, updatable = false)
    private String operation;
    @Column(name = "CORRELATION_ID", nullable = false, updatable = false)
    private String correlationId;
    @Column(name = "TARGET_SYSTEM", updatable = false)
    private String targetSystem;
    @Column(name = "TARGET_RECORD", updatable = false)
    private String targetRecord;
    @Column(name = "COMMAND_ID", updatable = false)
    private Long commandId;
    @Column(name = "PAYLOAD_HASH", updatable = false)
    private String payloadHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, updatable = false)
    private AuditOutcome outcome;
    @Column(name = "DETAIL", updatable = false)
    private String detail;
    @Column(name = "ERROR_TEXT", updatable = false)
    private String error;

    protected AuditEntryRow() {
    }

    AuditEntryRow(long id, Instant at, AuditRecord r) {
        this.id = id;
        this.at = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        this.actor = cut(r.actor(), 200);
        this.operation = cut(r.operation(), 100);
        this.correlationId = cut(r.correlationId(), 100);
        this.targetSystem = cut(r.targetSystem(), 16);
        this.targetRecord = cut(r.targetRecord(), 200);
        this.commandId = r.commandId();
        this.payloadHash = r.payloadHash();
        this.outcome = r.outcome();
        this.detail = cut(r.detail(), TEXT);
        this.error = cut(r.error(), TEXT);
    }

    AuditEntry toDomain() {
        return new AuditEntry(id, at.toInstant(ZoneOffset.UTC), new AuditRecord(actor, operation, correlationId,
                targetSystem, targetRecord, commandId, payloadHash, outcome, detail, error));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
