package dev.takt.planning.nativeplan;

import dev.takt.domain.Priority;
import dev.takt.domain.ScheduleProposal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A stored {@link ScheduleProposal} of a batch. Times are UTC. */
@Entity
@Table(name = "PLAN_SCHEDULE_PROPOSAL")
@IdClass(LineKey.class)
class ScheduleProposalRow {

    @Id
    @Column(name = "BATCH_NO")
    private int batch;

    @Id
    @Column(name = "LINE_NO")
    private int line;

    @Column(name = "MO_REF", nullable = false, length = 64)
    private String manufacturingOrder;

    @Column(name = "WORK_ORDER_ID")
    private Long workOrderId;

    @Column(name = "PLANNED_START", nullable = false)
    private LocalDateTime plannedStart;

    @Column(name = "PLANNED_FINISH", nullable = false)
    private LocalDateTime plannedFinish;

    @Column(name = "WORK_CENTER", length = 200)
    private String workCenter;

    @Column(name = "SEQUENCE_NO")
    private Integer sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIORITY", length = 16)
    private Priority priority;

    @Column(name = "BASED_ON")
    private LocalDateTime basedOn;

    protected ScheduleProposalRow() {
    }

    static ScheduleProposalRow of(int batch, ScheduleProposal proposal) {
        ScheduleProposalRow row = new ScheduleProposalRow();
        row.batch = batch;
        row.line = proposal.line();
        row.manufacturingOrder = proposal.manufacturingOrder();
        row.workOrderId = proposal.workOrderId();
        row.plannedStart = Utc.of(proposal.plannedStart());
        row.plannedFinish = Utc.of(proposal.plannedFinish());
        row.workCenter = proposal.workCenter();
        row.sequence = proposal.sequence();
        row.priority = proposal.priority();
        row.basedOn = Utc.of(proposal.basedOn());
        return row;
    }

    ScheduleProposal toDomain() {
        return new ScheduleProposal(line, manufacturingOrder, workOrderId, Utc.instant(plannedStart),
                Utc.instant(plannedFinish), workCenter, sequence, priority, Utc.instant(basedOn));
    }
}
