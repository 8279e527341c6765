package dev.takt.planning.nativeplan;

import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored batch of planned orders. */
@Entity
@Table(name = "PLAN_PLANNED_ORDER_BATCH")
class PlannedOrderBatchRow extends BatchRow {

    protected PlannedOrderBatchRow() {
    }

    PlannedOrderBatchRow(PlanningBatch batch) {
        super(batch);
    }

    @Override
    PlanningBatchKind kind() {
        return PlanningBatchKind.PLANNED_ORDERS;
    }
}
