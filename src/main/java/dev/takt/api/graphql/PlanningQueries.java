package dev.takt.api.graphql;

import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.Slice;
import dev.takt.ops.ConfigKeys;
import dev.takt.planning.ForecastLineFilter;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlannedOrderFilter;
import dev.takt.planning.PlanningGateway;
import dev.takt.planning.ScheduleFilter;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Planning data held by the planning store: forecast versions (history included) and their lines, batches of
 * planned orders and of schedule proposals. Lines are paged by line number, versions and batches newest first.
 */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class PlanningQueries {

    private PlanningGateway planning;
    private Context context;
    private int maxPageSize;

    PlanningQueries() {
    }

    @Inject
    public PlanningQueries(PlanningGateway planning, Context context,
            @ConfigProperty(name = ConfigKeys.GRAPHQL_MAX_PAGE_SIZE, defaultValue = "1000") int maxPageSize) {
        this.planning = planning;
        this.context = context;
        this.maxPageSize = maxPageSize;
    }

    @Query("forecastVersions")
    @Description("Forecast versions, newest first: the history of submissions and publications.")
    @NonNull
    public Connection<PlanningViews.Version> forecastVersions(
            @Name("state") @Description("Only versions in this state.") ForecastVersionState state,
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        PageRequest page = page(first, after, "totalCount");
        return connection(map(planning.forecastVersions(state, page), PlanningViews.Version::of),
                PlanningViews.Version::version);
    }

    @Query("forecast")
    @Description("One forecast version with its lines: by default the published one (null when none is). Lines are "
            + "filtered by item, location and a date range (buckets that overlap [from, to]), by line number.")
    public PlanningViews.Forecast forecast(
            @Name("version") @Description("The version number; omit for the published version.") Integer version,
            @Name("item") @Description("Only lines of this item code.") String item,
            @Name("location") @Description("Only lines of this warehouse code.") String location,
            @Name("from") @Description("Only buckets ending on or after this day.") LocalDate from,
            @Name("to") @Description("Only buckets starting on or before this day.") LocalDate to,
            @Name("first") @Description("Page size of the lines (default 100).") Integer first,
            @Name("after") @Description("Cursor of a line to continue after.") String after) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException("from", "must not be after 'to' (" + from + " > " + to + ")");
        }
        ForecastLineFilter filter = new ForecastLineFilter(itemCode(item), text(location), from, to);
        PageRequest page = page(first, after, "lines/totalCount");
        var found = version == null ? planning.publishedForecast() : planning.forecastVersion(version);
        if (found.isEmpty()) {
            return null;
        }
        ForecastVersion v = found.get();
        var lines = selects("lines")
                ? connection(map(planning.forecastLines(v.version(), filter, page), PlanningViews.ForecastLine::of),
                        PlanningViews.ForecastLine::line)
                : Connection.<PlanningViews.ForecastLine>empty();
        return PlanningViews.Forecast.of(v, lines, rejected(PlanningBatchKind.FORECAST, v.version()));
    }

    @Query("plannedOrderBatches")
    @Description("Batches of planned orders, newest first.")
    @NonNull
    public Connection<PlanningViews.Batch> plannedOrderBatches(
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        return batches(PlanningBatchKind.PLANNED_ORDERS, first, after);
    }

    @Query("plannedOrders")
    @Description("One batch of planned orders with its orders: by default the latest batch (null when there is "
            + "none). Orders are filtered by type, item, location and due date, by line number.")
    public PlanningViews.PlannedOrders plannedOrders(
            @Name("batch") @Description("The batch number; omit for the latest batch.") Integer batch,
            @Name("type") @Description("Only orders of this type.") PlannedOrderType type,
            @Name("item") @Description("Only orders of this item code.") String item,
            @Name("location") @Description("Only orders into this warehouse code.") String location,
            @Name("from") @Description("Only orders due at or after.") Instant from,
            @Name("to") @Description("Only orders due at or before.") Instant to,
            @Name("first") @Description("Page size of the orders (default 100).") Integer first,
            @Name("after") @Description("Cursor of an order to continue after.") String after) {
        checkRange(from, to);
        PlannedOrderFilter filter = new PlannedOrderFilter(type, itemCode(item), text(location), from, to);
        PageRequest page = page(first, after, "orders/totalCount");
        var found = planning.batch(PlanningBatchKind.PLANNED_ORDERS, batch);
        if (found.isEmpty()) {
            return null;
        }
        PlanningBatch b = found.get();
        var orders = selects("orders")
                ? connection(map(planning.plannedOrders(b.number(), filter, page), PlanningViews.PlannedOrder::of),
                        PlanningViews.PlannedOrder::line)
                : Connection.<PlanningViews.PlannedOrder>empty();
        return PlanningViews.PlannedOrders.of(b, orders, rejected(b.kind(), b.number()));
    }

    @Query("scheduleBatches")
    @Description("Batches of schedule proposals, newest first.")
    @NonNull
    public Connection<PlanningViews.Batch> scheduleBatches(
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        return batches(PlanningBatchKind.SCHEDULE, first, after);
    }

    @Query("scheduleProposals")
    @Description("One batch of schedule proposals: by default the latest batch (null when there is none). "
            + "Proposals are filtered by manufacturing order, work center and time (proposals overlapping "
            + "[from, to]), by line number.")
    public PlanningViews.ScheduleProposals scheduleProposals(
            @Name("batch") @Description("The batch number; omit for the latest batch.") Integer batch,
            @Name("manufacturingOrder") @Description("Only proposals for this manufacturing order reference.")
            String manufacturingOrder,
            @Name("workCenter") @Description("Only proposals on this work center (code or name as proposed).")
            String workCenter,
            @Name("from") @Description("Only proposals finishing at or after.") Instant from,
            @Name("to") @Description("Only proposals starting at or before.") Instant to,
            @Name("first") @Description("Page size of the proposals (default 100).") Integer first,
            @Name("after") @Description("Cursor of a proposal to continue after.") String after) {
        checkRange(from, to);
        ScheduleFilter filter = new ScheduleFilter(text(manufacturingOrder), text(workCenter), from, to);
        PageRequest page = page(first, after, "proposals/totalCount");
        var found = planning.batch(PlanningBatchKind.SCHEDULE, batch);
        if (found.isEmpty()) {
            return null;
        }
        PlanningBatch b = found.get();
        var proposals = selects("proposals")
                ? connection(map(planning.scheduleProposals(b.number(), filter, page), PlanningViews.Proposal::of),
                        PlanningViews.Proposal::line)
                : Connection.<PlanningViews.Proposal>empty();
        return PlanningViews.ScheduleProposals.of(b, proposals, rejected(b.kind(), b.number()));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Connection<PlanningViews.Batch> batches(PlanningBatchKind kind, Integer first, String after) {
        return connection(map(planning.batches(kind, page(first, after, "totalCount")), PlanningViews.Batch::of),
                PlanningViews.Batch::number);
    }

    private List<PlanningViews.Rejected> rejected(PlanningBatchKind kind, int number) {
        return selects("rejected") ? PlanningViews.Rejected.of(planning.rejectedLines(kind, number)) : List.of();
    }

    private PageRequest page(Integer first, String after, String countField) {
        int limit = first == null ? Math.min(100, maxPageSize) : first;
        if (limit < 0 || limit > maxPageSize) {
            throw new InvalidArgumentException("first", "must be between 0 and " + maxPageSize + ", got " + limit);
        }
        Long position = Cursors.decode("after", after);
        if (position != null && position > Integer.MAX_VALUE) {
            throw new InvalidArgumentException("after", "is not a cursor of this list");
        }
        return new PageRequest(position == null ? null : position.intValue(), limit, selects(countField));
    }

    private static <T> Connection<T> connection(Slice<T> slice, ToIntFunction<T> position) {
        List<Edge<T>> edges = new ArrayList<>(slice.items().size());
        for (T item : slice.items()) {
            edges.add(new Edge<>(Cursors.encode(position.applyAsInt(item)), item));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor();
        return new Connection<>(edges, new PageInfo(slice.hasMore(), endCursor), slice.totalCount());
    }

    private static <A, B> Slice<B> map(Slice<A> slice, Function<A, B> f) {
        return new Slice<>(slice.items().stream().map(f).toList(), slice.hasMore(), slice.totalCount());
    }

    private static void checkRange(Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException("from", "must not be after 'to' (" + from + " > " + to + ")");
        }
    }

    private static ItemCode itemCode(String item) {
        if (item == null || item.isBlank()) {
            return null;
        }
        try {
            return new ItemCode(item);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("item", e.getMessage());
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private boolean selects(String field) {
        return env().getSelectionSet().contains(field);
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
