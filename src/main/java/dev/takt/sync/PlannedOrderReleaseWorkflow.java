package dev.takt.sync;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomType;
import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.Item;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderRelease;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.PlanningException;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.Slice;
import dev.takt.domain.SupplierInfo;
import dev.takt.domain.UnitOfMeasure;
import dev.takt.domain.Warehouse;
import dev.takt.domain.uom.Unit;
import dev.takt.domain.uom.UnitConversion;
import dev.takt.odoo.OdooGateway;
import dev.takt.ops.ConfigKeys;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlannedOrderFilter;
import dev.takt.planning.PlanningGateway;
import dev.takt.sync.ReleaseReport.ReleaseCommand;
import dev.takt.sync.ReleaseReport.ReleaseLineOutcome;
import dev.takt.sync.ReleaseReport.ReleaseStatus;
import dev.takt.sync.ReleaseReport.ReleaseTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Planned-order release: turns selected planned orders of a batch into commands for Odoo, queued through the
 * {@link CommandQueue} — a manufacturing order per MAKE line (draft, or confirmed when asked) and a request for
 * quotation per vendor and warehouse for the BUY lines, the vendor chosen as Odoo chooses it
 * ({@link VendorSelection}).
 *
 * <p>The governed sequence:
 * <ol>
 *   <li>read the batch's lines from the planning port, and the releases already recorded for them;</li>
 *   <li>read Odoo once per model, whatever the number of lines: products by code, warehouses, bills of materials
 *       of the MAKE items, vendor lines of the BUY items, and units of measure only when a line is not in its
 *       item's unit;</li>
 *   <li>check each line on its own (unknown or archived item, unknown warehouse, TRANSFER not releasable yet, no
 *       bill of materials, no vendor line valid on the date…): a rejected line never holds back a valid one;</li>
 *   <li>in one transaction: queue the commands, record the releases, raise a planning exception per rejected line.</li>
 * </ol>
 *
 * <p>Idempotency: a MAKE line's key is {@code mo-b<batch>-l<line>}; a request for quotation's key is
 * {@code rfq-b<batch>-v<vendor>-w<warehouse>-<digest of its lines>}. Each released line is recorded once
 * ({@link PlanningGateway#recordReleases}), so releasing a line again queues nothing and answers
 * {@link ReleaseStatus#ALREADY_RELEASED} with the first command's id; a call that failed left nothing recorded and can
 * simply be made again (same lines, same keys, and the outbox answers the command it already holds).
 */
@ApplicationScoped
public class PlannedOrderReleaseWorkflow {

    private static final int PAGE = 1000;
    private static final Set<String> SELLER_FIELDS = Set.of("itemId", "vendor", "vendorId", "leadDays",
            "minimumQuantity", "price", "validFrom", "validTo", "sequence");

    private OdooGateway odoo;
    private PlanningGateway planning;
    private WorkflowServices services;
    private ZoneId zone;
    private Clock clock;

    /** For CDI's proxies only. */
    protected PlannedOrderReleaseWorkflow() {
    }

    @Inject
    public PlannedOrderReleaseWorkflow(OdooGateway odoo, PlanningGateway planning, Instance<CommandQueue> queues,
            Instance<PlanningExceptionSink> sinks, TransactionRunner transactions,
            @ConfigProperty(name = ConfigKeys.PLANNING_TIME_ZONE, defaultValue = "UTC") String zone) {
        this(odoo, planning, WorkflowServices.of(queues, sinks, transactions), ZoneId.of(zone.strip()),
                Clock.systemUTC());
    }

    PlannedOrderReleaseWorkflow(OdooGateway odoo, PlanningGateway planning, WorkflowServices services, ZoneId zone,
            Clock clock) {
        this.odoo = Objects.requireNonNull(odoo, "odoo");
        this.planning = Objects.requireNonNull(planning, "planning");
        this.services = Objects.requireNonNull(services, "services");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The stable key of a MAKE line's manufacturing order. */
    static IdempotencyKey manufacturingKey(int batch, int line) {
        return IdempotencyKey.of("mo-b" + batch + "-l" + line);
    }

    /** The stable key of the request for quotation carrying these lines (any order) for a vendor and warehouse. */
    static IdempotencyKey purchaseKey(int batch, long vendorId, long warehouseId, Set<Integer> lines) {
        String joined = new TreeSet<>(lines).stream().map(String::valueOf).collect(Collectors.joining(","));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.US_ASCII));
            return IdempotencyKey.of("rfq-b" + batch + "-v" + vendorId + "-w" + warehouseId + "-"
                    + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Releases planned orders of a batch.
     *
     * @param batch   the planned-order batch number
     * @param lines   the lines to release; null or empty for every line of the batch
     * @param confirm confirm the manufacturing orders (requests for quotation stay requests for the buyer to send)
     * @param origin  who asked, for the outbox and the audit
     * @throws PlanningException NOT_FOUND when the batch does not exist
     * @throws CommandQueueUnavailableException when there is something to queue and no outbox is deployed
     */
    public ReleaseReport release(int batch, List<Integer> lines, boolean confirm, CommandQueue.Origin origin) {
        Objects.requireNonNull(origin, "origin");
        planning.batch(PlanningBatchKind.PLANNED_ORDERS, batch).orElseThrow(() -> PlanningException.notFound(
                "planned-order batch " + batch + " does not exist"));
        Map<Integer, PlannedOrder> orders = plannedOrders(batch);
        Set<Integer> requested = lines == null || lines.isEmpty() ? new TreeSet<>(orders.keySet())
                : new TreeSet<>(lines);
        Map<Integer, ReleaseLineOutcome> outcomes = new TreeMap<>();
        Map<Integer, String> rejectedAtSubmission = new HashMap<>();
        if (requested.stream().anyMatch(l -> !orders.containsKey(l))) {
            planning.rejectedLines(PlanningBatchKind.PLANNED_ORDERS, batch)
                    .forEach(r -> rejectedAtSubmission.put(r.line(), r.reason()));
        }
        List<PlannedOrder> candidates = new ArrayList<>();
        for (int line : requested) {
            PlannedOrder order = orders.get(line);
            if (order == null) {
                outcomes.put(line, ReleaseLineOutcome.rejected(line, null, line < 1
                        ? "line " + line + ": line numbers start at 1"
                        : rejectedAtSubmission.containsKey(line)
                        ? "line " + line + " was rejected when batch " + batch + " was submitted ("
                                + rejectedAtSubmission.get(line) + ") and cannot be released"
                        : "batch " + batch + " has no line " + line));
            } else {
                candidates.add(order);
            }
        }
        Map<Integer, PlannedOrderRelease> released = new HashMap<>();
        if (!candidates.isEmpty()) {
            planning.releases(batch, candidates.stream().map(PlannedOrder::line).toList())
                    .forEach(r -> released.put(r.line(), r));
        }
        List<PlannedOrder> toRelease = new ArrayList<>();
        for (PlannedOrder order : candidates) {
            PlannedOrderRelease earlier = released.get(order.line());
            if (earlier != null) {
                outcomes.put(order.line(), new ReleaseLineOutcome(order.line(), ReleaseStatus.ALREADY_RELEASED,
                        earlier.vendorId() == null ? ReleaseTarget.MANUFACTURING_ORDER
                                : ReleaseTarget.REQUEST_FOR_QUOTATION, earlier.idempotencyKey().value(),
                        earlier.commandId(), null, earlier.vendorId(), null, null, null, null,
                        List.of("released on " + earlier.releasedAt() + "; nothing new was queued")));
            } else if (order.type() == PlannedOrderType.TRANSFER) {
                outcomes.put(order.line(), ReleaseLineOutcome.rejected(order.line(), null, "line " + order.line()
                        + ": TRANSFER orders (from " + order.origin() + " to " + order.location() + ") cannot be "
                        + "released to Odoo yet; move the stock with an Odoo transfer"));
            } else {
                toRelease.add(order);
            }
        }
        Plan plan = plan(batch, toRelease, confirm, outcomes);
        return services.transactions().inTransaction(() -> commit(batch, plan, outcomes, origin));
    }

    // ---- reading and checking ---------------------------------------------------------------------------------

    private Map<Integer, PlannedOrder> plannedOrders(int batch) {
        Map<Integer, PlannedOrder> all = new TreeMap<>();
        Integer after = null;
        while (true) {
            Slice<PlannedOrder> page = planning.plannedOrders(batch, PlannedOrderFilter.ALL,
                    new PageRequest(after, PAGE, false));
            page.items().forEach(o -> all.put(o.line(), o));
            if (!page.hasMore() || page.items().isEmpty()) {
                return all;
            }
            after = page.items().get(page.items().size() - 1).line();
        }
    }

    /** A MAKE line ready to queue. */
    private record Make(PlannedOrder order, ReleaseManufacturingOrder command, List<String> warnings) {
    }

    /** A BUY line ready to be grouped. */
    private record Buy(PlannedOrder order, long itemId, SupplierInfo vendor, long warehouseId, double quantity,
            LocalDate orderDate, Instant plannedDate, List<String> warnings) {
    }

    private record Plan(List<Make> makes, List<Buy> buys, boolean confirm) {
    }

    /** Thrown while checking a line: the line is rejected with this reason. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    private Plan plan(int batch, List<PlannedOrder> orders, boolean confirm, Map<Integer, ReleaseLineOutcome> outcomes) {
        if (orders.isEmpty()) {
            return new Plan(List.of(), List.of(), confirm);
        }
        Set<String> codes = orders.stream().map(o -> o.item().value()).collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<Item>> items = odoo.findAll(EntityQuery.all(Entity.ITEM, List.of(Criterion.in("code", codes),
                Criterion.in("active", List.of(true, false))), Set.of("code", "uom", "uomId", "active", "name")))
                .stream().collect(Collectors.groupingBy(Item::code));
        Map<String, Warehouse> warehouses = new HashMap<>();
        odoo.findAll(EntityQuery.all(Entity.WAREHOUSE, List.of(), Set.of("code", "name")))
                .forEach(w -> warehouses.putIfAbsent(fold(w.code()), w));
        Map<Integer, Item> itemOf = new HashMap<>();
        for (PlannedOrder order : new ArrayList<>(orders)) {
            try {
                itemOf.put(order.line(), item(order, items.getOrDefault(order.item().value(), List.of())));
            } catch (Refusal r) {
                outcomes.put(order.line(), ReleaseLineOutcome.rejected(order.line(), target(order), r.getMessage()));
            }
        }
        Set<Long> makeIds = new TreeSet<>();
        Set<Long> buyIds = new TreeSet<>();
        boolean needUnits = false;
        for (PlannedOrder order : orders) {
            Item item = itemOf.get(order.line());
            if (item != null) {
                (order.type() == PlannedOrderType.MAKE ? makeIds : buyIds).add(item.id());
                needUnits |= !order.quantity().unit().equals(item.uom());
            }
        }
        Map<Long, List<BillOfMaterials>> boms = makeIds.isEmpty() ? Map.of()
                : odoo.findAll(EntityQuery.all(Entity.BOM, List.of(Criterion.in("itemId", makeIds)),
                        Set.of("itemId", "type", "active"))).stream().filter(b -> b.itemId() != null)
                        .collect(Collectors.groupingBy(BillOfMaterials::itemId));
        Map<Long, List<SupplierInfo>> sellers = buyIds.isEmpty() ? Map.of()
                : odoo.findAll(EntityQuery.all(Entity.SUPPLIER_INFO, List.of(Criterion.in("itemId", buyIds)),
                        SELLER_FIELDS)).stream().filter(s -> s.itemId() != null)
                        .collect(Collectors.groupingBy(SupplierInfo::itemId));
        List<UnitOfMeasure> units = needUnits
                ? odoo.findAll(EntityQuery.all(Entity.UNIT_OF_MEASURE, List.of(), Set.of("name", "category", "factor")))
                : List.of();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<Make> makes = new ArrayList<>();
        List<Buy> buys = new ArrayList<>();
        for (PlannedOrder order : orders) {
            Item item = itemOf.get(order.line());
            if (item == null) {
                continue;
            }
            try {
                Warehouse warehouse = warehouses.get(fold(order.location()));
                if (warehouse == null) {
                    throw new Refusal("line " + order.line() + ": warehouse " + order.location()
                            + " is not known in Odoo");
                }
                if (order.type() == PlannedOrderType.MAKE) {
                    makes.add(make(batch, order, item, warehouse, boms.getOrDefault(item.id(), List.of()), units,
                            confirm));
                } else {
                    buys.add(buy(order, item, warehouse, sellers.getOrDefault(item.id(), List.of()), units, today));
                }
            } catch (Refusal r) {
                outcomes.put(order.line(), ReleaseLineOutcome.rejected(order.line(), target(order), r.getMessage()));
            }
        }
        return new Plan(makes, buys, confirm);
    }

    private static Item item(PlannedOrder order, List<Item> found) throws Refusal {
        String code = order.item().value();
        if (found.isEmpty()) {
            throw new Refusal("line " + order.line() + ": item " + code + " is not known in Odoo");
        }
        List<Item> active = found.stream().filter(i -> !Boolean.FALSE.equals(i.active())).toList();
        if (active.isEmpty()) {
            throw new Refusal("line " + order.line() + ": item " + code + " is archived in Odoo");
        }
        if (active.size() > 1) {
            throw new Refusal("line " + order.line() + ": " + active.size() + " Odoo products have the code " + code
                    + "; make it unique in Odoo");
        }
        return active.get(0);
    }

    private Make make(int batch, PlannedOrder order, Item item, Warehouse warehouse, List<BillOfMaterials> boms,
            List<UnitOfMeasure> units, boolean confirm) throws Refusal {
        List<BillOfMaterials> normal = boms.stream()
                .filter(b -> b.type() != BomType.KIT && !Boolean.FALSE.equals(b.active())).toList();
        if (normal.isEmpty()) {
            throw new Refusal("line " + order.line() + ": item " + item.code() + " has no bill of materials to "
                    + "manufacture it in Odoo" + (boms.isEmpty() ? "" : " (only kits)"));
        }
        List<String> warnings = new ArrayList<>();
        Long bomId = null;
        if (normal.size() == 1) {
            bomId = normal.get(0).id();
        } else {
            warnings.add("item " + item.code() + " has " + normal.size() + " bills of materials; Odoo picks one by "
                    + "its own order (sequence)");
        }
        double quantity = order.quantity().amount().doubleValue();
        if (!(quantity > 0)) {
            throw new Refusal("line " + order.line() + ": the quantity is 0; there is nothing to manufacture");
        }
        Long uomId = null;
        if (!order.quantity().unit().equals(item.uom())) {
            uomId = units.stream().filter(u -> u.name().equals(order.quantity().unit())).map(UnitOfMeasure::id)
                    .findFirst().orElseThrow(() -> new Refusal("line " + order.line() + ": unit "
                            + order.quantity().unit() + " is not known in Odoo"));
        }
        ReleaseManufacturingOrder command = new ReleaseManufacturingOrder(manufacturingKey(batch, order.line()),
                item.id(), bomId, quantity, uomId, order.start(), order.due(), null, warehouse.id(), confirm,
                "Takt plan batch " + batch + ", line " + order.line());
        return new Make(order, command, warnings);
    }

    private Buy buy(PlannedOrder order, Item item, Warehouse warehouse, List<SupplierInfo> lines,
            List<UnitOfMeasure> units, LocalDate today) throws Refusal {
        double quantity = inItemUnit(order, item, units);
        if (!(quantity > 0)) {
            throw new Refusal("line " + order.line() + ": the quantity is 0; there is nothing to buy");
        }
        LocalDate due = LocalDate.ofInstant(order.due(), zone);
        LocalDate checkDate = due.isBefore(today) ? today : due;
        if (lines.isEmpty()) {
            throw new Refusal("line " + order.line() + ": item " + item.code() + " has no vendor in Odoo "
                    + "(Purchase tab, Vendors)");
        }
        VendorSelection.Choice choice = VendorSelection.select(lines, quantity, checkDate, order.supplier())
                .orElseThrow(() -> new Refusal("line " + order.line() + ": no vendor line of item " + item.code()
                        + (order.supplier() == null ? "" : " for vendor " + order.supplier())
                        + " is valid on " + checkDate));
        List<String> warnings = new ArrayList<>();
        if (choice.roundedUp()) {
            warnings.add("quantity " + plain(quantity) + " " + item.uom() + " raised to the minimum "
                    + plain(choice.quantity()) + " of vendor " + choice.line().vendor());
        }
        int lead = choice.line().leadDays() == null ? 0 : choice.line().leadDays();
        LocalDate orderDate = due.minusDays(lead);
        Instant planned = order.due();
        if (orderDate.isBefore(today)) {
            long late = ChronoUnit.DAYS.between(orderDate, today);
            planned = order.due().plus(late, ChronoUnit.DAYS);
            warnings.add("late: with vendor " + choice.line().vendor() + "'s lead time of " + lead + " days it "
                    + "should have been ordered on " + orderDate + "; expected arrival moved from " + due + " to "
                    + due.plusDays(late));
        }
        return new Buy(order, item.id(), choice.line(), warehouse.id(), choice.quantity(), orderDate, planned, warnings);
    }

    private static double inItemUnit(PlannedOrder order, Item item, List<UnitOfMeasure> units) throws Refusal {
        double amount = order.quantity().amount().doubleValue();
        String unit = order.quantity().unit();
        if (unit.equals(item.uom())) {
            return amount;
        }
        try {
            UnitConversion conversion = UnitConversion.of(units.stream().filter(u -> u.name() != null
                    && u.factor() != null && u.category() != null)
                    .map(u -> new Unit(u.name(), u.category(), u.factor())).toList());
            return conversion.convert(amount, unit, item.uom());
        } catch (RuntimeException e) {
            throw new Refusal("line " + order.line() + ": " + unit + " cannot be converted to the item's unit "
                    + item.uom() + " (" + e.getMessage() + ")");
        }
    }

    // ---- queuing ----------------------------------------------------------------------------------------------

    private ReleaseReport commit(int batch, Plan plan, Map<Integer, ReleaseLineOutcome> outcomes,
            CommandQueue.Origin origin) {
        List<ReleaseCommand> commands = new ArrayList<>();
        List<PlannedOrderRelease> releases = new ArrayList<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        CommandQueue queue = plan.makes().isEmpty() && plan.buys().isEmpty() ? null : services.queue();
        for (Make make : plan.makes()) {
            long id = queue.releaseManufacturingOrder(make.command(), origin);
            int line = make.order().line();
            String key = make.command().idempotencyKey().value();
            commands.add(new ReleaseCommand(ReleaseTarget.MANUFACTURING_ORDER, key, id, List.of(line), null,
                    make.order().location()));
            releases.add(new PlannedOrderRelease(batch, line, make.command().idempotencyKey(), id, null, now));
            outcomes.put(line, new ReleaseLineOutcome(line, ReleaseStatus.QUEUED, ReleaseTarget.MANUFACTURING_ORDER,
                    key, id, null, null, make.command().quantity(), null, make.command().start(), null,
                    make.warnings()));
        }
        Map<List<Long>, List<Buy>> groups = new LinkedHashMap<>();
        for (Buy buy : plan.buys()) {
            groups.computeIfAbsent(List.of(buy.vendor().vendorId(), buy.warehouseId()), k -> new ArrayList<>())
                    .add(buy);
        }
        for (List<Buy> group : groups.values()) {
            Buy first = group.get(0);
            Set<Integer> lines = group.stream().map(b -> b.order().line()).collect(Collectors.toCollection(
                    LinkedHashSet::new));
            IdempotencyKey key = purchaseKey(batch, first.vendor().vendorId(), first.warehouseId(), lines);
            List<ReleasePurchaseOrder.Line> orderLines = group.stream().map(b -> new ReleasePurchaseOrder.Line(
                    b.itemId(), b.quantity(), b.plannedDate(), null)).toList();
            String note = "Takt plan batch " + batch + ", line" + (lines.size() > 1 ? "s " : " ")
                    + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
            long id = queue.releasePurchaseOrder(new ReleasePurchaseOrder(key, first.vendor().vendorId(), orderLines,
                    first.warehouseId(), false, note), origin);
            commands.add(new ReleaseCommand(ReleaseTarget.REQUEST_FOR_QUOTATION, key.value(), id, List.copyOf(lines),
                    first.vendor().vendorId(), first.order().location()));
            for (Buy buy : group) {
                int line = buy.order().line();
                releases.add(new PlannedOrderRelease(batch, line, key, id, buy.vendor().vendorId(), now));
                outcomes.put(line, new ReleaseLineOutcome(line, ReleaseStatus.QUEUED,
                        ReleaseTarget.REQUEST_FOR_QUOTATION, key.value(), id, buy.vendor().vendor(),
                        buy.vendor().vendorId(), buy.quantity(), buy.orderDate(), buy.plannedDate(), null,
                        buy.warnings()));
            }
        }
        if (!releases.isEmpty()) {
            planning.recordReleases(releases);
        }
        for (ReleaseLineOutcome outcome : outcomes.values()) {
            if (outcome.status() == ReleaseStatus.REJECTED) {
                services.exceptions().raise(PlanningExceptionSink.Kinds.RELEASE_REJECTED,
                        PlanningExceptionSink.Severity.WARNING, PlanningExceptionSink.PLANNER, outcome.reason(), null,
                        "planned orders " + batch + " line " + outcome.line());
            }
        }
        return new ReleaseReport(batch, List.copyOf(outcomes.values()), commands);
    }

    private static ReleaseTarget target(PlannedOrder order) {
        return switch (order.type()) {
            case MAKE -> ReleaseTarget.MANUFACTURING_ORDER;
            case BUY -> ReleaseTarget.REQUEST_FOR_QUOTATION;
            case TRANSFER -> null;
        };
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
