package dev.takt.planning;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderRelease;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.Slice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The port to the system of intent (a demand planner, a finite scheduler), in Takt's own language: versioned
 * forecasts per item × location × time bucket, planned orders (make, buy, transfer), schedule proposals per
 * manufacturing or work order, and the inventory and capacity views the planner holds.
 *
 * <p>Adapters: {@code nativeplan} (the default) is Takt's own store of planning data that partner systems push
 * through the GraphQL API; {@code frepple} reads the same shapes from frePPLe's REST API. An adapter whose
 * planner is itself the source of some data may refuse the corresponding {@code store…} method with
 * {@link UnsupportedOperationException}.
 *
 * <p>The port stores what it is given: lines reach it already validated (item known in Odoo, horizon…, see
 * {@code dev.takt.sync.PlanningIntake}); it owns numbering, the forecast life cycle and history. Each
 * {@code store…} call is one transaction: the version or batch, its accepted lines and its rejected lines are
 * stored together or not at all. Nothing is deleted: superseded forecast versions and earlier batches stay
 * queryable.
 *
 * <p>Reads page by line number (or version/batch number) with a {@link PageRequest}; results come back as a
 * {@link Slice}. Refusals that a caller must explain to a person are {@link dev.takt.domain.PlanningException}s.
 */
public interface PlanningGateway {

    // ---- forecasts ------------------------------------------------------------------------------------------

    /**
     * Stores a new forecast version as a {@link ForecastVersionState#DRAFT draft}, numbered after the last one,
     * with its accepted lines and the rejected ones (kept so that a reviewer sees them).
     *
     * @return the draft
     */
    ForecastVersion storeForecast(String note, List<ForecastLine> accepted, List<RejectedLine> rejected,
            Instant submittedAt);

    /**
     * Publishes a version: it becomes the forecast in force and the version published until then becomes
     * {@link ForecastVersionState#SUPERSEDED superseded}, in one transaction. Publishing the published version
     * again changes nothing.
     *
     * @return the published version
     * @throws dev.takt.domain.PlanningException NOT_FOUND for an unknown version; INVALID_STATE for a superseded
     *         version, one without accepted lines, or one older than the published version
     */
    ForecastVersion publishForecast(int version, Instant at);

    /** The version with this number, if any. */
    Optional<ForecastVersion> forecastVersion(int version);

    /** The published version, if one is. */
    Optional<ForecastVersion> publishedForecast();

    /** Versions (in one state, or all when {@code state} is null), newest first; {@code page.after} is a version. */
    Slice<ForecastVersion> forecastVersions(ForecastVersionState state, PageRequest page);

    /** The accepted lines of a version matching {@code filter}, by line number; {@code page.after} is a line. */
    Slice<ForecastLine> forecastLines(int version, ForecastLineFilter filter, PageRequest page);

    // ---- planned orders and schedule proposals --------------------------------------------------------------

    /** Stores a new batch of planned orders, numbered after the last one, with its rejected lines. */
    PlanningBatch storePlannedOrders(String note, List<PlannedOrder> accepted, List<RejectedLine> rejected,
            Instant submittedAt);

    /** Stores a new batch of schedule proposals, numbered after the last one, with its rejected lines. */
    PlanningBatch storeSchedule(String note, List<ScheduleProposal> accepted, List<RejectedLine> rejected,
            Instant submittedAt);

    /** The batch of that kind with this number, or the latest one when {@code number} is null; empty if none. */
    Optional<PlanningBatch> batch(PlanningBatchKind kind, Integer number);

    /** Batches of a kind, newest first; {@code page.after} is a batch number. */
    Slice<PlanningBatch> batches(PlanningBatchKind kind, PageRequest page);

    /** The planned orders of a batch matching {@code filter}, by line number. */
    Slice<PlannedOrder> plannedOrders(int batch, PlannedOrderFilter filter, PageRequest page);

    /** The schedule proposals of a batch matching {@code filter}, by line number. */
    Slice<ScheduleProposal> scheduleProposals(int batch, ScheduleFilter filter, PageRequest page);

    /**
     * The lines refused when a forecast version ({@link PlanningBatchKind#FORECAST}) or a batch was submitted, by
     * line number.
     */
    List<RejectedLine> rejectedLines(PlanningBatchKind kind, int number);

    // ---- releases of planned orders --------------------------------------------------------------------------

    /**
     * Records that these planned orders were released (queued for the system of execution), in the caller's
     * transaction so that the record and the queued commands commit together. A line recorded before keeps its first
     * record. An adapter whose planner tracks releases itself (frePPLe's order status) may map this to it.
     */
    default void recordReleases(List<PlannedOrderRelease> releases) {
        throw new UnsupportedOperationException("this planner does not record releases");
    }

    /** The releases recorded for these lines of a batch (all its lines when {@code lines} is empty), by line. */
    default List<PlannedOrderRelease> releases(int batch, Collection<Integer> lines) {
        throw new UnsupportedOperationException("this planner does not record releases");
    }

    // ---- views the planner holds ----------------------------------------------------------------------------

    /**
     * The planner's projected inventory of an item (at one location, or all when null), bucket by bucket. The
     * native adapter holds none (partners cannot push projections yet) and answers an empty list.
     */
    List<PlannedInventory> inventoryProjection(ItemCode item, String location);

    /**
     * The planner's view of a work center's capacity and load (all work centers when null), bucket by bucket. The
     * native adapter holds none (partners cannot push capacity views yet) and answers an empty list.
     */
    List<PlannedCapacity> capacityView(String workCenter);

    // ---- federated reads --------------------------------------------------------------------------------------

    /**
     * The orders of the latest planned-order batch for these items, due within {@code [from, to]} (either bound may
     * be null), in line order: one read whatever the number of items, for fields resolved for a list of parents.
     * Empty when no batch was submitted.
     */
    List<PlannedOrder> latestPlannedOrders(Collection<ItemCode> items, Instant from, Instant to);

    /**
     * The proposals of the latest schedule batch for these manufacturing orders (by reference), for whole orders and
     * their work orders, in line order: one read whatever the number of orders. Empty when no batch was submitted.
     */
    List<ScheduleProposal> latestScheduleProposals(Collection<String> manufacturingOrders);

    /**
     * The work-order proposals of the latest schedule batch that overlap {@code [from, to)}, in line order: the
     * planner's load, for work-center fields. Empty when no batch was submitted.
     */
    List<ScheduleProposal> latestWorkOrderProposals(Instant from, Instant to);

    /**
     * The lines of a forecast version for these items whose buckets overlap {@code [from, to]} (days, either bound
     * may be null), in line order: one read whatever the number of items.
     */
    List<ForecastLine> forecastLinesFor(int version, Collection<ItemCode> items, LocalDate from, LocalDate to);

    // ---- execution feedback -----------------------------------------------------------------------------------

    /**
     * Tells the planner what Odoo executed, in the order given (the order Odoo committed the changes). Must be safe
     * to repeat: the feedback relay delivers at least once, so an update seen again (same kind, id and
     * {@code changedAt}) changes nothing. An adapter whose planner cannot take feedback throws
     * {@link UnsupportedOperationException}.
     */
    default void receiveExecution(List<ExecutionUpdate> updates) {
        throw new UnsupportedOperationException("this planner does not take execution feedback");
    }

    /**
     * The execution updates this planner received, in the order received, optionally only of one kind and one
     * Odoo record; the page's {@code after} is a {@link ReceivedExecution#sequence()}. An adapter whose planner does
     * not keep them throws {@link UnsupportedOperationException}.
     */
    default Slice<ReceivedExecution> receivedExecution(ExecutionUpdate.Kind kind, Long odooId, PageRequest page) {
        throw new UnsupportedOperationException("this planner does not list the execution feedback it received");
    }
}
