package dev.takt.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** The last state seen of a followed Odoo record ({@code SYNC_FEED_KNOWN}). */
@Entity
@Table(name = "SYNC_FEED_KNOWN")
class FeedKnownRow {

    /** Model and Odoo id. */
    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "MODEL")
        String model;
        @Column(name = "ODOO_ID")
        long odooId;

        protected Key() {
        }

        Key(String model, long odooId) {
            this.model = model;
            this.odooId = odooId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.model.equals(model) && k.odooId == odooId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(model, odooId);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "STATE")
    private String state;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;

    protected FeedKnownRow() {
    }

    FeedKnownRow(String model, long odooId) {
        this.key = new Key(model, odooId);
    }

    long odooId() {
        return key.odooId;
    }

    String state() {
        return state;
    }

    BigDecimal quantity() {
        return quantity;
    }

    /** What was seen now (through the entity's own method, so that EclipseLink tracks it). */
    void seen(String newState, BigDecimal newQuantity, LocalDateTime at) {
        state = newState;
        quantity = newQuantity;
        changedAt = at;
    }
}
