package dev.takt.planning.nativeplan;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.ItemCode;
import dev.takt.planning.ReceivedExecution;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An execution update the native planner received ({@code PLAN_EXECUTION_UPDATE}), once per kind, Odoo id,
 * {@code write_date} and deletion flag: the key that makes receiving it again change nothing.
 */
@Entity
@Table(name = "PLAN_EXECUTION_UPDATE")
class ExecutionUpdateRow {

    /** The identity of an update. */
    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "KIND")
        private String kind;
        @Column(name = "ODOO_ID")
        private long odooId;
        @Column(name = "CHANGED_AT")
        private LocalDateTime changedAt;
        @Column(name = "DELETED")
        private int deleted;

        protected Key() {
        }

        Key(ExecutionUpdate u) {
            kind = u.kind().name();
            odooId = u.odooId();
            changedAt = Utc.of(u.changedAt());
            deleted = u.deleted() ? 1 : 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind.equals(kind) && k.odooId == odooId && k.changedAt.equals(changedAt)
                    && k.deleted == deleted;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, odooId, changedAt, deleted);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "SEQ_NO", nullable = false)
    private int sequence;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "ITEM_CODE")
    private String item;
    @Column(name = "LOCATION")
    private String location;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "STATE")
    private String state;
    @Column(name = "START_AT")
    private LocalDateTime start;
    @Column(name = "END_AT")
    private LocalDateTime end;
    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;

    protected ExecutionUpdateRow() {
    }

    static Key key(ExecutionUpdate u) {
        return new Key(u);
    }

    static ExecutionUpdateRow of(int sequence, ExecutionUpdate u, Instant receivedAt) {
        ExecutionUpdateRow row = new ExecutionUpdateRow();
        row.key = new Key(u);
        row.sequence = sequence;
        row.reference = clip(u.reference(), 200);
        row.item = u.item() == null ? null : u.item().value();
        row.location = clip(u.location(), 200);
        row.quantity = u.quantity();
        row.state = clip(u.state(), 40);
        row.start = Utc.of(u.start());
        row.end = Utc.of(u.end());
        row.receivedAt = Utc.of(receivedAt);
        return row;
    }

    ReceivedExecution toDomain() {
        ExecutionUpdate u = new ExecutionUpdate(ExecutionUpdate.Kind.valueOf(key.kind), key.odooId, reference,
                item == null ? null : new ItemCode(item), location, quantity, state, Utc.instant(start),
                Utc.instant(end), Utc.instant(key.changedAt), key.deleted == 1);
        return new ReceivedExecution(sequence, Utc.instant(receivedAt), u);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
