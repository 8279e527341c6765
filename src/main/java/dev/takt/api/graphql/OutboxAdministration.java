package dev.takt.api.graphql;

import dev.takt.audit.Actors;
import dev.takt.audit.AuditFilter;
import dev.takt.audit.AuditHistory;
import dev.takt.domain.Slice;
import dev.takt.ops.ConfigKeys;
import dev.takt.sync.outbox.CommandStatus;
import dev.takt.sync.outbox.OutboxAdmin;
import dev.takt.sync.outbox.OutboxTarget;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The administrator's side of the outbox (commands, dead letters, replay, discard, pause, resume, delivery status)
 * and the audit history. Thin: each operation delegates to {@link OutboxAdmin} or {@link AuditHistory}.
 *
 * <p>Security comes with a later issue, like the rest of the API: these operations are {@code @PermitAll} until
 * then and must be restricted to an administrator role when it exists.
 */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class OutboxAdministration {

    private OutboxAdmin admin;
    private AuditHistory history;
    private Actors actors;
    private Context context;
    private int maxPageSize;

    OutboxAdministration() {
    }

    @Inject
    public OutboxAdministration(OutboxAdmin admin, AuditHistory history, Actors actors, Context context,
            @ConfigProperty(name = ConfigKeys.GRAPHQL_MAX_PAGE_SIZE, defaultValue = "1000") int maxPageSize) {
        this.admin = admin;
        this.history = history;
        this.actors = actors;
        this.context = context;
        this.maxPageSize = maxPageSize;
    }

    @Query("outboxCommands")
    @Description("Commands in Takt's outbox, oldest first, by status and target.")
    @NonNull
    public Connection<OutboxViews.Command> outboxCommands(
            @Name("status") @Description("Only commands in this status.") CommandStatus status,
            @Name("target") @Description("Only commands for this target.") OutboxTarget target,
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        return commands(status, target, first, after);
    }

    @Query("deadLetters")
    @Description("Dead letters: commands that failed for good, oldest first, waiting for replayDeadLetter or "
            + "discardDeadLetter. Each says why in lastError.")
    @NonNull
    public Connection<OutboxViews.Command> deadLetters(
            @Name("target") @Description("Only dead letters for this target.") OutboxTarget target,
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        return commands(CommandStatus.DEAD, target, first, after);
    }

    @Query("outboxCommand")
    @Description("One outbox command by id (NOT_FOUND when there is none).")
    @NonNull
    public OutboxViews.Command outboxCommand(@Name("id") @Description("The command's id.") long id) {
        return OutboxViews.Command.of(admin.command(id));
    }

    @Query("deliveryStatus")
    @Description("How delivery stands for each target: paused, waiting, in flight, dead letters.")
    @NonNull
    public List<OutboxViews.@NonNull Delivery> deliveryStatus() {
        return admin.status().stream().map(OutboxViews.Delivery::of).toList();
    }

    @Mutation("replayDeadLetter")
    @Description("Sends a dead letter back for delivery at once (after the cause was fixed in the target). "
            + "NOT_FOUND for an unknown id; INVALID_STATE when the command is not a dead letter.")
    @NonNull
    public OutboxViews.Command replayDeadLetter(@Name("id") @Description("The dead letter's id.") long id) {
        return OutboxViews.Command.of(admin.replay(id, actors.current()));
    }

    @Mutation("discardDeadLetter")
    @Description("Discards a dead letter for good; the reason is kept with it and in the audit history. "
            + "NOT_FOUND for an unknown id; INVALID_STATE when the command is not a dead letter; BAD_ARGUMENT "
            + "without a reason.")
    @NonNull
    public OutboxViews.Command discardDeadLetter(@Name("id") @Description("The dead letter's id.") long id,
            @Name("reason") @NonNull @Description("Why it is discarded (required, at most 1,000 characters).")
            String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidArgumentException("reason", "say why the dead letter is discarded");
        }
        if (reason.strip().length() > OutboxAdmin.MAX_REASON) {
            throw new InvalidArgumentException("reason", "must not be longer than " + OutboxAdmin.MAX_REASON
                    + " characters, got " + reason.strip().length());
        }
        return OutboxViews.Command.of(admin.discard(id, reason.strip(), actors.current()));
    }

    @Mutation("pauseDelivery")
    @Description("Pauses delivery to a target on every server: commands are still queued, and deliveries already "
            + "started finish. Stays paused across restarts until resumeDelivery.")
    @NonNull
    public OutboxViews.Delivery pauseDelivery(@Name("target") @NonNull @Description("The target.")
            OutboxTarget target) {
        return OutboxViews.Delivery.of(admin.setPaused(target, true, actors.current()));
    }

    @Mutation("resumeDelivery")
    @Description("Resumes delivery to a target; waiting commands go out in order.")
    @NonNull
    public OutboxViews.Delivery resumeDelivery(@Name("target") @NonNull @Description("The target.")
            OutboxTarget target) {
        return OutboxViews.Delivery.of(admin.setPaused(target, false, actors.current()));
    }

    @Query("auditEntries")
    @Description("Takt's audit history, newest first: mutations, queued and delivered commands, dead letters, "
            + "administrators' actions.")
    @NonNull
    public Connection<OutboxViews.Entry> auditEntries(
            @Name("filter") @Description("Which entries.") OutboxViews.AuditFilter filter,
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        OutboxViews.AuditFilter f = filter == null
                ? new OutboxViews.AuditFilter(null, null, null, null, null, null, null) : filter;
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new InvalidArgumentException("filter.to", "is before filter.from");
        }
        int limit = limit(first);
        Long before = Cursors.decode("after", after);
        var slice = history.find(new AuditFilter(text(f.operation()), text(f.targetSystem()), text(f.correlationId()),
                f.outcome(), f.commandId(), f.from(), f.to()), before, limit, selects("totalCount"));
        return connection(slice, OutboxViews.Entry::of, OutboxViews.Entry::id);
    }

    private Connection<OutboxViews.Command> commands(CommandStatus status, OutboxTarget target, Integer first,
            String after) {
        int limit = limit(first);
        Long position = Cursors.decode("after", after);
        return connection(admin.commands(status, target, position, limit, selects("totalCount")),
                OutboxViews.Command::of, OutboxViews.Command::id);
    }

    private int limit(Integer first) {
        int limit = first == null ? Math.min(100, maxPageSize) : first;
        if (limit < 0 || limit > maxPageSize) {
            throw new InvalidArgumentException("first", "must be between 0 and " + maxPageSize + ", got " + limit);
        }
        return limit;
    }

    private static <A, T> Connection<T> connection(Slice<A> slice, Function<A, T> map, ToLongFunction<T> position) {
        List<Edge<T>> edges = new ArrayList<>(slice.items().size());
        for (A item : slice.items()) {
            T node = map.apply(item);
            edges.add(new Edge<>(Cursors.encode(position.applyAsLong(node)), node));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor();
        return new Connection<>(edges, new PageInfo(slice.hasMore(), endCursor), slice.totalCount());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private boolean selects(String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(field);
    }
}
