package dev.takt.planning.nativeplan;

import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.RejectedLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A line refused at submission, kept with its reason beside the version or batch it was submitted with. */
@Entity
@Table(name = "PLAN_REJECTED_LINE")
@IdClass(RejectedLineRow.Key.class)
class RejectedLineRow {

    /** Longest reason stored; longer ones are cut with an ellipsis. */
    static final int MAX_REASON = 1000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "BATCH_KIND", length = 16)
    private PlanningBatchKind kind;

    @Id
    @Column(name = "BATCH_NO")
    private int batch;

    @Id
    @Column(name = "LINE_NO")
    private int line;

    @Column(name = "FIELD_NAME", length = 40)
    private String field;

    @Column(name = "REASON", nullable = false, length = MAX_REASON)
    private String reason;

    protected RejectedLineRow() {
    }

    static RejectedLineRow of(PlanningBatchKind kind, int batch, RejectedLine rejected) {
        RejectedLineRow row = new RejectedLineRow();
        row.kind = kind;
        row.batch = batch;
        row.line = rejected.line();
        row.field = rejected.field();
        String reason = rejected.reason();
        row.reason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
        return row;
    }

    RejectedLine toDomain() {
        return new RejectedLine(line, field, reason);
    }

    /** Primary key: kind, version or batch number, line. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        PlanningBatchKind kind;
        int batch;
        int line;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && key.batch == batch && key.line == line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, batch, line);
        }
    }
}
