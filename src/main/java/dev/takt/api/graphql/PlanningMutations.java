package dev.takt.api.graphql;

import dev.takt.sync.PlanningIntake;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.function.Function;

/**
 * Planning data pushed by partners into the native planning store: forecasts (versioned, published after review),
 * planned orders and schedule proposals. Each line is validated on its own; the reply lists accepted and rejected
 * lines. These mutations store planning data only; publishing a forecast and the workflows that write to Odoo are in
 * {@link WorkflowMutations}.
 *
 * <p>Security comes with a later issue: until then every operation is {@code @PermitAll}, like the read API.
 */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class PlanningMutations {

    private PlanningIntake intake;

    PlanningMutations() {
    }

    @Inject
    public PlanningMutations(PlanningIntake intake) {
        this.intake = intake;
    }

    @Mutation("submitForecast")
    @Description("Stores a forecast as a new DRAFT version. Each line is checked on its own (item known in Odoo and "
            + "not archived, warehouse code known, bucket inside the planning horizon, quantity 0 or more, unit known "
            + "in Odoo and fit for the item, no overlapping bucket for the same item and warehouse): valid lines are "
            + "stored even when others are rejected, and rejected lines come back with a reason each. Publish the "
            + "version with publishForecast.")
    @NonNull
    public PlanningViews.ForecastSubmission submitForecast(
            @Name("input") @NonNull @Description("The lines and an optional note.")
            PlanningInputs.ForecastSubmission input) {
        List<PlanningInputs.ForecastLine> lines = checkLines("input.lines", input.lines());
        checkNote("input.note", input.note());
        var submission = intake.submitForecast(input.note(), map(lines, PlanningInputs.ForecastLine::toDraft));
        return new PlanningViews.ForecastSubmission(submission.stored().version(), submission.stored().state(),
                map(submission.accepted(), PlanningViews.ForecastLine::of),
                PlanningViews.Rejected.of(submission.rejected()));
    }

    @Mutation("submitPlannedOrders")
    @Description("Stores planned orders (make, buy, transfer) as a new batch; the latest batch is the planner's "
            + "current proposal. Each line is checked on its own (item, warehouse, origin of a transfer, due date "
            + "inside the planning horizon and not before the start, quantity, unit); valid lines are stored even "
            + "when others are rejected.")
    @NonNull
    public PlanningViews.PlannedOrderSubmission submitPlannedOrders(
            @Name("lines") @NonNull @Description("The planned orders (at most takt.planning.max-lines, default "
                    + "10,000). Send them as a variable.") List<PlanningInputs.PlannedOrder> lines,
            @Name("note") @Description("A note, e.g. the planning run (at most 1,000 characters).") String note) {
        checkLines("lines", lines);
        checkNote("note", note);
        var submission = intake.submitPlannedOrders(note, map(lines, PlanningInputs.PlannedOrder::toDraft));
        return new PlanningViews.PlannedOrderSubmission(submission.stored().number(),
                map(submission.accepted(), PlanningViews.PlannedOrder::of),
                PlanningViews.Rejected.of(submission.rejected()));
    }

    @Mutation("submitSchedule")
    @Description("Stores schedule proposals (per manufacturing order or work order: planned start and finish, work "
            + "center, sequence, priority) as a new batch. Each proposal is checked on its own (order known in Odoo "
            + "and still open, work order of that order, finish inside the planning horizon and not before the "
            + "start, work center known); valid proposals are stored even when others are rejected.")
    @NonNull
    public PlanningViews.ScheduleSubmission submitSchedule(
            @Name("proposals") @NonNull @Description("The proposals (at most takt.planning.max-lines, default "
                    + "10,000). Send them as a variable.") List<PlanningInputs.ScheduleProposal> proposals,
            @Name("note") @Description("A note, e.g. the scheduling run (at most 1,000 characters).") String note) {
        checkLines("proposals", proposals);
        checkNote("note", note);
        var submission = intake.submitSchedule(note, map(proposals, PlanningInputs.ScheduleProposal::toDraft));
        return new PlanningViews.ScheduleSubmission(submission.stored().number(),
                map(submission.accepted(), PlanningViews.Proposal::of),
                PlanningViews.Rejected.of(submission.rejected()));
    }

    private <T> List<T> checkLines(String argument, List<T> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidArgumentException(argument, "must hold at least one line");
        }
        if (lines.size() > intake.maxLines()) {
            throw new InvalidArgumentException(argument, "at most " + intake.maxLines() + " lines per submission, got "
                    + lines.size() + "; split it into several submissions");
        }
        return lines;
    }

    private static void checkNote(String argument, String note) {
        if (note != null && note.strip().length() > PlanningIntake.MAX_NOTE) {
            throw new InvalidArgumentException(argument, "must not be longer than " + PlanningIntake.MAX_NOTE
                    + " characters, got " + note.strip().length());
        }
    }

    /** Maps each element; a null element (a JSON null in the list) stays null and is rejected as an empty line. */
    private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list.stream().map(a -> a == null ? null : f.apply(a)).toList();
    }
}
