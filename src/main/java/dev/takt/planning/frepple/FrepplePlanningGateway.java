package dev.takt.planning.frepple;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.PlanningException;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.Slice;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;
import dev.takt.planning.ForecastLineFilter;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlannedCapacity;
import dev.takt.planning.PlannedInventory;
import dev.takt.planning.PlannedOrderFilter;
import dev.takt.planning.PlanningGateway;
import dev.takt.planning.ScheduleFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The frePPLe {@link PlanningGateway}: frePPLe is the planner, so Takt reads its plan through the REST API
 * ({@link FreppleRpc}, with its fault tolerance) and maps it to Takt's records ({@link FrepplePlanMapper}); the
 * mapping is documented in docs/planning.md.
 *
 * <ul>
 *   <li>Forecast: frePPLe's open and quoted demands. frePPLe keeps no versions, so there is one version, 1, always
 *       published: frePPLe's demand as it is now. Its lines are numbered by due date then name, per answer.</li>
 *   <li>Planned orders: proposed and approved manufacturing (MAKE), purchase (BUY) and distribution (TRANSFER)
 *       orders; schedule proposals: manufacturing orders by reference and their steps (work orders). There is one
 *       batch of each kind, 1: frePPLe's current plan.</li>
 *   <li>Inventory: buffers and the on-hand after each material flow; capacity: resources and their loads.</li>
 *   <li>Writes: frePPLe computes forecasts (demand comes from its own ERP import), plans and schedules, so the
 *       {@code store…} and {@code publishForecast} methods refuse with {@link UnsupportedOperationException}.
 *       Execution feedback updates frePPLe's manufacturing orders and buffers with upserting POSTs.</li>
 * </ul>
 * Federated reads cost a fixed number of calls whatever the number of parents: lists of keys go into one
 * {@code field__in} filter (split only when the query would pass {@value #MAX_IN_CHARS} characters, so that proxies
 * in front of frePPLe accept the URL). A record that cannot be mapped is skipped with a warning naming it.
 */
@ApplicationScoped
@Typed(FrepplePlanningGateway.class)
public class FrepplePlanningGateway implements PlanningGateway {

    /** Longest comma-separated value list put in one {@code __in} filter. */
    static final int MAX_IN_CHARS = 6000;
    /** The one forecast version and the one batch of each kind that frePPLe's current plan is. */
    static final int CURRENT = 1;
    static final String PLAN_STATUSES = "proposed,approved";
    static final String DEMAND_STATUSES = "open,quote";

    private static final Logger LOG = Logger.getLogger(FrepplePlanningGateway.class.getName());
    private static final Instant KNOWN_SINCE = Instant.EPOCH;

    private FreppleRpc rpc;
    private ZoneId zone;
    private FrepplePlanMapper mapper;

    /** For CDI's proxies only. */
    protected FrepplePlanningGateway() {
    }

    @Inject
    public FrepplePlanningGateway(FreppleRpc rpc, FreppleConnectorConfig config) {
        this.rpc = rpc;
        this.zone = config.timeZone();
        this.mapper = new FrepplePlanMapper(zone);
    }

    // ---- forecasts ------------------------------------------------------------------------------------------

    @Override
    public ForecastVersion storeForecast(String note, List<ForecastLine> accepted, List<RejectedLine> rejected,
            Instant submittedAt) {
        throw refused("submitting a forecast", "frePPLe holds the demand itself (imported from the ERP or entered in "
                + "frePPLe)");
    }

    @Override
    public ForecastVersion publishForecast(int version, Instant at) {
        throw refused("publishing a forecast version", "frePPLe's demand is always in force");
    }

    @Override
    public Optional<ForecastVersion> forecastVersion(int version) {
        return version == CURRENT ? Optional.of(current()) : Optional.empty();
    }

    @Override
    public Optional<ForecastVersion> publishedForecast() {
        return Optional.of(current());
    }

    private static ForecastVersion current() {
        return new ForecastVersion(CURRENT, ForecastVersionState.PUBLISHED, "frePPLe's demand, read live",
                KNOWN_SINCE, KNOWN_SINCE, null, 0, 0);
    }

    @Override
    public Slice<ForecastVersion> forecastVersions(ForecastVersionState state, PageRequest page) {
        List<ForecastVersion> all = state == null || state == ForecastVersionState.PUBLISHED ? List.of(current())
                : List.of();
        return page(all, ForecastVersion::version, page, true);
    }

    @Override
    public Slice<ForecastLine> forecastLines(int version, ForecastLineFilter filter, PageRequest page) {
        if (version != CURRENT) {
            throw PlanningException.notFound("forecast version " + version + " does not exist: frePPLe's demand is "
                    + "version " + CURRENT);
        }
        Map<String, String> filters = demandFilters(filter.from(), filter.to());
        if (filter.item() != null) {
            filters.put("item", filter.item().value());
        }
        List<JsonObject> demands = rpc.list("demand", filters).getValuesAs(JsonObject.class);
        if (filter.location() != null) {
            demands = demands.stream().filter(d -> filter.location().equalsIgnoreCase(
                    FrepplePlanMapper.text(d, "location"))).toList();
        }
        return page(forecastLines(demands), ForecastLine::line, page, false);
    }

    @Override
    public List<ForecastLine> forecastLinesFor(int version, Collection<ItemCode> items, LocalDate from,
            LocalDate to) {
        if (version != CURRENT || items.isEmpty()) {
            return List.of();
        }
        return forecastLines(listIn("demand", "item", codes(items), demandFilters(from, to)));
    }

    private Map<String, String> demandFilters(LocalDate from, LocalDate to) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status__in", DEMAND_STATUSES);
        if (from != null) {
            filters.put("due__gte", from + "T00:00:00");
        }
        if (to != null) {
            filters.put("due__lt", to.plusDays(1) + "T00:00:00");
        }
        return filters;
    }

    private List<ForecastLine> forecastLines(List<JsonObject> demands) {
        Map<String, String> units = units(demands.stream().map(d -> FrepplePlanMapper.text(d, "item")).toList());
        List<JsonObject> sorted = new ArrayList<>(demands);
        sorted.sort(Comparator.comparing((JsonObject d) -> String.valueOf(FrepplePlanMapper.text(d, "due")))
                .thenComparing(d -> String.valueOf(FrepplePlanMapper.text(d, "name"))));
        List<ForecastLine> lines = new ArrayList<>();
        for (JsonObject d : sorted) {
            mapped(d, () -> mapper.forecastLine(lines.size() + 1, d, units)).ifPresent(lines::add);
        }
        return lines;
    }

    // ---- planned orders and schedule proposals --------------------------------------------------------------

    @Override
    public PlanningBatch storePlannedOrders(String note, List<PlannedOrder> accepted, List<RejectedLine> rejected,
            Instant submittedAt) {
        throw refused("submitting planned orders", "frePPLe proposes them itself when it plans");
    }

    @Override
    public PlanningBatch storeSchedule(String note, List<ScheduleProposal> accepted, List<RejectedLine> rejected,
            Instant submittedAt) {
        throw refused("submitting a schedule", "frePPLe schedules the orders itself when it plans");
    }

    @Override
    public Optional<PlanningBatch> batch(PlanningBatchKind kind, Integer number) {
        if (kind == PlanningBatchKind.FORECAST || (number != null && number != CURRENT)) {
            return Optional.empty();
        }
        return Optional.of(currentBatch(kind));
    }

    private static PlanningBatch currentBatch(PlanningBatchKind kind) {
        return new PlanningBatch(kind, CURRENT, "frePPLe's current plan, read live", KNOWN_SINCE, 0, 0);
    }

    @Override
    public Slice<PlanningBatch> batches(PlanningBatchKind kind, PageRequest page) {
        List<PlanningBatch> all = kind == PlanningBatchKind.FORECAST ? List.of() : List.of(currentBatch(kind));
        return page(all, PlanningBatch::number, page, true);
    }

    @Override
    public Slice<PlannedOrder> plannedOrders(int batch, PlannedOrderFilter filter, PageRequest page) {
        if (batch != CURRENT) {
            return page(List.of(), PlannedOrder::line, page, false);
        }
        List<String> items = filter.item() == null ? null : List.of(filter.item().value());
        List<PlannedOrder> orders = plannedOrders(items, filter.type(), filter.from(), filter.to());
        if (filter.location() != null) {
            orders = renumber(orders.stream().filter(o -> filter.location().equalsIgnoreCase(o.location())).toList());
        }
        return page(orders, PlannedOrder::line, page, false);
    }

    @Override
    public List<PlannedOrder> latestPlannedOrders(Collection<ItemCode> items, Instant from, Instant to) {
        return items.isEmpty() ? List.of() : plannedOrders(codes(items), null, from, to);
    }

    /** Planned orders of these items (all when null) and type (all when null), due within [from, to]. */
    private List<PlannedOrder> plannedOrders(List<String> items, PlannedOrderType type, Instant from, Instant to) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status__in", PLAN_STATUSES);
        if (from != null) {
            filters.put("enddate__gte", FreppleValues.naive(from, zone));
        }
        if (to != null) {
            filters.put("enddate__lte", FreppleValues.naive(to, zone));
        }
        List<JsonObject> makes = List.of();
        Map<String, JsonObject> operations = Map.of();
        if (type == null || type == PlannedOrderType.MAKE) {
            operations = byKey(items == null ? rpc.list("operation", Map.of()).getValuesAs(JsonObject.class)
                    : listIn("operation", "item", items, Map.of()), "name");
            operations.values().removeIf(o -> FrepplePlanMapper.text(o, "item") == null);
            makes = operations.isEmpty() ? List.of()
                    : listIn("manufacturingorder", "operation", List.copyOf(operations.keySet()), filters);
        }
        List<JsonObject> buys = type == null || type == PlannedOrderType.BUY ? orders("purchaseorder", items, filters)
                : List.of();
        List<JsonObject> transfers = type == null || type == PlannedOrderType.TRANSFER
                ? orders("distributionorder", items, filters) : List.of();
        Set<String> involved = new LinkedHashSet<>();
        operations.values().forEach(o -> involved.add(FrepplePlanMapper.text(o, "item")));
        buys.forEach(o -> involved.add(FrepplePlanMapper.text(o, "item")));
        transfers.forEach(o -> involved.add(FrepplePlanMapper.text(o, "item")));
        Map<String, String> units = units(List.copyOf(involved));

        List<PlannedOrder> out = new ArrayList<>();
        Map<String, JsonObject> ops = operations;
        for (JsonObject mo : byEndThenReference(makes)) {
            JsonObject operation = ops.get(FrepplePlanMapper.text(mo, "operation"));
            if (operation != null) {
                mapped(mo, () -> mapper.make(out.size() + 1, mo, operation, units)).ifPresent(out::add);
            }
        }
        for (JsonObject po : byEndThenReference(buys)) {
            mapped(po, () -> mapper.buy(out.size() + 1, po, units)).ifPresent(out::add);
        }
        for (JsonObject dorder : byEndThenReference(transfers)) {
            mapped(dorder, () -> mapper.transfer(out.size() + 1, dorder, units)).ifPresent(out::add);
        }
        return out;
    }

    private List<JsonObject> orders(String entity, List<String> items, Map<String, String> filters) {
        return items == null ? rpc.list(entity, filters).getValuesAs(JsonObject.class)
                : listIn(entity, "item", items, filters);
    }

    @Override
    public Slice<ScheduleProposal> scheduleProposals(int batch, ScheduleFilter filter, PageRequest page) {
        if (batch != CURRENT) {
            return page(List.of(), ScheduleProposal::line, page, false);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        if (filter.from() != null) {
            filters.put("enddate__gte", FreppleValues.naive(filter.from(), zone));
        }
        if (filter.to() != null) {
            filters.put("startdate__lte", FreppleValues.naive(filter.to(), zone));
        }
        List<ScheduleProposal> proposals;
        if (filter.manufacturingOrder() != null) {
            proposals = schedule(List.of(filter.manufacturingOrder()), filters);
        } else {
            proposals = proposals(rpc.list("manufacturingorder", filters).getValuesAs(JsonObject.class));
        }
        if (filter.workCenter() != null) {
            proposals = renumberProposals(proposals.stream()
                    .filter(p -> filter.workCenter().equalsIgnoreCase(p.workCenter())).toList());
        }
        return page(proposals, ScheduleProposal::line, page, false);
    }

    @Override
    public List<ScheduleProposal> latestScheduleProposals(Collection<String> manufacturingOrders) {
        List<String> references = manufacturingOrders.stream().filter(Objects::nonNull).distinct().toList();
        return references.isEmpty() ? List.of() : schedule(references, Map.of());
    }

    /** The orders with these references and their steps: two reads whatever the number of orders. */
    private List<ScheduleProposal> schedule(List<String> references, Map<String, String> filters) {
        List<JsonObject> records = new ArrayList<>(listIn("manufacturingorder", "reference", references, filters));
        records.addAll(listIn("manufacturingorder", "owner", references, filters));
        return proposals(records);
    }

    @Override
    public List<ScheduleProposal> latestWorkOrderProposals(Instant from, Instant to) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("owner__isnull", "false");
        filters.put("status__in", "proposed,approved,confirmed");
        filters.put("startdate__lt", FreppleValues.naive(to, zone));
        filters.put("enddate__gt", FreppleValues.naive(from, zone));
        List<JsonObject> steps = rpc.list("manufacturingorder", filters).getValuesAs(JsonObject.class).stream()
                .filter(s -> FrepplePlanMapper.text(s, "owner") != null).toList();
        return proposals(steps);
    }

    /** Whole orders (no owner) and work-order steps, in start order then reference. */
    private List<ScheduleProposal> proposals(List<JsonObject> records) {
        List<JsonObject> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((JsonObject o) -> String.valueOf(FrepplePlanMapper.text(o, "startdate")))
                .thenComparing(o -> String.valueOf(FrepplePlanMapper.text(o, "reference"))));
        List<ScheduleProposal> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonObject o : sorted) {
            if (!seen.add(String.valueOf(FrepplePlanMapper.text(o, "reference")))) {
                continue;
            }
            if (FrepplePlanMapper.text(o, "owner") == null) {
                mapped(o, () -> mapper.wholeOrder(out.size() + 1, o)).ifPresent(out::add);
            } else {
                mapped(o, () -> mapper.workOrder(out.size() + 1, o).orElse(null)).ifPresent(out::add);
            }
        }
        return out;
    }

    @Override
    public List<RejectedLine> rejectedLines(PlanningBatchKind kind, int number) {
        return List.of();
    }

    // ---- views the planner holds ----------------------------------------------------------------------------

    /**
     * The buffers of the item and, day by day, the on-hand frePPLe projects after the day's last material flow
     * (two reads). A negative projection (a shortage) shows as 0: Takt's quantities are never negative.
     */
    @Override
    public List<PlannedInventory> inventoryProjection(ItemCode item, String location) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("item", item.value());
        if (location != null) {
            filters.put("location", location);
        }
        Map<String, JsonObject> buffers = new HashMap<>();
        for (JsonObject b : rpc.list("buffer", filters).getValuesAs(JsonObject.class)) {
            buffers.put(FrepplePlanMapper.text(b, "location"), b);
        }
        String unit = units(List.of(item.value())).getOrDefault(item.value(), FrepplePlanMapper.DEFAULT_UNIT);
        Map<String, TreeMap<LocalDate, BigDecimal>> byDay = new TreeMap<>();
        LocalDate today = LocalDate.now(zone);
        buffers.forEach((loc, b) -> byDay.computeIfAbsent(loc, k -> new TreeMap<>()).put(today,
                FreppleValues.decimal(b.get("onhand"))));
        List<JsonObject> flows = new ArrayList<>(rpc.list("operationplanmaterial", filters)
                .getValuesAs(JsonObject.class));
        flows.sort(Comparator.comparing((JsonObject f) -> String.valueOf(FrepplePlanMapper.text(f, "flowdate")))
                .thenComparing(f -> f.getJsonNumber("id") == null ? 0L : f.getJsonNumber("id").longValue()));
        for (JsonObject f : flows) {
            Instant at = FreppleValues.instant(f.get("flowdate"), zone);
            BigDecimal onhand = FreppleValues.decimal(f.get("onhand"));
            String loc = FrepplePlanMapper.text(f, "location");
            if (at != null && onhand != null && loc != null) {
                byDay.computeIfAbsent(loc, k -> new TreeMap<>()).put(at.atZone(zone).toLocalDate(), onhand);
            }
        }
        List<PlannedInventory> out = new ArrayList<>();
        byDay.forEach((loc, days) -> days.forEach((day, onhand) -> {
            JsonObject b = buffers.get(loc);
            BigDecimal minimum = b == null ? null : FreppleValues.decimal(b.get("minimum"));
            out.add(new PlannedInventory(item, loc, new DateBucket(day, BucketSize.DAY),
                    FrepplePlanMapper.quantity(jsonDecimal(onhand.max(BigDecimal.ZERO)), unit),
                    minimum == null ? null : FrepplePlanMapper.quantity(jsonDecimal(minimum.max(BigDecimal.ZERO)),
                            unit)));
        }));
        return out;
    }

    /**
     * Per resource and day with load: the hours loaded ({@code operationplanresource}: overlap with the day × the
     * quantity of the resource used) against the nominal capacity, {@code maximum} × 24 h (frePPLe's calendars are not
     * read). Two reads.
     */
    @Override
    public List<PlannedCapacity> capacityView(String workCenter) {
        Map<String, String> byName = workCenter == null ? Map.of() : Map.of("name", workCenter);
        Map<String, BigDecimal> maximum = new HashMap<>();
        for (JsonObject r : rpc.list("resource", byName).getValuesAs(JsonObject.class)) {
            BigDecimal max = FreppleValues.decimal(r.get("maximum"));
            maximum.put(FrepplePlanMapper.text(r, "name"), max == null ? BigDecimal.ONE : max);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status__in", "proposed,confirmed");
        if (workCenter != null) {
            filters.put("resource", workCenter);
        }
        Map<String, TreeMap<LocalDate, Double>> load = new TreeMap<>();
        for (JsonObject l : rpc.list("operationplanresource", filters).getValuesAs(JsonObject.class)) {
            String resource = FrepplePlanMapper.text(l, "resource");
            Instant start = FreppleValues.instant(l.get("startdate"), zone);
            Instant end = FreppleValues.instant(l.get("enddate"), zone);
            BigDecimal quantity = FreppleValues.decimal(l.get("quantity"));
            if (resource == null || start == null || end == null || !maximum.containsKey(resource)) {
                continue;
            }
            double used = quantity == null ? 1 : quantity.doubleValue();
            for (LocalDate day = start.atZone(zone).toLocalDate(); day.atStartOfDay(zone).toInstant().isBefore(end);
                    day = day.plusDays(1)) {
                Instant dayStart = day.atStartOfDay(zone).toInstant();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                Instant a = start.isAfter(dayStart) ? start : dayStart;
                Instant b = end.isBefore(dayEnd) ? end : dayEnd;
                if (b.isAfter(a)) {
                    load.computeIfAbsent(resource, k -> new TreeMap<>()).merge(day,
                            Duration.between(a, b).toSeconds() / 3600.0 * used, Double::sum);
                }
            }
        }
        List<PlannedCapacity> out = new ArrayList<>();
        load.forEach((resource, days) -> days.forEach((day, hours) -> {
            double available = maximum.get(resource).doubleValue()
                    * Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toSeconds() / 3600.0;
            out.add(new PlannedCapacity(resource, new DateBucket(day, BucketSize.DAY), available, hours));
        }));
        return out;
    }

    // ---- execution feedback -----------------------------------------------------------------------------------

    /**
     * Tells frePPLe what Odoo executed, with at most four calls per batch of updates:
     * <ul>
     *   <li>manufacturing orders (by reference = the MO's name): one read of those frePPLe knows, then one bulk
     *       upserting POST of their status ({@code confirmed} while open, {@code completed} when done, {@code closed}
     *       when cancelled; draft orders are left alone), dates and produced quantity ({@code quantity_completed});
     *       an order deleted in Odoo is deleted in frePPLe (one filtered DELETE). Orders frePPLe does not know are
     *       skipped: frePPLe's own ERP import creates them with their operation;</li>
     *   <li>stock: the buffer of the item at the location gets the on-hand quantity (one read, one bulk POST by buffer
     *       id);</li>
     *   <li>work orders, purchase receipts and sales deliveries are not sent: frePPLe's ERP import reads them.</li>
     * </ul>
     * Several updates of one record in a batch: the last (by {@code changedAt}, then position) wins. Repeating a batch
     * writes the same values again, so it changes nothing.
     */
    @Override
    public void receiveExecution(List<ExecutionUpdate> updates) {
        Map<String, ExecutionUpdate> mos = latest(updates, ExecutionUpdate.Kind.MANUFACTURING_ORDER,
                ExecutionUpdate::reference);
        Map<String, ExecutionUpdate> stock = latest(updates, ExecutionUpdate.Kind.STOCK,
                u -> u.item() == null || u.location() == null || u.deleted() ? null
                        : u.item().value() + "\u0000" + u.location());
        manufacturingFeedback(mos);
        stockFeedback(stock);
    }

    private static Map<String, ExecutionUpdate> latest(List<ExecutionUpdate> updates, ExecutionUpdate.Kind kind,
            Function<ExecutionUpdate, String> key) {
        Map<String, ExecutionUpdate> out = new LinkedHashMap<>();
        for (ExecutionUpdate u : updates) {
            String k = u.kind() == kind ? key.apply(u) : null;
            if (k != null) {
                out.merge(k, u, (a, b) -> b.changedAt().isBefore(a.changedAt()) ? a : b);
            }
        }
        return out;
    }

    private void manufacturingFeedback(Map<String, ExecutionUpdate> mos) {
        if (mos.isEmpty()) {
            return;
        }
        List<String> deleted = mos.values().stream().filter(ExecutionUpdate::deleted)
                .map(ExecutionUpdate::reference).toList();
        if (!deleted.isEmpty()) {
            for (Map<String, String> filter : inFilters("reference", deleted, Map.of())) {
                rpc.deleteWhere("manufacturingorder", filter);
            }
        }
        List<String> live = mos.values().stream().filter(u -> !u.deleted()).map(ExecutionUpdate::reference).toList();
        if (live.isEmpty()) {
            return;
        }
        Set<String> known = byKey(listIn("manufacturingorder", "reference", live, Map.of()), "reference").keySet();
        JsonArrayBuilder changes = FreppleJson.JSON.createArrayBuilder();
        int count = 0;
        for (String reference : live) {
            ExecutionUpdate u = mos.get(reference);
            String status = moStatus(u.state());
            if (!known.contains(reference) || status == null) {
                continue;
            }
            JsonObjectBuilder o = FreppleJson.JSON.createObjectBuilder().add("reference", reference)
                    .add("status", status);
            if (u.start() != null) {
                o.add("startdate", FreppleValues.naive(u.start(), zone));
            }
            if (u.end() != null) {
                o.add("enddate", FreppleValues.naive(u.end(), zone));
            }
            if (u.quantity() != null) {
                o.add("quantity_completed", FreppleValues.decimalText(u.quantity()));
            }
            changes.add(o);
            count++;
        }
        if (count > 0) {
            rpc.postAll("manufacturingorder", changes.build());
        }
    }

    /** Odoo's MO state (Takt's words) as frePPLe's status, or null to leave the order alone. */
    static String moStatus(String state) {
        if (state == null) {
            return null;
        }
        return switch (state.toUpperCase(Locale.ROOT)) {
            case "CONFIRMED", "IN_PROGRESS", "PROGRESS", "TO_CLOSE" -> "confirmed";
            case "DONE" -> "completed";
            case "CANCELLED", "CANCEL" -> "closed";
            default -> null;
        };
    }

    private void stockFeedback(Map<String, ExecutionUpdate> stock) {
        List<ExecutionUpdate> withQuantity = stock.values().stream().filter(u -> u.quantity() != null).toList();
        if (withQuantity.isEmpty()) {
            return;
        }
        List<String> items = withQuantity.stream().map(u -> u.item().value()).distinct().toList();
        Map<String, JsonObject> buffers = new HashMap<>();
        for (JsonObject b : listIn("buffer", "item", items, Map.of())) {
            buffers.putIfAbsent(FrepplePlanMapper.text(b, "item") + "\u0000" + FrepplePlanMapper.text(b, "location"),
                    b);
        }
        JsonArrayBuilder changes = FreppleJson.JSON.createArrayBuilder();
        int count = 0;
        for (ExecutionUpdate u : withQuantity) {
            JsonObject b = buffers.get(u.item().value() + "\u0000" + u.location());
            if (b == null || b.getJsonNumber("id") == null) {
                continue;
            }
            changes.add(FreppleJson.JSON.createObjectBuilder().add("id", b.getJsonNumber("id").longValue())
                    .add("item", u.item().value()).add("location", u.location())
                    .add("onhand", FreppleValues.decimalText(u.quantity())));
            count++;
        }
        if (count > 0) {
            rpc.postAll("buffer", changes.build());
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------------------

    /** The records whose {@code field} is one of {@code values}: one call per chunk of {@link #MAX_IN_CHARS}. */
    private List<JsonObject> listIn(String entity, String field, List<String> values, Map<String, String> filters) {
        List<JsonObject> out = new ArrayList<>();
        for (Map<String, String> f : inFilters(field, values, filters)) {
            out.addAll(rpc.list(entity, f).getValuesAs(JsonObject.class));
        }
        return out;
    }

    /**
     * The filters that select {@code values} of {@code field}: comma-separated {@code __in} lists of at most
     * {@link #MAX_IN_CHARS} characters; a value holding a comma (which frePPLe would split) gets an exact filter of its
     * own.
     */
    static List<Map<String, String>> inFilters(String field, List<String> values, Map<String, String> filters) {
        List<Map<String, String>> out = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String v : new LinkedHashSet<>(values)) {
            if (v.contains(",")) {
                Map<String, String> exact = new LinkedHashMap<>(filters);
                exact.put(field, v);
                out.add(exact);
                continue;
            }
            if (chunk.length() > 0 && chunk.length() + 1 + v.length() > MAX_IN_CHARS) {
                out.add(with(filters, field + "__in", chunk.toString()));
                chunk.setLength(0);
            }
            chunk.append(chunk.length() == 0 ? "" : ",").append(v);
        }
        if (chunk.length() > 0) {
            out.add(with(filters, field + "__in", chunk.toString()));
        }
        return out;
    }

    private static Map<String, String> with(Map<String, String> filters, String key, String value) {
        Map<String, String> f = new LinkedHashMap<>(filters);
        f.put(key, value);
        return f;
    }

    /** The unit of each item ({@code uom}; absent when frePPLe has none): one read. */
    private Map<String, String> units(List<String> items) {
        List<String> names = items.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> units = new HashMap<>();
        if (names.isEmpty()) {
            return units;
        }
        for (JsonObject item : listIn("item", "name", names, Map.of())) {
            String uom = FrepplePlanMapper.text(item, "uom");
            if (uom != null) {
                units.put(FrepplePlanMapper.text(item, "name"), uom);
            }
        }
        return units;
    }

    private static List<String> codes(Collection<ItemCode> items) {
        return items.stream().map(ItemCode::value).distinct().toList();
    }

    private static Map<String, JsonObject> byKey(List<JsonObject> records, String key) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (JsonObject r : records) {
            String k = FrepplePlanMapper.text(r, key);
            if (k != null) {
                out.putIfAbsent(k, r);
            }
        }
        return out;
    }

    private static List<JsonObject> byEndThenReference(List<JsonObject> orders) {
        List<JsonObject> sorted = new ArrayList<>(orders);
        sorted.sort(Comparator.comparing((JsonObject o) -> String.valueOf(FrepplePlanMapper.text(o, "enddate")))
                .thenComparing(o -> String.valueOf(FrepplePlanMapper.text(o, "reference"))));
        return sorted;
    }

    private static <T> Optional<T> mapped(JsonObject record, java.util.function.Supplier<T> map) {
        try {
            return Optional.ofNullable(map.get());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Skipped frePPLe record {0}: {1}", new Object[] {FrepplePlanMapper.key(record),
                    e.getMessage()});
            return Optional.empty();
        }
    }

    private static List<PlannedOrder> renumber(List<PlannedOrder> orders) {
        List<PlannedOrder> out = new ArrayList<>();
        for (PlannedOrder o : orders) {
            out.add(new PlannedOrder(out.size() + 1, o.type(), o.item(), o.location(), o.quantity(), o.start(),
                    o.due(), o.demand(), o.supplier(), o.origin()));
        }
        return out;
    }

    private static List<ScheduleProposal> renumberProposals(List<ScheduleProposal> proposals) {
        List<ScheduleProposal> out = new ArrayList<>();
        for (ScheduleProposal p : proposals) {
            out.add(new ScheduleProposal(out.size() + 1, p.manufacturingOrder(), p.workOrderId(), p.plannedStart(),
                    p.plannedFinish(), p.workCenter(), p.sequence(), p.priority()));
        }
        return out;
    }

    /** A page of an ordered list: after {@code page.after} (descending lists for versions and batches). */
    private static <T> Slice<T> page(List<T> all, Function<T, Integer> position, PageRequest page,
            boolean descending) {
        List<T> rest = page.after() == null ? all : all.stream().filter(t -> descending
                ? position.apply(t) < page.after() : position.apply(t) > page.after()).toList();
        List<T> items = rest.subList(0, Math.min(page.limit(), rest.size()));
        return new Slice<>(items, rest.size() > items.size(), page.countTotal() ? (long) all.size() : null);
    }

    private static JsonValue jsonDecimal(BigDecimal value) {
        return FreppleJson.JSON.createValue(value);
    }

    private static UnsupportedOperationException refused(String what, String why) {
        return new UnsupportedOperationException("Takt plans with frePPLe (takt.planning.adapter=frepple): "
                + what + " is not possible through Takt, because " + why + ". Use frePPLe's own screens, or "
                + "takt.planning.adapter=native to keep planning data in Takt.");
    }
}
