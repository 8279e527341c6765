package dev.takt.api.graphql;

import dev.takt.domain.PlanningExceptionCase;
import dev.takt.domain.Slice;
import dev.takt.ops.ConfigKeys;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlanningGateway;
import dev.takt.sync.FeedbackModel;
import dev.takt.sync.FeedbackRelay;
import dev.takt.sync.PlanningExceptionFilter;
import dev.takt.sync.PlanningExceptions;
import dev.takt.sync.RecentEvents;
import io.smallrye.graphql.api.Context;
import graphql.schema.DataFetchingEnvironment;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Execution feedback (Odoo → planner) and planning exceptions: the exceptions to review, acknowledge and resolve;
 * the feedback cursors, webhook hints and what the planner received; operator mutations to poll, pause, resume and
 * move a cursor. Security comes with a later issue: until then every operation is {@code @PermitAll}.
 */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class FeedbackApi {

    private PlanningExceptions exceptions;
    private FeedbackRelay relay;
    private PlanningGateway planning;
    private RecentEvents recent;
    private Context context;
    private int maxPageSize;

    FeedbackApi() {
    }

    @Inject
    public FeedbackApi(PlanningExceptions exceptions, FeedbackRelay relay, PlanningGateway planning,
            RecentEvents recent, Context context,
            @ConfigProperty(name = ConfigKeys.GRAPHQL_MAX_PAGE_SIZE, defaultValue = "1000") int maxPageSize) {
        this.exceptions = exceptions;
        this.relay = relay;
        this.planning = planning;
        this.recent = recent;
        this.context = context;
        this.maxPageSize = maxPageSize;
    }

    // ---- planning exceptions ----------------------------------------------------------------------------------

    @Query("planningExceptions")
    @Description("Planning exceptions, newest first, filtered by status, kind, severity, owner role and item.")
    @NonNull
    public Connection<FeedbackViews.ExceptionView> planningExceptions(
            @Name("filter") @Description("Which exceptions; omit for all.") FeedbackViews.ExceptionFilter filter,
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        int limit = limit(first);
        Long before = Cursors.decode("after", after);
        PlanningExceptionFilter f = filter == null ? PlanningExceptionFilter.ALL
                : new PlanningExceptionFilter(filter.status(), filter.kind(), filter.severity(),
                        text(filter.ownerRole()), text(filter.item()));
        Slice<PlanningExceptionCase> slice = exceptions.list(f, before, limit, selects("totalCount"));
        List<Edge<FeedbackViews.ExceptionView>> edges = new ArrayList<>();
        for (PlanningExceptionCase c : slice.items()) {
            edges.add(new Edge<>(Cursors.encode(c.id()), FeedbackViews.ExceptionView.of(c)));
        }
        return new Connection<>(edges, new PageInfo(slice.hasMore(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor()), slice.totalCount());
    }

    @Query("planningException")
    @Description("One planning exception by its number; null when there is none.")
    public FeedbackViews.ExceptionView planningException(@Name("id") long id) {
        return exceptions.find(id).map(FeedbackViews.ExceptionView::of).orElse(null);
    }

    @Mutation("acknowledgePlanningException")
    @Description("Acknowledges an OPEN planning exception: someone is on it. NOT_FOUND for an unknown id, "
            + "INVALID_STATE when it is acknowledged or resolved already.")
    @NonNull
    public FeedbackViews.ExceptionView acknowledgePlanningException(
            @Name("id") @Description("The exception's number.") long id,
            @Name("note") @Description("A note (at most 2,000 characters).") String note) {
        checkLength("note", note);
        return FeedbackViews.ExceptionView.of(exceptions.acknowledge(id, actor(), text(note)));
    }

    @Mutation("resolvePlanningException")
    @Description("Resolves an OPEN or ACKNOWLEDGED planning exception, saying how. The same condition raised again "
            + "later opens a new exception. NOT_FOUND for an unknown id, INVALID_STATE when it is resolved already.")
    @NonNull
    public FeedbackViews.ExceptionView resolvePlanningException(
            @Name("id") @Description("The exception's number.") long id,
            @Name("resolution") @NonNull @Description("How it was resolved (at most 2,000 characters).")
            String resolution) {
        if (resolution == null || resolution.isBlank()) {
            throw new InvalidArgumentException("resolution", "say how the exception was resolved");
        }
        checkLength("resolution", resolution);
        return FeedbackViews.ExceptionView.of(exceptions.resolve(id, actor(), resolution.strip()));
    }

    // ---- execution feedback ---------------------------------------------------------------------------------

    @Query("feedbackCursors")
    @Description("Where the execution feedback of each Odoo model stands: cursor position, pause, last error.")
    @NonNull
    public List<FeedbackViews.@NonNull Cursor> feedbackCursors() {
        return Arrays.stream(FeedbackModel.values()).map(m -> FeedbackViews.Cursor.of(relay.status(m))).toList();
    }

    @Query("feedbackHints")
    @Description("Webhook hints received from Odoo, newest first.")
    @NonNull
    public List<FeedbackViews.@NonNull Hint> feedbackHints(
            @Name("model") @Description("Only for this model.") FeedbackModel model,
            @Name("first") @Description("How many (default 100).") Integer first) {
        return relay.hints(model, limit(first)).stream().map(FeedbackViews.Hint::of).toList();
    }

    @Query("receivedExecution")
    @Description("The execution updates the planner received, in the order received (each once, however often it "
            + "was delivered), optionally of one kind and one Odoo record.")
    @NonNull
    public Connection<FeedbackViews.Update> receivedExecution(
            @Name("kind") FeedbackViews.ExecutionKind kind,
            @Name("odooId") @Description("Only updates of this Odoo record.") Long odooId,
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        Long position = Cursors.decode("after", after);
        if (position != null && position > Integer.MAX_VALUE) {
            throw new InvalidArgumentException("after", "is not a cursor of this list");
        }
        var slice = planning.receivedExecution(kind == null ? null : kind.toDomain(), odooId, new PageRequest(
                position == null ? null : position.intValue(), limit(first), selects("totalCount")));
        List<Edge<FeedbackViews.Update>> edges = new ArrayList<>();
        for (var r : slice.items()) {
            edges.add(new Edge<>(Cursors.encode(r.sequence()), FeedbackViews.Update.of(r)));
        }
        return new Connection<>(edges, new PageInfo(slice.hasMore(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor()), slice.totalCount());
    }

    @Query("recentEvents")
    @Description("The latest partner events fired on this server after their transaction committed, newest first "
            + "(memory only, the last 500).")
    @NonNull
    public List<FeedbackViews.@NonNull Event> recentEvents(
            @Name("type") @Description("Only of this type.") FeedbackViews.EventType type,
            @Name("first") @Description("How many (default 100).") Integer first) {
        return recent.latest(type == null ? null : type.type, limit(first)).stream()
                .map(FeedbackViews.Event::of).toList();
    }

    @Mutation("pollOdooChanges")
    @Description("Reads Odoo's changes now, for one model or all, and delivers them to the planner (as the timer "
            + "does, paused models included). A failed read leaves the cursor where it was and says why.")
    @NonNull
    public List<FeedbackViews.@NonNull Poll> pollOdooChanges(
            @Name("model") @Description("The model; omit for all.") FeedbackModel model) {
        List<FeedbackModel> models = model == null ? List.of(FeedbackModel.values()) : List.of(model);
        return models.stream().map(m -> FeedbackViews.Poll.of(relay.poll(m))).toList();
    }

    @Mutation("pauseFeedback")
    @Description("Stops the timer from polling a model (webhooks and pollOdooChanges still read it).")
    @NonNull
    public FeedbackViews.Cursor pauseFeedback(@Name("model") @NonNull FeedbackModel model) {
        return FeedbackViews.Cursor.of(relay.setPaused(model, true));
    }

    @Mutation("resumeFeedback")
    @Description("Lets the timer poll a model again.")
    @NonNull
    public FeedbackViews.Cursor resumeFeedback(@Name("model") @NonNull FeedbackModel model) {
        return FeedbackViews.Cursor.of(relay.setPaused(model, false));
    }

    @Mutation("resetFeedbackCursor")
    @Description("Moves a model's cursor: to the changes after 'from', or, without it, to the beginning (every "
            + "record is read again as an initial load). Changes before 'from' are not delivered.")
    @NonNull
    public FeedbackViews.Cursor resetFeedbackCursor(@Name("model") @NonNull FeedbackModel model,
            @Name("from") Instant from) {
        return FeedbackViews.Cursor.of(relay.reset(model, from));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private int limit(Integer first) {
        int limit = first == null ? Math.min(100, maxPageSize) : first;
        if (limit < 0 || limit > maxPageSize) {
            throw new InvalidArgumentException("first", "must be between 0 and " + maxPageSize + ", got " + limit);
        }
        return limit;
    }

    private static void checkLength(String argument, String value) {
        if (value != null && value.strip().length() > 2000) {
            throw new InvalidArgumentException(argument, "must not be longer than 2,000 characters, got "
                    + value.strip().length());
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The authenticated principal's name, or "anonymous" until security comes. */
    private static String actor() {
        try {
            Principal p = CDI.current().select(Principal.class).get();
            String name = p == null ? null : p.getName();
            return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? "anonymous" : name;
        } catch (RuntimeException e) {
            return "anonymous";
        }
    }

    private boolean selects(String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(field);
    }
}
