package dev.takt.api.graphql;

import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.Priority;
import dev.takt.domain.time.BucketSize;
import dev.takt.sync.ForecastLineDraft;
import dev.takt.sync.PlannedOrderDraft;
import dev.takt.sync.ScheduleProposalDraft;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The input types of the planning mutations. Fields of a line are nullable in the schema on purpose: a missing
 * value rejects that line only (with a reason), not the whole request, so their descriptions say which are
 * required.
 */
public final class PlanningInputs {

    private PlanningInputs() {
    }

    /** {@code submitForecast}'s input. */
    @Input("ForecastSubmissionInput")
    @Description("A forecast to store as a new draft version.")
    public record ForecastSubmission(
            @NonNull @Description("The forecast lines (at most takt.planning.max-lines, default 10,000). Send them "
                    + "as a variable: the document itself is limited in tokens.") List<ForecastLine> lines,
            @Description("A note for reviewers, e.g. the planning run it comes from (at most 1,000 characters).")
            String note) {
    }

    /** One forecast line. */
    @Input("ForecastLineInput")
    @Description("One forecast line: a quantity of an item expected to be demanded at a warehouse in a bucket.")
    public record ForecastLine(
            @Description("Required. The item's internal reference in Odoo, e.g. FURN_0042.") String item,
            @Description("Required. The warehouse's code in Odoo, e.g. WH.") String location,
            @Description("Required. The first day of the bucket.") LocalDate bucketStart,
            @Description("The bucket's length: DAY, WEEK (the default) or MONTH.") BucketSize bucket,
            @Description("Required. The demanded quantity, 0 or more, at most 6 decimals.") Double quantity,
            @Description("The unit of measure as Odoo names it (e.g. Units, Dozens, kg); it must measure what the "
                    + "item's own unit measures. Default: the item's unit.") String unit) {

        ForecastLineDraft toDraft() {
            return new ForecastLineDraft(item, location, bucketStart, bucket, quantity, unit);
        }
    }

    /** One planned order. */
    @Input("PlannedOrderInput")
    @Description("One planned order: make, buy or transfer a quantity of an item into a warehouse.")
    public record PlannedOrder(
            @Description("Required. MAKE, BUY or TRANSFER.") PlannedOrderType type,
            @Description("Required. The item's internal reference in Odoo.") String item,
            @Description("Required. The code of the warehouse receiving it.") String location,
            @Description("Required. The quantity, 0 or more.") Double quantity,
            @Description("The unit of measure as Odoo names it. Default: the item's unit.") String unit,
            @Description("Required. When the work, purchase or move starts.") Instant start,
            @Description("Required. When the quantity must be available; inside the planning horizon.") Instant due,
            @Description("The demand it serves (sales order, forecast bucket…), at most 200 characters.")
            String demand,
            @Description("BUY only: the supplier, at most 200 characters.") String supplier,
            @Description("TRANSFER only (and required there): the code of the warehouse it comes from.")
            String origin) {

        PlannedOrderDraft toDraft() {
            return new PlannedOrderDraft(type, item, location, quantity, unit, start, due, demand, supplier, origin);
        }
    }

    /** One schedule proposal. */
    @Input("ScheduleProposalInput")
    @Description("A scheduler's proposal for one manufacturing order, or one of its work orders.")
    public record ScheduleProposal(
            @Description("Required. The manufacturing order's reference, e.g. WH/MO/00012.")
            String manufacturingOrder,
            @Description("The work order's id (as workOrders { id } shows it); omit for the whole order.")
            Long workOrderId,
            @Description("Required. Proposed start.") Instant plannedStart,
            @Description("Required. Proposed finish; inside the planning horizon.") Instant plannedFinish,
            @Description("The work center's code or name; omit to keep the current one.") String workCenter,
            @Description("Position in the work center's queue, 0 first.") Integer sequence,
            @Description("Proposed priority; omit to keep the current one.") Priority priority,
            @Description("The order's (or work order's) updatedAt as the planner read it. applySchedule refuses the "
                    + "proposal as a CONFLICT when Odoo changed the record since; omitted: checked against the "
                    + "record as it is when the schedule is applied.") Instant basedOn) {

        ScheduleProposalDraft toDraft() {
            return new ScheduleProposalDraft(manufacturingOrder, workOrderId, plannedStart, plannedFinish, workCenter,
                    sequence, priority, basedOn);
        }
    }
}
