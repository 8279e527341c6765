package dev.takt.planning.nativeplan;

import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored batch of schedule proposals. */
@Entity
@Table(name = "PLAN_SCHEDULE_BATCH")
class ScheduleBatchRow extends BatchRow {

    protected ScheduleBatchRow() {
    }

    ScheduleBatchRow(PlanningBatch batch) {
        super(batch);
    }

    @Override
    PlanningBatchKind kind() {
        return PlanningBatchKind.SCHEDULE;
    }
}
