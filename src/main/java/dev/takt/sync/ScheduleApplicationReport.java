package dev.takt.sync;

import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduledValues;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The reply to applying (or previewing) a schedule batch: one outcome per proposal, in line order.
 *
 * @param batch     the schedule batch
 * @param dryRun    true when nothing was queued (a preview)
 * @param proposals per proposal: what would be or was queued, or why not
 */
public record ScheduleApplicationReport(int batch, boolean dryRun, List<ScheduleProposalOutcome> proposals) {

    public ScheduleApplicationReport {
        proposals = List.copyOf(proposals);
    }

    /** What became of one proposal. */
    public enum ScheduleProposalStatus {
        /** Dry run: these fields would be written. */
        WOULD_APPLY,
        /** The changed fields were queued for Odoo. */
        QUEUED,
        /** Odoo already has the proposed values: nothing to write. */
        UNCHANGED,
        /** Odoo changed the record since the plan was made: nothing queued; re-plan from the current values. */
        CONFLICT,
        /** The order or work order is no longer in Odoo. */
        MISSING,
        /** The proposal cannot be applied; see the reason. */
        REJECTED
    }

    /**
     * One proposal's outcome.
     *
     * @param line               the proposal's line in the batch
     * @param manufacturingOrder the order's reference
     * @param workOrderId        the work order, or null for the whole order
     * @param status             see {@link ScheduleProposalStatus}
     * @param fields             the fields that differ (would be written, were queued, or conflict)
     * @param current            the record's values in Odoo now (null when missing or rejected before reading)
     * @param proposed           the values after the change
     * @param basedOn            the last-modified time the plan was based on (the proposal's, or the one read now)
     * @param odooUpdatedAt      the record's last-modified time in Odoo now
     * @param idempotencyKey     the queued command's key, or null
     * @param commandId          the outbox command's id, or null
     * @param reason             why it was rejected or conflicts, or null
     * @param warnings           what the planner should know (no basedOn given, a value ignored)
     */
    public record ScheduleProposalOutcome(int line, String manufacturingOrder, Long workOrderId,
            ScheduleProposalStatus status, Set<ScheduleField> fields, ScheduledValues current,
            ScheduledValues proposed, Instant basedOn, Instant odooUpdatedAt, String idempotencyKey, Long commandId,
            String reason, List<String> warnings) {

        public ScheduleProposalOutcome {
            fields = fields == null ? Set.of() : Set.copyOf(fields);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }
}
