package dev.takt.sync;

import dev.takt.domain.Priority;

import java.time.Instant;

/**
 * A schedule proposal as a planner submitted it: any part may be missing or wrong.
 *
 * @param manufacturingOrder manufacturing order reference
 * @param workOrderId        work order id, or null for the whole order
 * @param plannedStart       start
 * @param plannedFinish      finish
 * @param workCenter         work center code or name
 * @param sequence           queue position
 * @param priority           priority
 * @param basedOn            the record's last-modified time the planner planned against, or null
 */
public record ScheduleProposalDraft(String manufacturingOrder, Long workOrderId, Instant plannedStart,
        Instant plannedFinish, String workCenter, Integer sequence, Priority priority, Instant basedOn) {

    /** A draft without {@code basedOn}. */
    public ScheduleProposalDraft(String manufacturingOrder, Long workOrderId, Instant plannedStart,
            Instant plannedFinish, String workCenter, Integer sequence, Priority priority) {
        this(manufacturingOrder, workOrderId, plannedStart, plannedFinish, workCenter, sequence, priority, null);
    }
}
