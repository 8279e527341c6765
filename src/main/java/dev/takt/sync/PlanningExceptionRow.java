package dev.takt.sync;

import dev.takt.domain.DemandLink;
import dev.takt.domain.OrderLink;
import dev.takt.domain.PlanningExceptionCase;
import dev.takt.domain.PlanningExceptionDraft;
import dev.takt.domain.PlanningExceptionKind;
import dev.takt.domain.PlanningExceptionStatus;
import dev.takt.domain.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A stored planning exception ({@code SYNC_PLANNING_EXCEPTION}). */
@Entity
@Table(name = "SYNC_PLANNING_EXCEPTION")
class PlanningExceptionRow {

    @Id
    @Column(name = "ID")
    private long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private PlanningExceptionKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "SEVERITY", nullable = false)
    private Severity severity;
    @Column(name = "OWNER_ROLE", nullable = false)
    private String ownerRole;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private PlanningExceptionStatus status;
    @Column(name = "MESSAGE", nullable = false)
    private String message;
    @Column(name = "DEDUP_KEY", nullable = false)
    private String dedupKey;
    @Column(name = "OPEN_KEY")
    private String openKey;
    @Column(name = "ITEM_CODE")
    private String item;
    @Column(name = "WORK_CENTER")
    private String workCenter;
    @Column(name = "PLANT")
    private String plant;
    @Column(name = "ORDER_MODEL")
    private String orderModel;
    @Column(name = "ORDER_ID")
    private Long orderId;
    @Column(name = "ORDER_REF")
    private String orderRef;
    @Column(name = "DEMAND_KIND")
    private String demandKind;
    @Column(name = "DEMAND_REF")
    private String demandRef;
    @Column(name = "DUE_AT")
    private LocalDateTime dueAt;
    @Column(name = "RAISED_AT", nullable = false)
    private LocalDateTime raisedAt;
    @Column(name = "RAISED_BY", nullable = false)
    private String raisedBy;
    @Column(name = "LAST_SEEN_AT", nullable = false)
    private LocalDateTime lastSeenAt;
    @Column(name = "OCCURRENCES", nullable = false)
    private int occurrences;
    @Column(name = "ACK_AT")
    private LocalDateTime ackAt;
    @Column(name = "ACK_BY")
    private String ackBy;
    @Column(name = "ACK_NOTE")
    private String ackNote;
    @Column(name = "RESOLVED_AT")
    private LocalDateTime resolvedAt;
    @Column(name = "RESOLVED_BY")
    private String resolvedBy;
    @Column(name = "RESOLUTION")
    private String resolution;

    protected PlanningExceptionRow() {
    }

    static PlanningExceptionRow of(PlanningExceptionCase c) {
        PlanningExceptionRow row = new PlanningExceptionRow();
        row.id = c.id();
        PlanningExceptionDraft d = c.draft();
        row.kind = d.kind();
        row.severity = d.severity();
        row.ownerRole = d.ownerRole();
        row.message = d.message();
        row.dedupKey = d.dedupKey();
        row.item = d.item();
        row.workCenter = d.workCenter();
        row.plant = d.plant();
        if (d.order() != null) {
            row.orderModel = d.order().model();
            row.orderId = d.order().odooId();
            row.orderRef = d.order().reference();
        }
        if (d.demand() != null) {
            row.demandKind = d.demand().kind().name();
            row.demandRef = d.demand().reference();
        }
        row.dueAt = Utc.of(d.dueAt());
        row.raisedAt = Utc.of(c.raisedAt());
        row.raisedBy = c.raisedBy();
        row.apply(c);
        return row;
    }

    /** Takes the life-cycle fields of {@code c}. */
    void apply(PlanningExceptionCase c) {
        status = c.status();
        openKey = c.status().isActive() ? c.draft().dedupKey() : null;
        lastSeenAt = Utc.of(c.lastSeenAt());
        occurrences = c.occurrences();
        if (c.acknowledged() != null) {
            ackAt = Utc.of(c.acknowledged().at());
            ackBy = c.acknowledged().by();
            ackNote = c.acknowledged().note();
        }
        if (c.resolved() != null) {
            resolvedAt = Utc.of(c.resolved().at());
            resolvedBy = c.resolved().by();
            resolution = c.resolved().note();
        }
    }

    PlanningExceptionCase toDomain() {
        OrderLink order = orderModel == null && orderId == null && orderRef == null ? null
                : new OrderLink(orderModel, orderId, orderRef);
        DemandLink demand = demandKind == null ? null : new DemandLink(DemandLink.Kind.valueOf(demandKind), demandRef);
        PlanningExceptionDraft draft = new PlanningExceptionDraft(kind, severity, ownerRole, message, dedupKey, item,
                workCenter, plant, order, demand, Utc.instant(dueAt));
        return new PlanningExceptionCase(id, draft, status, Utc.instant(raisedAt), raisedBy, Utc.instant(lastSeenAt),
                occurrences,
                ackBy == null ? null : new PlanningExceptionCase.Step(ackBy, Utc.instant(ackAt), ackNote),
                resolvedBy == null ? null
                        : new PlanningExceptionCase.Step(resolvedBy, Utc.instant(resolvedAt), resolution));
    }
}
