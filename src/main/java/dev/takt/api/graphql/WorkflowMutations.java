package dev.takt.api.graphql;

import dev.takt.sync.CommandQueue;
import dev.takt.sync.ForecastPublicationReport;
import dev.takt.sync.ForecastPublicationWorkflow;
import dev.takt.sync.PlannedOrderReleaseWorkflow;
import dev.takt.sync.PlanningIntake;
import dev.takt.sync.ReleaseReport;
import dev.takt.sync.ScheduleApplicationReport;
import dev.takt.sync.ScheduleApplicationWorkflow;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.UUID;

/**
 * The governed workflows that write to Odoo through the command outbox: planned-order release, schedule
 * application and forecast publication. Thin: each operation checks its arguments and delegates to its workflow in
 * {@code dev.takt.sync}.
 *
 * <p>Security comes with a later issue: until then every operation is {@code @PermitAll}, like the read API, and
 * the actor recorded with the queued commands is {@code graphql}.
 */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class WorkflowMutations {

    private PlannedOrderReleaseWorkflow release;
    private ScheduleApplicationWorkflow schedule;
    private ForecastPublicationWorkflow forecast;
    private PlanningIntake intake;

    WorkflowMutations() {
    }

    @Inject
    public WorkflowMutations(PlannedOrderReleaseWorkflow release, ScheduleApplicationWorkflow schedule,
            ForecastPublicationWorkflow forecast, PlanningIntake intake) {
        this.release = release;
        this.schedule = schedule;
        this.forecast = forecast;
        this.intake = intake;
    }

    @Mutation("releasePlannedOrders")
    @Description("Releases planned orders of a batch into Odoo: a manufacturing order per MAKE line (confirmed when "
            + "confirm is true), and a request for quotation per vendor and warehouse for the BUY lines, the vendor "
            + "chosen as Odoo does (valid on the date, minimum quantity, sequence, price). Each line is checked on "
            + "its own and comes back QUEUED (with the outbox command id), ALREADY_RELEASED (nothing new queued) or "
            + "REJECTED (with the reason); TRANSFER lines are rejected (not releasable to Odoo yet). A quantity below "
            + "the vendor's minimum is rounded up to it, with a warning. NOT_FOUND for an unknown batch; "
            + "OUTBOX_UNAVAILABLE when there is something to queue and no outbox is deployed.")
    @NonNull
    public ReleaseReport releasePlannedOrders(
            @Name("batch") @Description("The planned-order batch, as submitPlannedOrders returned it.") int batch,
            @Name("lines") @Description("The lines to release; omit (or empty) for every line of the batch.")
            List<Integer> lines,
            @Name("confirm") @DefaultValue("false") @Description("Confirm the manufacturing orders. Requests for "
                    + "quotation stay requests, for the buyer to send.") boolean confirm) {
        checkBatch(batch);
        if (lines != null && lines.size() > intake.maxLines()) {
            throw new InvalidArgumentException("lines", "at most " + intake.maxLines() + " lines per release, got "
                    + lines.size());
        }
        if (lines != null && lines.stream().anyMatch(l -> l == null)) {
            throw new InvalidArgumentException("lines", "must not hold null");
        }
        return release.release(batch, lines, confirm, origin());
    }

    @Mutation("applySchedule")
    @Description("Applies the proposals of a schedule batch to Odoo: per manufacturing order or work order, only "
            + "the fields that differ (start, finish, work center of a work order, priority of an order) are queued, "
            + "one command each, if Odoo's record is still as the plan saw it (its updatedAt equals the proposal's "
            + "basedOn); otherwise CONFLICT and nothing is queued. With dryRun (the default) nothing is queued: each "
            + "proposal comes back WOULD_APPLY, UNCHANGED, CONFLICT or MISSING with the fields that differ, read "
            + "from Odoo.")
    @NonNull
    public ScheduleApplicationReport applySchedule(
            @Name("batch") @Description("The schedule batch, as submitSchedule returned it.") int batch,
            @Name("dryRun") @DefaultValue("true") @Description("Only show what would change (default true).")
            boolean dryRun) {
        checkBatch(batch);
        return schedule.apply(batch, dryRun, origin());
    }

    @Mutation("publishForecast")
    @Description("Publishes a forecast version: it becomes the forecast in force and the version published until now "
            + "becomes SUPERSEDED. Publishing the published version again changes nothing. The reply compares it "
            + "item by item with the version it superseded and lists each item whose total demand moved by more "
            + "than takt.forecast.change-threshold-percent; when takt.forecast.update-reorder-rules is true, it also "
            + "queues new min/max levels for the items' Odoo reorder rules. Refused (INVALID_STATE) for a superseded "
            + "version, a version without accepted lines, or a draft older than the published version; NOT_FOUND "
            + "for an unknown version.")
    @NonNull
    public ForecastPublication publishForecast(
            @Name("version") @Description("The version number, as submitForecast returned it.") int version) {
        return ForecastPublication.of(forecast.publish(version, origin()));
    }

    /** The reply to publishForecast. */
    @Type("ForecastPublication")
    @Description("A published forecast version, compared with the version it superseded.")
    public record ForecastPublication(
            @NonNull @Description("The version, now PUBLISHED.") PlanningViews.Version version,
            @Description("The version it superseded, or null.") Integer previousVersion,
            @Description("The change threshold in percent (takt.forecast.change-threshold-percent).")
            double thresholdPercent,
            @NonNull @Description("Items whose total demand moved by more than the threshold; each is also raised "
                    + "as a planning exception.") List<ForecastPublicationReport.ForecastThresholdBreach> breaches,
            @NonNull @Description("Reorder-rule updates queued for Odoo (empty unless "
                    + "takt.forecast.update-reorder-rules is true).")
            List<ForecastPublicationReport.ReorderRuleChange> reorderRules) {

        static ForecastPublication of(ForecastPublicationReport report) {
            return new ForecastPublication(PlanningViews.Version.of(report.version()), report.previousVersion(),
                    report.thresholdPercent(), report.breaches(), report.reorderRules());
        }
    }

    private static void checkBatch(int batch) {
        if (batch < 1) {
            throw new InvalidArgumentException("batch", "batch numbers start at 1, got " + batch);
        }
    }

    private static CommandQueue.Origin origin() {
        return new CommandQueue.Origin("graphql", UUID.randomUUID().toString());
    }
}
