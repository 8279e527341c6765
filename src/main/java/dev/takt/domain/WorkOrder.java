package dev.takt.domain;

import java.time.Instant;

/**
 * One operation of a manufacturing order on a work center.
 *
 * @param id                   identifier
 * @param manufacturingOrderId the manufacturing order
 * @param name                 operation name
 * @param workCenterId         the work center
 * @param operationId          the routing operation it comes from
 * @param state                lifecycle state
 * @param scheduledStart       planned start (null when not planned)
 * @param scheduledFinish      planned finish (null when not planned)
 * @param expectedMinutes      expected duration in minutes
 * @param actualMinutes        time recorded so far in minutes
 * @param quantityRemaining    quantity still to produce
 * @param updatedAt            last modification time (what a planner sends back as a schedule's {@code basedOn})
 */
public record WorkOrder(long id, Long manufacturingOrderId, String name, Long workCenterId, Long operationId,
        WorkOrderState state, Instant scheduledStart, Instant scheduledFinish, Double expectedMinutes,
        Double actualMinutes, Double quantityRemaining, Instant updatedAt) {

    /** A work order whose last modification time was not read. */
    public WorkOrder(long id, Long manufacturingOrderId, String name, Long workCenterId, Long operationId,
            WorkOrderState state, Instant scheduledStart, Instant scheduledFinish, Double expectedMinutes,
            Double actualMinutes, Double quantityRemaining) {
        this(id, manufacturingOrderId, name, workCenterId, operationId, state, scheduledStart, scheduledFinish,
                expectedMinutes, actualMinutes, quantityRemaining, null);
    }
}
