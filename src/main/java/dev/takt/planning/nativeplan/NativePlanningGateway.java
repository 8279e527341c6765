package dev.takt.planning.nativeplan;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderRelease;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.PlanningException;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.Slice;
import dev.takt.planning.ForecastLineFilter;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlannedCapacity;
import dev.takt.planning.PlannedInventory;
import dev.takt.planning.PlannedOrderFilter;
import dev.takt.planning.PlanningGateway;
import dev.takt.planning.ReceivedExecution;
import dev.takt.planning.ScheduleFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The native {@link PlanningGateway}: planning data that partner systems push through Takt's GraphQL API, stored in
 * Takt's own database ({@code jdbc/takt}, tables {@code PLAN_*} created by {@code db/migration/V1__planning.sql}).
 *
 * <p>Each store method is one JTA transaction. Numbers come from {@code PLAN_COUNTER}, whose row of the kind is
 * locked for the transaction ({@code SELECT … FOR UPDATE}): versions and batches are numbered 1, 2, 3… without
 * gaps, and publications of forecast versions are serialised, so at most one version is ever published. Lines are
 * written in chunks of {@value #CHUNK} (flushed and detached) so that a batch of 10,000 lines does not hold 10,000
 * managed entities.
 */
@ApplicationScoped
@Typed(NativePlanningGateway.class)
public class NativePlanningGateway implements PlanningGateway {

    static final int CHUNK = 500;
    private static final String FORECAST = "FORECAST";
    private static final String EXECUTION = "EXECUTION";

    private EntityManager em;

    /** For CDI's proxies only. */
    protected NativePlanningGateway() {
    }

    @Inject
    public NativePlanningGateway(EntityManager em) {
        this.em = em;
    }

    // ---- forecasts ------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public ForecastVersion storeForecast(String note, List<ForecastLine> accepted, List<RejectedLine> rejected,
            Instant submittedAt) {
        int version = counter(FORECAST).next();
        ForecastVersion draft = ForecastVersion.draft(version, note, submittedAt, accepted.size(), rejected.size());
        em.persist(ForecastVersionRow.of(draft));
        em.flush(); // the lines' foreign key needs the version row first
        persistAll(accepted, line -> ForecastLineRow.of(version, line));
        persistAll(rejected, line -> RejectedLineRow.of(PlanningBatchKind.FORECAST, version, line));
        return draft;
    }

    @Override
    @Transactional
    public ForecastVersion publishForecast(int version, Instant at) {
        PlanCounterRow counter = counter(FORECAST);
        ForecastVersionRow row = em.find(ForecastVersionRow.class, version);
        if (row == null) {
            throw PlanningException.notFound("forecast version " + version + " does not exist"
                    + (counter.last() == 0 ? "; no forecast has been submitted yet"
                            : " (versions go from 1 to " + counter.last() + ")"));
        }
        ForecastVersionRow currentRow = publishedRow().orElse(null);
        ForecastVersion current = currentRow == null ? null : currentRow.toDomain();
        ForecastVersion published = row.toDomain().publish(at, current);
        if (current != null && current.version() != version) {
            currentRow.apply(current.supersede(at));
        }
        row.apply(published);
        return published;
    }

    @Override
    public Optional<ForecastVersion> forecastVersion(int version) {
        return Optional.ofNullable(em.find(ForecastVersionRow.class, version)).map(ForecastVersionRow::toDomain);
    }

    @Override
    public Optional<ForecastVersion> publishedForecast() {
        return publishedRow().map(ForecastVersionRow::toDomain);
    }

    private Optional<ForecastVersionRow> publishedRow() {
        return em.createQuery("SELECT v FROM ForecastVersionRow v WHERE v.state = :state", ForecastVersionRow.class)
                .setParameter("state", ForecastVersionState.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public Slice<ForecastVersion> forecastVersions(ForecastVersionState state, PageRequest page) {
        Jpql query = new Jpql("ForecastVersionRow", "v")
                .where(state != null, "v.state = :state", "state", state)
                .after(page, "v.version < :after");
        return query.page(em, ForecastVersionRow.class, "v.version DESC", page, ForecastVersionRow::toDomain);
    }

    @Override
    public Slice<ForecastLine> forecastLines(int version, ForecastLineFilter filter, PageRequest page) {
        Jpql query = new Jpql("ForecastLineRow", "l")
                .where(true, "l.batch = :version", "version", version)
                .where(filter.item() != null, "l.item = :item", "item", text(filter.item()))
                .where(filter.location() != null, "UPPER(l.location) = :location", "location",
                        upper(filter.location()))
                .where(filter.from() != null, "l.bucketEnd >= :fromValue", "fromValue", filter.from())
                .where(filter.to() != null, "l.bucketStart <= :toValue", "toValue", filter.to())
                .after(page, "l.line > :after");
        return query.page(em, ForecastLineRow.class, "l.line", page, ForecastLineRow::toDomain);
    }

    // ---- planned orders and schedules ----------------------------------------------------------------------

    @Override
    @Transactional
    public PlanningBatch storePlannedOrders(String note, List<PlannedOrder> accepted, List<RejectedLine> rejected,
            Instant submittedAt) {
        PlanningBatch batch = new PlanningBatch(PlanningBatchKind.PLANNED_ORDERS,
                counter(PlanningBatchKind.PLANNED_ORDERS.name()).next(), note, submittedAt, accepted.size(),
                rejected.size());
        em.persist(new PlannedOrderBatchRow(batch));
        em.flush(); // the lines' foreign key needs the batch row first
        persistAll(accepted, order -> PlannedOrderRow.of(batch.number(), order));
        persistAll(rejected, line -> RejectedLineRow.of(batch.kind(), batch.number(), line));
        return batch;
    }

    @Override
    @Transactional
    public PlanningBatch storeSchedule(String note, List<ScheduleProposal> accepted, List<RejectedLine> rejected,
            Instant submittedAt) {
        PlanningBatch batch = new PlanningBatch(PlanningBatchKind.SCHEDULE,
                counter(PlanningBatchKind.SCHEDULE.name()).next(), note, submittedAt, accepted.size(),
                rejected.size());
        em.persist(new ScheduleBatchRow(batch));
        em.flush(); // the lines' foreign key needs the batch row first
        persistAll(accepted, proposal -> ScheduleProposalRow.of(batch.number(), proposal));
        persistAll(rejected, line -> RejectedLineRow.of(batch.kind(), batch.number(), line));
        return batch;
    }

    @Override
    public Optional<PlanningBatch> batch(PlanningBatchKind kind, Integer number) {
        Class<? extends BatchRow> type = batchType(kind);
        if (number != null) {
            return Optional.ofNullable(em.find(type, number)).map(BatchRow::toDomain);
        }
        return em.createQuery("SELECT b FROM " + type.getSimpleName() + " b ORDER BY b.number DESC", type)
                .setMaxResults(1).getResultStream().findFirst().map(BatchRow::toDomain);
    }

    @Override
    public Slice<PlanningBatch> batches(PlanningBatchKind kind, PageRequest page) {
        Class<? extends BatchRow> type = batchType(kind);
        Jpql query = new Jpql(type.getSimpleName(), "b")
                .after(page, "b.number < :after");
        return query.page(em, type, "b.number DESC", page, BatchRow::toDomain);
    }

    @Override
    public Slice<PlannedOrder> plannedOrders(int batch, PlannedOrderFilter filter, PageRequest page) {
        Jpql query = new Jpql("PlannedOrderRow", "o")
                .where(true, "o.batch = :batch", "batch", batch)
                .where(filter.type() != null, "o.orderType = :orderType", "orderType", filter.type())
                .where(filter.item() != null, "o.item = :item", "item", text(filter.item()))
                .where(filter.location() != null, "UPPER(o.location) = :location", "location",
                        upper(filter.location()))
                .where(filter.from() != null, "o.due >= :fromValue", "fromValue", Utc.of(filter.from()))
                .where(filter.to() != null, "o.due <= :toValue", "toValue", Utc.of(filter.to()))
                .after(page, "o.line > :after");
        return query.page(em, PlannedOrderRow.class, "o.line", page, PlannedOrderRow::toDomain);
    }

    @Override
    public List<PlannedOrder> latestPlannedOrders(Collection<ItemCode> items, Instant from, Instant to) {
        Integer batch = latest("PlannedOrderBatchRow");
        if (items.isEmpty() || batch == null) {
            return List.of();
        }
        return new Jpql("PlannedOrderRow", "o")
                .where(true, "o.batch = :batch", "batch", batch)
                .where(true, "o.item IN :items", "items", items.stream().map(ItemCode::value).distinct().toList())
                .where(from != null, "o.due >= :fromValue", "fromValue", Utc.of(from))
                .where(to != null, "o.due <= :toValue", "toValue", Utc.of(to))
                .list(em, PlannedOrderRow.class, "o.line", PlannedOrderRow::toDomain);
    }

    /** The number of the latest batch stored in {@code batchEntity}, or null when there is none. */
    private Integer latest(String batchEntity) {
        return em.createQuery("SELECT MAX(b.number) FROM " + batchEntity + " b", Integer.class).getSingleResult();
    }

    @Override
    public List<ScheduleProposal> latestWorkOrderProposals(Instant from, Instant to) {
        Integer batch = latest("ScheduleBatchRow");
        if (batch == null) {
            return List.of();
        }
        return new Jpql("ScheduleProposalRow", "p")
                .where(true, "p.batch = :batch", "batch", batch)
                .where(true, "p.workOrderId IS NOT NULL AND p.plannedStart < :toValue", "toValue", Utc.of(to))
                .where(true, "p.plannedFinish > :fromValue", "fromValue", Utc.of(from))
                .list(em, ScheduleProposalRow.class, "p.line", ScheduleProposalRow::toDomain);
    }

    @Override
    public List<ForecastLine> forecastLinesFor(int version, Collection<ItemCode> items, LocalDate from,
            LocalDate to) {
        if (items.isEmpty()) {
            return List.of();
        }
        return new Jpql("ForecastLineRow", "l")
                .where(true, "l.batch = :version", "version", version)
                .where(true, "l.item IN :items", "items", items.stream().map(ItemCode::value).distinct().toList())
                .where(from != null, "l.bucketEnd >= :fromValue", "fromValue", from)
                .where(to != null, "l.bucketStart <= :toValue", "toValue", to)
                .list(em, ForecastLineRow.class, "l.line", ForecastLineRow::toDomain);
    }

    @Override
    public List<ScheduleProposal> latestScheduleProposals(Collection<String> manufacturingOrders) {
        Integer batch = latest("ScheduleBatchRow");
        if (manufacturingOrders.isEmpty() || batch == null) {
            return List.of();
        }
        return new Jpql("ScheduleProposalRow", "p")
                .where(true, "p.batch = :batch", "batch", batch)
                .where(true, "p.manufacturingOrder IN :orders", "orders", List.copyOf(Set.copyOf(manufacturingOrders)))
                .list(em, ScheduleProposalRow.class, "p.line", ScheduleProposalRow::toDomain);
    }

    @Override
    public Slice<ScheduleProposal> scheduleProposals(int batch, ScheduleFilter filter, PageRequest page) {
        Jpql query = new Jpql("ScheduleProposalRow", "p")
                .where(true, "p.batch = :batch", "batch", batch)
                .where(filter.manufacturingOrder() != null, "p.manufacturingOrder = :mo", "mo",
                        filter.manufacturingOrder())
                .where(filter.workCenter() != null, "UPPER(p.workCenter) = :workCenter", "workCenter",
                        upper(filter.workCenter()))
                .where(filter.from() != null, "p.plannedFinish >= :fromValue", "fromValue", Utc.of(filter.from()))
                .where(filter.to() != null, "p.plannedStart <= :toValue", "toValue", Utc.of(filter.to()))
                .after(page, "p.line > :after");
        return query.page(em, ScheduleProposalRow.class, "p.line", page, ScheduleProposalRow::toDomain);
    }

    @Override
    public List<RejectedLine> rejectedLines(PlanningBatchKind kind, int number) {
        return em.createQuery("SELECT r FROM RejectedLineRow r WHERE r.kind = :kind AND r.batch = :batch "
                + "ORDER BY r.line", RejectedLineRow.class)
                .setParameter("kind", kind).setParameter("batch", number)
                .getResultStream().map(RejectedLineRow::toDomain).toList();
    }

    // ---- releases of planned orders --------------------------------------------------------------------------

    @Override
    @Transactional
    public void recordReleases(List<PlannedOrderRelease> releases) {
        for (PlannedOrderRelease release : releases) {
            if (em.find(PlannedOrderReleaseRow.class, new LineKey(release.batch(), release.line())) == null) {
                em.persist(PlannedOrderReleaseRow.of(release));
            }
        }
        em.flush();
    }

    @Override
    public List<PlannedOrderRelease> releases(int batch, Collection<Integer> lines) {
        return new Jpql("PlannedOrderReleaseRow", "r")
                .where(true, "r.batch = :batch", "batch", batch)
                .where(!lines.isEmpty(), "r.line IN :lines", "lines", List.copyOf(Set.copyOf(lines)))
                .list(em, PlannedOrderReleaseRow.class, "r.line", PlannedOrderReleaseRow::toDomain);
    }

    // ---- views the planner holds: none yet --------------------------------------------------------------------

    @Override
    public List<PlannedInventory> inventoryProjection(ItemCode item, String location) {
        return List.of();
    }

    @Override
    public List<PlannedCapacity> capacityView(String workCenter) {
        return List.of();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The counter row of a kind, locked until the transaction ends. */
    private PlanCounterRow counter(String name) {
        PlanCounterRow counter = em.find(PlanCounterRow.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("PLAN_COUNTER has no row '" + name
                    + "': the database schema is incomplete");
        }
        return counter;
    }

    private <L> void persistAll(List<L> lines, Function<L, Object> toRow) {
        int pending = 0;
        for (L line : lines) {
            em.persist(toRow.apply(line));
            if (++pending == CHUNK) {
                em.flush();
                em.clear();
                pending = 0;
            }
        }
    }

    private static Class<? extends BatchRow> batchType(PlanningBatchKind kind) {
        return switch (kind) {
            case PLANNED_ORDERS -> PlannedOrderBatchRow.class;
            case SCHEDULE -> ScheduleBatchRow.class;
            case FORECAST -> throw new IllegalArgumentException("forecasts are versions, not batches");
        };
    }

    private static String text(ItemCode code) {
        return code == null ? null : code.value();
    }

    private static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    // ---- execution feedback ---------------------------------------------------------------------------------

    /**
     * Stores the updates in the order given, each once: an update already received (same kind, Odoo id,
     * {@code write_date} and deletion flag) is skipped, so a repeated delivery changes nothing. Joins the caller's
     * transaction (the feedback relay's page), so a failure stores none of them.
     */
    @Override
    @Transactional
    public void receiveExecution(List<ExecutionUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        PlanCounterRow counter = counter(EXECUTION);
        Instant now = Instant.now();
        Set<ExecutionUpdateRow.Key> seen = new HashSet<>();
        int stored = 0;
        for (ExecutionUpdate update : updates) {
            ExecutionUpdateRow.Key key = ExecutionUpdateRow.key(update);
            if (!seen.add(key) || em.find(ExecutionUpdateRow.class, key) != null) {
                continue;
            }
            em.persist(ExecutionUpdateRow.of(counter.next(), update, now));
            if (++stored % CHUNK == 0) {
                em.flush(); // no clear(): the transaction may be the caller's, with its own managed rows
            }
        }
    }

    @Override
    public Slice<ReceivedExecution> receivedExecution(ExecutionUpdate.Kind kind, Long odooId, PageRequest page) {
        Jpql query = new Jpql("ExecutionUpdateRow", "u")
                .where(kind != null, "u.key.kind = :kind", "kind", kind == null ? null : kind.name())
                .where(odooId != null, "u.key.odooId = :odooId", "odooId", odooId)
                .after(page, "u.sequence > :after");
        return query.page(em, ExecutionUpdateRow.class, "u.sequence", page, ExecutionUpdateRow::toDomain);
    }
}
