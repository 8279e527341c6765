package dev.takt.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reply to releasing planned orders: one outcome per requested line, in line order, and the commands queued.
 *
 * @param batch    the planned-order batch
 * @param lines    per line: queued, already released, or rejected with the reason
 * @param commands the commands queued by this call (a manufacturing order per MAKE line, a request for quotation per
 *                 vendor and warehouse)
 */
public record ReleaseReport(int batch, List<ReleaseLineOutcome> lines, List<ReleaseCommand> commands) {

    public ReleaseReport {
        lines = List.copyOf(lines);
        commands = List.copyOf(commands);
    }

    /** What became of one line. */
    public enum ReleaseStatus {
        /** Queued for Odoo by this call. */
        QUEUED,
        /** Released by an earlier call: nothing new was queued; the command id is the earlier one. */
        ALREADY_RELEASED,
        /** Not released; see the reason. */
        REJECTED
    }

    /** What a released line becomes in Odoo. */
    public enum ReleaseTarget {
        /** A manufacturing order of its own. */
        MANUFACTURING_ORDER,
        /** A line of a request for quotation, grouped with the other lines for the same vendor and warehouse. */
        REQUEST_FOR_QUOTATION
    }

    /**
     * One line's outcome.
     *
     * @param line           the planned order's line in the batch
     * @param status         queued, already released, or rejected
     * @param target         what it becomes in Odoo (null when rejected before that was known)
     * @param idempotencyKey the command's key (shared by the lines of one RFQ), null when rejected
     * @param commandId      the outbox command's id, null when rejected
     * @param vendor         the vendor chosen (purchases), or null
     * @param vendorId       its id, or null
     * @param quantity       the quantity released, in the item's unit for purchases (after rounding up to the
     *                       vendor's minimum), in the planned unit for manufacturing; null when rejected
     * @param orderDate      purchases: the day the order must be placed (due date − vendor lead time); null otherwise
     * @param plannedDate    the start (manufacturing) or the expected arrival (purchases) sent to Odoo
     * @param reason         why it was rejected, or null
     * @param warnings       what Takt changed or the planner should know (rounding up, late order)
     */
    public record ReleaseLineOutcome(int line, ReleaseStatus status, ReleaseTarget target, String idempotencyKey,
            Long commandId, String vendor, Long vendorId, Double quantity, LocalDate orderDate, Instant plannedDate,
            String reason, List<String> warnings) {

        public ReleaseLineOutcome {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        static ReleaseLineOutcome rejected(int line, ReleaseTarget target, String reason) {
            return new ReleaseLineOutcome(line, ReleaseStatus.REJECTED, target, null, null, null, null, null, null,
                    null, reason, List.of());
        }
    }

    /**
     * One command queued by this call.
     *
     * @param target         manufacturing order or request for quotation
     * @param idempotencyKey its key
     * @param commandId      the outbox command's id
     * @param lines          the batch lines it carries
     * @param vendorId       the vendor (requests for quotation), or null
     * @param warehouse      the warehouse code it is for
     */
    public record ReleaseCommand(ReleaseTarget target, String idempotencyKey, long commandId, List<Integer> lines,
            Long vendorId, String warehouse) {

        public ReleaseCommand {
            lines = List.copyOf(lines);
        }
    }
}
