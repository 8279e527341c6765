package dev.takt.planning.nativeplan;

import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

/** What planned-order and schedule batches store alike. Times are UTC. */
@MappedSuperclass
abstract class BatchRow {

    @Id
    @Column(name = "BATCH_NO")
    private int number;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "ACCEPTED_LINES", nullable = false)
    private int acceptedLines;

    @Column(name = "REJECTED_LINES", nullable = false)
    private int rejectedLines;

    protected BatchRow() {
    }

    BatchRow(PlanningBatch batch) {
        number = batch.number();
        note = batch.note();
        submittedAt = Utc.of(batch.submittedAt());
        acceptedLines = batch.acceptedLineCount();
        rejectedLines = batch.rejectedLineCount();
    }

    abstract PlanningBatchKind kind();

    PlanningBatch toDomain() {
        return new PlanningBatch(kind(), number, note, Utc.instant(submittedAt), acceptedLines, rejectedLines);
    }
}
