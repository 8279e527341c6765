package dev.takt.planning.nativeplan;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.PlannedOrderRelease;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A stored {@link PlannedOrderRelease}: one row per released planned order, keyed by batch and line. */
@Entity
@Table(name = "PLAN_ORDER_RELEASE")
@IdClass(LineKey.class)
class PlannedOrderReleaseRow {

    @Id
    @Column(name = "BATCH_NO")
    private int batch;

    @Id
    @Column(name = "LINE_NO")
    private int line;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, length = 64)
    private String idempotencyKey;

    @Column(name = "COMMAND_ID", nullable = false)
    private long commandId;

    @Column(name = "VENDOR_ID")
    private Long vendorId;

    @Column(name = "RELEASED_AT", nullable = false)
    private LocalDateTime releasedAt;

    protected PlannedOrderReleaseRow() {
    }

    static PlannedOrderReleaseRow of(PlannedOrderRelease release) {
        PlannedOrderReleaseRow row = new PlannedOrderReleaseRow();
        row.batch = release.batch();
        row.line = release.line();
        row.idempotencyKey = release.idempotencyKey().value();
        row.commandId = release.commandId();
        row.vendorId = release.vendorId();
        row.releasedAt = Utc.of(release.releasedAt());
        return row;
    }

    PlannedOrderRelease toDomain() {
        return new PlannedOrderRelease(batch, line, IdempotencyKey.of(idempotencyKey), commandId, vendorId,
                Utc.instant(releasedAt));
    }
}
