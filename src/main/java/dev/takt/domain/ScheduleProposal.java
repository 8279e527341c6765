package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A finite scheduler's proposal for one manufacturing order, or one of its work orders: when it should start and
 * finish, on which work center, in which sequence, with which priority. Applying it to Odoo is a later workflow.
 *
 * @param line               its position in the submission, from 1
 * @param manufacturingOrder the manufacturing order's reference (e.g. {@code WH/MO/00012})
 * @param workOrderId        the work order's id (as Takt's read API shows it), or null for the whole order
 * @param plannedStart       proposed start
 * @param plannedFinish      proposed finish, not before the start
 * @param workCenter         the work center's code or name, or null to keep the current one
 * @param sequence           position in the work center's queue (0 first), or null
 * @param priority           proposed priority, or null to keep the current one
 * @param basedOn            the order's (or work order's) last-modified time in the system of record when the planner
 *                           read it, or null when the planner did not say: applying the proposal is refused as a
 *                           conflict when the record changed since
 */
public record ScheduleProposal(int line, String manufacturingOrder, Long workOrderId, Instant plannedStart,
        Instant plannedFinish, String workCenter, Integer sequence, Priority priority, Instant basedOn) {

    /** A proposal that does not say which version of the record it was planned against. */
    public ScheduleProposal(int line, String manufacturingOrder, Long workOrderId, Instant plannedStart,
            Instant plannedFinish, String workCenter, Integer sequence, Priority priority) {
        this(line, manufacturingOrder, workOrderId, plannedStart, plannedFinish, workCenter, sequence, priority, null);
    }

    public ScheduleProposal {
        PlanningLines.checkLine(line);
        manufacturingOrder = PlanningLines.requireText(manufacturingOrder, "manufacturing order");
        if (workOrderId != null && workOrderId < 1) {
            throw new IllegalArgumentException("work order id " + workOrderId + " is not an id");
        }
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedFinish, "plannedFinish");
        if (plannedFinish.isBefore(plannedStart)) {
            throw new IllegalArgumentException("the planned finish " + plannedFinish + " is before the planned start "
                    + plannedStart);
        }
        workCenter = PlanningLines.optionalText(workCenter);
        if (sequence != null && sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence + " is negative; it must be 0 or more");
        }
    }
}
