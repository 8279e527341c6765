package dev.takt.sync;

import dev.takt.audit.AuditLog;
import dev.takt.audit.AuditOutcome;
import dev.takt.audit.AuditRecord;
import dev.takt.domain.Criterion;
import dev.takt.domain.DemandLink;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.Item;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.OrderLink;
import dev.takt.domain.PlanningExceptionDraft;
import dev.takt.domain.PlanningExceptionKind;
import dev.takt.domain.PurchaseOrder;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.SalesOrder;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.StockPosition;
import dev.takt.domain.Warehouse;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.event.InventoryShortage;
import dev.takt.domain.event.TaktEvent;
import dev.takt.odoo.OdooChange;
import dev.takt.odoo.OdooChangeCursor;
import dev.takt.odoo.OdooChangeFeed;
import dev.takt.odoo.OdooChanges;
import dev.takt.odoo.OdooGateway;
import dev.takt.ops.ConfigKeys;
import dev.takt.planning.PlanningGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One page of execution feedback for one model, in one transaction ({@code REQUIRES_NEW}): lock the model's cursor
 * row, read the changes after it from Odoo, map them, deliver them in order to the planner, fire the events and
 * raise the exceptions they call for, remember the followed records, and only then store the advanced cursor. Any
 * failure (Odoo, the planner, the database) rolls all of it back: the cursor stays where it was and the page is read
 * again next time (at-least-once; the planner's side is idempotent). The lock serialises readers of a model across
 * threads and replicas.
 */
@ApplicationScoped
public class FeedbackPages {

    private AuditLog audit;

    private static final Logger LOG = Logger.getLogger(FeedbackPages.class.getName());
    static final int MAX_TOKEN = 32000;
    static final String RAISED_BY = "feedback";

    private EntityManager em;
    private OdooChangeFeed feed;
    private OdooGateway odoo;
    private PlanningGateway planner;
    private PlanningExceptions exceptions;
    private Event<TaktEvent> events;
    private int pageSize;
    private int knownMax;
    private boolean startPaused;
    private Clock clock;

    /** For CDI's proxies only. */
    protected FeedbackPages() {
    }

    @Inject
    public FeedbackPages(EntityManager em, OdooChangeFeed feed, OdooGateway odoo, PlanningGateway planner,
            PlanningExceptions exceptions, Event<TaktEvent> events, AuditLog audit,
            @ConfigProperty(name = ConfigKeys.FEEDBACK_PAGE_SIZE, defaultValue = "500") int pageSize,
            @ConfigProperty(name = ConfigKeys.FEEDBACK_KNOWN_MAX, defaultValue = "100000") int knownMax,
            @ConfigProperty(name = ConfigKeys.FEEDBACK_START_PAUSED, defaultValue = "false") boolean startPaused) {
        this.em = em;
        this.audit = audit;
        this.feed = feed;
        this.odoo = odoo;
        this.planner = planner;
        this.exceptions = exceptions;
        this.events = events;
        this.pageSize = pageSize;
        this.knownMax = knownMax;
        this.startPaused = startPaused;
        this.clock = Clock.systemUTC();
    }

    /**
     * What one page did.
     *
     * @param model      the model
     * @param delivered  updates handed to the planner (changes, late ones included, and deletions)
     * @param late       of those, changes found in the overlap window
     * @param deleted    of those, deletions
     * @param hasMore    true when more changes are waiting
     * @param position   the cursor's high-water mark after the page ({@code write_date} second)
     */
    public record Page(FeedbackModel model, int delivered, int late, int deleted, boolean hasMore,
            Instant position) {
    }

    /** Processes the next page of {@code model}'s changes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Page next(FeedbackModel model) {
        FeedCursorRow row = cursorRow(model, true);
        Instant now = clock.instant();
        OdooChangeCursor cursor = OdooChangeCursor.parse(row.token());
        boolean initialLoad = row.initialLoad();
        @SuppressWarnings("unchecked")
        Entity<Record> entity = (Entity<Record>) model.entity();
        OdooChanges<Record> changes = feed.changesSince(entity, model.fields(), cursor, pageSize);

        FeedbackMapper.Lookups lookups = lookups(model, changes.changes());
        List<FeedbackMapper.Mapped> mapped = new ArrayList<>();
        for (OdooChange<Record> change : changes.changes()) {
            mapped.add(FeedbackMapper.map(model, change.record(), change.updatedAt(), lookups));
        }
        Map<Long, FeedKnownRow> known = known(model, mapped.stream().map(m -> m.update().odooId()).toList());

        List<ExecutionUpdate> updates = new ArrayList<>(mapped.stream().map(FeedbackMapper.Mapped::update).toList());
        Set<Long> missing = Set.of();
        if (!changes.hasMore()) {
            Set<Long> followed = new HashSet<>(knownIds(model));
            mapped.forEach(m -> followed.remove(m.update().odooId()));
            if (!followed.isEmpty()) {
                missing = feed.missingIds(model.entity(), followed);
                Instant detected = now.truncatedTo(ChronoUnit.SECONDS);
                missing.stream().sorted().forEach(id -> updates.add(FeedbackMapper.deleted(model, id, detected)));
            }
        }

        if (!updates.isEmpty()) {
            planner.receiveExecution(updates);
        }

        for (FeedbackMapper.Mapped m : mapped) {
            ExecutionUpdate u = m.update();
            FeedKnownRow previous = known.get(u.odooId());
            if (model == FeedbackModel.MANUFACTURING_ORDER || model == FeedbackModel.WORK_ORDER) {
                String moName = model == FeedbackModel.WORK_ORDER ? moName(u) : u.reference();
                FeedbackSignals.productionEvent(u,
                        previous == null ? null : new FeedbackSignals.Known(previous.state(), previous.quantity()),
                        initialLoad, moName, model == FeedbackModel.WORK_ORDER ? u.location() : null,
                        u.item() == null ? null : u.item().value()).ifPresent(events::fire);
            }
            remember(model, m, previous, known.size());
            if (m.itemId() != null && u.item() == null) {
                unmappedItem(model, u, m.itemId(), lookups.items().get(m.itemId()));
            }
        }
        for (Long id : missing) {
            FeedKnownRow gone = em.find(FeedKnownRow.class, new FeedKnownRow.Key(model.name(), id));
            if (gone != null) {
                em.remove(gone);
            }
        }
        if (model == FeedbackModel.MANUFACTURING_ORDER) {
            duplicates(changes.changes());
        }
        if (model == FeedbackModel.STOCK && !initialLoad) {
            shortages(mapped);
        }

        String token = changes.next().toToken();
        if (token.length() > MAX_TOKEN) {
            OdooChangeCursor n = changes.next();
            LOG.warning(() -> "The " + model + " cursor remembers " + n.recent().size() + " recent records, too many "
                    + "to store; the overlap window behind " + n.writeDate() + " is not re-read once");
            token = new OdooChangeCursor(n.writeDate(), n.id(), n.writeDate().plusSeconds(1), Map.of()).toToken();
        }
        row.advance(token, updates.size(), !changes.hasMore(), Utc.of(now));
        long late = changes.changes().stream().filter(OdooChange::late).count();
        int delivered = updates.size();
        audit.append(new AuditRecord("takt", "feedback.batch", java.util.UUID.randomUUID().toString(), "PLANNER",
                "feedback/" + model, null, null, AuditOutcome.COMPLETED, delivered + " updates (" + late + " late, "
                        + missing.size() + " deleted), cursor now at " + changes.next().writeDate(), null));
        return new Page(model, updates.size(), (int) late, missing.size(), changes.hasMore(),
                changes.next().writeDate());
    }

    /** The cursor row of {@code model}, locked when asked; created (paused when so configured) on first use. */
    FeedCursorRow cursorRow(FeedbackModel model, boolean lock) {
        FeedCursorRow row = lock ? em.find(FeedCursorRow.class, model.name(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(FeedCursorRow.class, model.name());
        if (row == null) {
            row = new FeedCursorRow(model.name(), OdooChangeCursor.START.toToken(), startPaused);
            em.persist(row);
            em.flush();
        }
        return row;
    }

    /** Records a failed poll in its own transaction (the page's was rolled back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(FeedbackModel model, String error) {
        FeedCursorRow row = cursorRow(model, true);
        row.failed(error, Utc.of(clock.instant()));
        audit.append(new AuditRecord("takt", "feedback.batch", java.util.UUID.randomUUID().toString(), "PLANNER",
                "feedback/" + model, null, null, AuditOutcome.ATTEMPT_FAILED, "the cursor did not move", error));
    }

    // ---- reads for one page -----------------------------------------------------------------------------------

    private FeedbackMapper.Lookups lookups(FeedbackModel model, List<OdooChange<Record>> changes) {
        if (changes.isEmpty()) {
            return FeedbackMapper.Lookups.NONE;
        }
        List<Record> records = changes.stream().map(OdooChange::record).toList();
        Set<Long> itemIds = new LinkedHashSet<>();
        Set<Long> orderIds = new LinkedHashSet<>();
        Set<Long> workCenterIds = new LinkedHashSet<>();
        for (Record r : records) {
            if (r instanceof ManufacturingOrder mo) {
                add(itemIds, mo.itemId());
            } else if (r instanceof WorkOrder wo) {
                add(orderIds, wo.manufacturingOrderId());
                add(workCenterIds, wo.workCenterId());
            } else if (r instanceof StockPosition q) {
                add(itemIds, q.itemId());
            } else if (r instanceof PurchaseOrderLine l) {
                add(itemIds, l.itemId());
                add(orderIds, l.orderId());
            } else if (r instanceof SalesOrderLine l) {
                add(itemIds, l.itemId());
                add(orderIds, l.orderId());
            }
        }
        Map<Long, Item> items = itemIds.isEmpty() ? Map.of()
                : byId(odoo.findByIds(Entity.ITEM, itemIds, Set.of("id", "code", "name", "active")), Item::id);
        Map<Long, String> orders = switch (model) {
            case WORK_ORDER -> names(Entity.MANUFACTURING_ORDER, orderIds, ManufacturingOrder::id,
                    ManufacturingOrder::name);
            case PURCHASE_RECEIPT -> names(Entity.PURCHASE_ORDER, orderIds, PurchaseOrder::id, PurchaseOrder::name);
            case SALES_DELIVERY -> names(Entity.SALES_ORDER, orderIds, SalesOrder::id, SalesOrder::name);
            default -> Map.of();
        };
        Map<Long, String> workCenters = names(Entity.WORK_CENTER, workCenterIds, WorkCenter::id, WorkCenter::name);
        return new FeedbackMapper.Lookups(items, orders, workCenters);
    }

    private <T extends Record> Map<Long, String> names(Entity<T> entity, Collection<Long> ids, Function<T, Long> id,
            Function<T, String> name) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (T r : odoo.findByIds(entity, ids, Set.of("id", "name"))) {
            if (name.apply(r) != null) {
                names.put(id.apply(r), name.apply(r));
            }
        }
        return names;
    }

    private static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
    }

    private static void add(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static String moName(ExecutionUpdate u) {
        String ref = u.reference();
        int slash = ref == null ? -1 : ref.indexOf(" / ");
        return slash < 0 ? null : ref.substring(0, slash);
    }

    // ---- followed records ---------------------------------------------------------------------------------------

    private Map<Long, FeedKnownRow> known(FeedbackModel model, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT k FROM FeedKnownRow k WHERE k.key.model = :model AND k.key.odooId IN :ids",
                        FeedKnownRow.class)
                .setParameter("model", model.name()).setParameter("ids", List.copyOf(new HashSet<>(ids)))
                .getResultStream().collect(Collectors.toMap(FeedKnownRow::odooId, k -> k, (a, b) -> a));
    }

    private List<Long> knownIds(FeedbackModel model) {
        return em.createQuery("SELECT k.key.odooId FROM FeedKnownRow k WHERE k.key.model = :model", Long.class)
                .setParameter("model", model.name()).getResultList();
    }

    private void remember(FeedbackModel model, FeedbackMapper.Mapped m, FeedKnownRow previous, int ignored) {
        ExecutionUpdate u = m.update();
        if (!m.followed()) {
            if (previous != null) {
                em.remove(previous);
            }
            return;
        }
        FeedKnownRow row = previous;
        if (row == null) {
            long count = em.createQuery("SELECT COUNT(k) FROM FeedKnownRow k WHERE k.key.model = :model", Long.class)
                    .setParameter("model", model.name()).getSingleResult();
            if (count >= knownMax) {
                LOG.warning(() -> "Following " + count + " " + model + " records already (" + ConfigKeys.FEEDBACK_KNOWN_MAX
                        + "): record " + u.odooId() + " is not followed for deletions");
                return;
            }
            row = new FeedKnownRow(model.name(), u.odooId());
            row.seen(u.state(), u.quantity(), Utc.of(u.changedAt()));
            em.persist(row);
            return;
        }
        row.seen(u.state(), u.quantity(), Utc.of(u.changedAt()));
    }

    // ---- exceptions -------------------------------------------------------------------------------------------

    private void unmappedItem(FeedbackModel model, ExecutionUpdate u, long itemId, Item item) {
        String what = item == null ? "Odoo product " + itemId + " (not found in Odoo)"
                : "Odoo product " + itemId + (item.name() == null ? "" : " '" + item.name() + "'")
                        + " (it has no internal reference)";
        exceptions.raise(PlanningExceptionDraft.of(PlanningExceptionKind.UNMAPPED_ITEM,
                        "UNMAPPED_ITEM:product:" + itemId,
                        what + " appears in execution feedback (" + model.kind() + " " + u.odooId()
                                + (u.reference() == null ? "" : ", " + u.reference()) + ") but the planner cannot "
                                + "identify it; give it an internal reference in Odoo")
                .withOrder(new OrderLink(null, null, model.kind() + " " + u.odooId()
                        + (u.reference() == null ? "" : " " + u.reference()))), RAISED_BY);
    }

    private void duplicates(List<OdooChange<Record>> changes) {
        Set<String> tokens = new LinkedHashSet<>();
        for (OdooChange<Record> c : changes) {
            ManufacturingOrder mo = (ManufacturingOrder) c.record();
            String token = FeedbackSignals.originToken(mo.origin());
            if (token != null && mo.state() == ManufacturingOrderState.DONE) {
                tokens.add(token);
            }
        }
        if (tokens.isEmpty()) {
            return;
        }
        List<ManufacturingOrder> done = new ArrayList<>();
        for (String token : tokens) {
            done.addAll(odoo.findAll(EntityQuery.all(Entity.MANUFACTURING_ORDER,
                    List.of(Criterion.contains("origin", token)),
                    Set.of("id", "name", "state", "origin", "itemId"))));
        }
        FeedbackSignals.duplicates(done).forEach((token, orders) -> {
            String names = orders.stream().map(o -> o.name() == null ? "#" + o.id() : o.name())
                    .collect(Collectors.joining(", "));
            ManufacturingOrder last = orders.get(orders.size() - 1);
            exceptions.raise(PlanningExceptionDraft.of(PlanningExceptionKind.DUPLICATE_PRODUCTION_EVENT,
                            "DUPLICATE_PRODUCTION:" + token,
                            "Odoo reports the production released as " + token + " done " + orders.size()
                                    + " times (" + names + "); check whether it was produced twice")
                    .withOrder(new OrderLink("manufacturing order", last.id(), token)), RAISED_BY);
        });
    }

    private void shortages(List<FeedbackMapper.Mapped> mapped) {
        Map<Long, String> codes = new HashMap<>();
        for (FeedbackMapper.Mapped m : mapped) {
            if (m.itemId() != null && m.update().item() != null) {
                codes.put(m.itemId(), m.update().item().value());
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        List<StockPosition> positions = odoo.findAll(EntityQuery.all(Entity.STOCK_POSITION,
                List.of(Criterion.in("itemId", codes.keySet())),
                Set.of("id", "itemId", "warehouseId", "onHand", "reserved")));
        List<ReorderRule> rules = odoo.findAll(EntityQuery.all(Entity.REORDER_RULE,
                List.of(Criterion.in("itemId", codes.keySet())),
                Set.of("id", "itemId", "warehouseId", "minimum", "active")));
        List<FeedbackSignals.Shortage> found = FeedbackSignals.shortages(positions, rules);
        if (found.isEmpty()) {
            return;
        }
        Map<Long, String> plants = new HashMap<>();
        for (Warehouse w : odoo.findAll(EntityQuery.all(Entity.WAREHOUSE, List.of(), Set.of("id", "code")))) {
            plants.put(w.id(), w.code());
        }
        Instant now = clock.instant();
        for (FeedbackSignals.Shortage s : found) {
            String item = codes.get(s.itemId());
            String plant = s.warehouseId() == null ? null : plants.get(s.warehouseId());
            var raised = exceptions.raise(PlanningExceptionDraft.of(PlanningExceptionKind.SHORTAGE,
                            "SHORTAGE:" + item + ":" + (plant == null ? "-" : plant),
                            "Item " + item + (plant == null ? "" : " in " + plant) + " is short by "
                                    + FeedbackSignals.plain(s.shortBy()) + ": " + s.reason())
                    .withItem(item).withPlant(plant).withDemand(new DemandLink(DemandLink.Kind.ITEM, item))
                    .due(now.plus(1, ChronoUnit.DAYS)), RAISED_BY);
            if (raised.opened()) {
                events.fire(new InventoryShortage(now, item, plant, s.shortBy(), null, null));
            }
        }
    }
}
