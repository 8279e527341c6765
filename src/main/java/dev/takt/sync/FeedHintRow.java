package dev.takt.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A webhook hint received from Odoo ({@code SYNC_FEED_HINT}). */
@Entity
@Table(name = "SYNC_FEED_HINT")
class FeedHintRow {

    @Id
    @Column(name = "ID")
    private long id;
    @Column(name = "MODEL", nullable = false)
    private String model;
    @Column(name = "ODOO_MODEL", nullable = false)
    private String odooModel;
    @Column(name = "ODOO_ID")
    private Long odooId;
    @Column(name = "ACTION_NAME")
    private String action;
    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;
    @Column(name = "PAYLOAD_SHA256", nullable = false)
    private String sha256;
    @Column(name = "PAYLOAD", nullable = false)
    private String payload;
    @Column(name = "READ_AT")
    private LocalDateTime readAt;

    protected FeedHintRow() {
    }

    FeedHintRow(long id, String model, String odooModel, Long odooId, String action, LocalDateTime receivedAt,
            String sha256, String payload) {
        this.id = id;
        this.model = model;
        this.odooModel = odooModel;
        this.odooId = odooId;
        this.action = action;
        this.receivedAt = receivedAt;
        this.sha256 = sha256;
        this.payload = payload;
    }

    /** The read it triggered completed (first time only). */
    void read(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    long id() {
        return id;
    }

    String model() {
        return model;
    }

    String odooModel() {
        return odooModel;
    }

    Long odooId() {
        return odooId;
    }

    String action() {
        return action;
    }

    LocalDateTime receivedAt() {
        return receivedAt;
    }

    String sha256() {
        return sha256;
    }

    LocalDateTime readAt() {
        return readAt;
    }
}
