package dev.takt.api.graphql;

import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.Priority;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.time.BucketSize;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The output types of the planning API: the domain's planning records in plain GraphQL fields. */
public final class PlanningViews {

    private PlanningViews() {
    }

    /** A stored forecast line. */
    @Type("ForecastLine")
    @Description("One line of a forecast version.")
    public record ForecastLine(
            @Description("Its position in the submission, from 1; null for a re-bucketed sum of lines.") Integer line,
            @NonNull @Description("Item code.") String item,
            @NonNull @Description("Warehouse code.") String location,
            @NonNull @Description("First day of the bucket (of the days counted, when re-bucketed and cut by `from`).")
            LocalDate bucketStart,
            @NonNull @Description("Last day of the bucket (included).") LocalDate bucketEnd,
            @NonNull @Description("Bucket length.") BucketSize bucket,
            @NonNull @Description("Bucket label: 2026-W13 for an ISO week, 2026-03 for a month, else its days.")
            String bucketLabel,
            @Description("Demanded quantity.") double quantity,
            @NonNull @Description("Unit of measure, as Odoo names it.") String unit) {

        static ForecastLine of(dev.takt.domain.ForecastLine line) {
            return new ForecastLine(line.line(), line.item().value(), line.location(), line.bucket().start(),
                    line.bucket().lastDay(), line.bucket().size(), line.bucket().label(),
                    line.quantity().amount().doubleValue(), line.quantity().unit());
        }

        static ForecastLine of(dev.takt.domain.ForecastBuckets.Bucketed sum) {
            return new ForecastLine(null, sum.item().value(), sum.location(), sum.first(), sum.last(),
                    sum.period().size(), sum.period().label(), sum.quantity().amount().doubleValue(),
                    sum.quantity().unit());
        }
    }

    /** A stored planned order. */
    @Type("PlannedOrder")
    @Description("A replenishment the planner proposes.")
    public record PlannedOrder(
            @Description("Its position in the submission, from 1.") int line,
            @NonNull @Description("MAKE, BUY or TRANSFER.") PlannedOrderType type,
            @NonNull @Description("Item code.") String item,
            @NonNull @Description("Receiving warehouse code.") String location,
            @Description("Quantity.") double quantity,
            @NonNull @Description("Unit of measure, as Odoo names it.") String unit,
            @NonNull @Description("Start.") Instant start,
            @NonNull @Description("Due.") Instant due,
            @Description("The demand it serves.") String demand,
            @Description("BUY: the supplier.") String supplier,
            @Description("TRANSFER: the warehouse it comes from.") String origin) {

        static PlannedOrder of(dev.takt.domain.PlannedOrder order) {
            return new PlannedOrder(order.line(), order.type(), order.item().value(), order.location(),
                    order.quantity().amount().doubleValue(), order.quantity().unit(), order.start(), order.due(),
                    order.demand(), order.supplier(), order.origin());
        }
    }

    /** A forecast version without its lines. */
    @Type("ForecastVersion")
    @Description("One version of the forecast: what a partner submitted at once, and where it is in its life.")
    public record Version(
            @Description("Version number, from 1 in submission order.") int version,
            @NonNull @Description("DRAFT, PUBLISHED (at most one version) or SUPERSEDED.") ForecastVersionState state,
            @Description("The submitter's note.") String note,
            @NonNull @Description("When it was submitted.") Instant submittedAt,
            @Description("When it was published.") Instant publishedAt,
            @Description("When a later publication superseded it.") Instant supersededAt,
            @Description("Lines stored with it.") int acceptedLineCount,
            @Description("Lines refused at submission.") int rejectedLineCount) {

        static Version of(ForecastVersion v) {
            return new Version(v.version(), v.state(), v.note(), v.submittedAt(), v.publishedAt(), v.supersededAt(),
                    v.acceptedLineCount(), v.rejectedLineCount());
        }
    }

    /** A batch of planned orders or schedule proposals without its lines. */
    @Type("PlanningBatch")
    @Description("One submission of planned orders or schedule proposals; the latest of a kind is the current one.")
    public record Batch(
            @NonNull @Description("What it carried.") PlanningBatchKind kind,
            @Description("Its number within its kind, from 1 in submission order.") int number,
            @Description("The submitter's note.") String note,
            @NonNull @Description("When it was submitted.") Instant submittedAt,
            @Description("Lines stored with it.") int acceptedLineCount,
            @Description("Lines refused at submission.") int rejectedLineCount) {

        static Batch of(PlanningBatch b) {
            return new Batch(b.kind(), b.number(), b.note(), b.submittedAt(), b.acceptedLineCount(),
                    b.rejectedLineCount());
        }
    }

    /** A stored schedule proposal. */
    @Type("ScheduleProposal")
    @Description("A scheduler's proposal for one manufacturing order or work order.")
    public record Proposal(
            @Description("Its position in the submission, from 1.") int line,
            @NonNull @Description("The manufacturing order's reference.") String manufacturingOrder,
            @Description("The work order's id, or null for the whole order.") Long workOrderId,
            @NonNull @Description("Proposed start.") Instant plannedStart,
            @NonNull @Description("Proposed finish.") Instant plannedFinish,
            @Description("The work center's code (or name when it has no code), or null to keep the current one.")
            String workCenter,
            @Description("Position in the work center's queue, 0 first.") Integer sequence,
            @Description("Proposed priority, or null to keep the current one.") Priority priority,
            @Description("The record's last-modified time the plan was based on, or null if the planner did not "
                    + "say.") Instant basedOn) {

        static Proposal of(dev.takt.domain.ScheduleProposal p) {
            return new Proposal(p.line(), p.manufacturingOrder(), p.workOrderId(), p.plannedStart(),
                    p.plannedFinish(), p.workCenter(), p.sequence(), p.priority(), p.basedOn());
        }
    }

    /** A line refused at submission. */
    @Type("RejectedLine")
    @Description("A submitted line that was not stored, and why.")
    public record Rejected(
            @Description("Its position in the submission, from 1.") int line,
            @Description("The input field at fault (item, location, quantity…), or null for the line as a whole.")
            String field,
            @NonNull @Description("Why, in words for the person who must correct it.") String reason) {

        static List<Rejected> of(List<RejectedLine> lines) {
            return lines.stream().map(r -> new Rejected(r.line(), r.field(), r.reason())).toList();
        }
    }

    /** The reply to {@code submitForecast}. */
    @Type("ForecastSubmission")
    @Description("What submitForecast stored: a new draft version with the accepted lines; rejected lines with a "
            + "reason each.")
    public record ForecastSubmission(
            @Description("The new version's number.") int version,
            @NonNull @Description("DRAFT: publish it with publishForecast.") ForecastVersionState state,
            @NonNull @Description("The lines stored, in submission order.") List<@NonNull ForecastLine> accepted,
            @NonNull @Description("The lines refused, in submission order.") List<@NonNull Rejected> rejected) {
    }

    /** The reply to {@code submitPlannedOrders}. */
    @Type("PlannedOrderSubmission")
    @Description("What submitPlannedOrders stored: a new batch with the accepted orders; rejected lines with a "
            + "reason each.")
    public record PlannedOrderSubmission(
            @Description("The new batch's number.") int batch,
            @NonNull @Description("The orders stored, in submission order.") List<@NonNull PlannedOrder> accepted,
            @NonNull @Description("The lines refused, in submission order.") List<@NonNull Rejected> rejected) {
    }

    /** The reply to {@code submitSchedule}. */
    @Type("ScheduleSubmission")
    @Description("What submitSchedule stored: a new batch with the accepted proposals; rejected lines with a "
            + "reason each.")
    public record ScheduleSubmission(
            @Description("The new batch's number.") int batch,
            @NonNull @Description("The proposals stored, in submission order.") List<@NonNull Proposal> accepted,
            @NonNull @Description("The lines refused, in submission order.") List<@NonNull Rejected> rejected) {
    }

    /** One forecast version with (a page of) its lines. */
    @Type("Forecast")
    @Description("One forecast version with its lines (filtered and paged by the arguments of `forecast`) and the "
            + "lines refused when it was submitted.")
    public record Forecast(
            @Description("Version number.") int version,
            @NonNull @Description("DRAFT, PUBLISHED or SUPERSEDED.") ForecastVersionState state,
            @Description("The submitter's note.") String note,
            @NonNull @Description("When it was submitted.") Instant submittedAt,
            @Description("When it was published.") Instant publishedAt,
            @Description("When a later publication superseded it.") Instant supersededAt,
            @Description("Lines stored with it.") int acceptedLineCount,
            @Description("Lines refused at submission.") int rejectedLineCount,
            @NonNull @Description("Its lines matching the filters, by line number.") Connection<ForecastLine> lines,
            @NonNull @Description("The lines refused at submission.") List<@NonNull Rejected> rejected) {

        static Forecast of(ForecastVersion v, Connection<ForecastLine> lines, List<Rejected> rejected) {
            return new Forecast(v.version(), v.state(), v.note(), v.submittedAt(), v.publishedAt(), v.supersededAt(),
                    v.acceptedLineCount(), v.rejectedLineCount(), lines, rejected);
        }
    }

    /** One batch of planned orders with (a page of) its orders. */
    @Type("PlannedOrders")
    @Description("One batch of planned orders with its orders (filtered and paged by the arguments of "
            + "`plannedOrders`) and the lines refused when it was submitted.")
    public record PlannedOrders(
            @Description("Batch number.") int batch,
            @Description("The submitter's note.") String note,
            @NonNull @Description("When it was submitted.") Instant submittedAt,
            @Description("Orders stored with it.") int acceptedLineCount,
            @Description("Lines refused at submission.") int rejectedLineCount,
            @NonNull @Description("Its orders matching the filters, by line number.") Connection<PlannedOrder> orders,
            @NonNull @Description("The lines refused at submission.") List<@NonNull Rejected> rejected) {

        static PlannedOrders of(PlanningBatch b, Connection<PlannedOrder> orders, List<Rejected> rejected) {
            return new PlannedOrders(b.number(), b.note(), b.submittedAt(), b.acceptedLineCount(),
                    b.rejectedLineCount(), orders, rejected);
        }
    }

    /** One batch of schedule proposals with (a page of) its proposals. */
    @Type("ScheduleProposals")
    @Description("One batch of schedule proposals with its proposals (filtered and paged by the arguments of "
            + "`scheduleProposals`) and the lines refused when it was submitted.")
    public record ScheduleProposals(
            @Description("Batch number.") int batch,
            @Description("The submitter's note.") String note,
            @NonNull @Description("When it was submitted.") Instant submittedAt,
            @Description("Proposals stored with it.") int acceptedLineCount,
            @Description("Lines refused at submission.") int rejectedLineCount,
            @NonNull @Description("Its proposals matching the filters, by line number.") Connection<Proposal> proposals,
            @NonNull @Description("The lines refused at submission.") List<@NonNull Rejected> rejected) {

        static ScheduleProposals of(PlanningBatch b, Connection<Proposal> proposals, List<Rejected> rejected) {
            return new ScheduleProposals(b.number(), b.note(), b.submittedAt(), b.acceptedLineCount(),
                    b.rejectedLineCount(), proposals, rejected);
        }
    }
}
