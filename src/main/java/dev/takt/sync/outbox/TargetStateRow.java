package dev.takt.sync.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

/** Whether delivery to a target is paused ({@code OUTBOX_TARGET}); no row means running. */
@Entity
@Table(name = "OUTBOX_TARGET")
class TargetStateRow {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET")
    OutboxTarget target;
    @Column(name = "PAUSED", nullable = false)
    short paused;
    @Column(name = "CHANGED_AT", nullable = false)
    LocalDateTime changedAt;
    @Column(name = "CHANGED_BY", nullable = false)
    String changedBy;

    protected TargetStateRow() {
    }

    TargetStateRow(OutboxTarget target) {
        this.target = target;
    }

    void set(boolean pause, String actor, Instant at) {
        this.paused = (short) (pause ? 1 : 0);
        this.changedBy = OutboxCommandRow.cut(actor, 200);
        this.changedAt = Utc.of(at);
    }
}
