package dev.takt.federation;

import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.Item;
import dev.takt.domain.ItemCode;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.PurchaseOrderState;
import dev.takt.domain.SalesOrder;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import dev.takt.domain.UnitOfMeasure;
import dev.takt.domain.atp.AtpSources;
import dev.takt.domain.atp.AvailableToPromise;
import dev.takt.domain.atp.Demand;
import dev.takt.domain.atp.Supply;
import dev.takt.domain.atp.SupplyKind;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.Buckets;
import dev.takt.domain.uom.UnitConversion;
import dev.takt.odoo.OdooGateway;
import dev.takt.planning.PlanningGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Available-to-promise per item and bucket from Odoo's execution data: on hand − reserved in internal locations,
 * plus open supply (confirmed purchase order lines at their planned date, open manufacturing orders at their
 * planned finish), minus committed demand (confirmed sales order lines at the order's commitment date, or its
 * expected date), every quantity converted explicitly into the item's unit. Stock already reserved counts once:
 * reserved quantities serve the earliest confirmed sales demand first ({@link Demand#notCoveredBy}), so a delivery
 * whose goods are reserved is not subtracted a second time.
 *
 * <p>Planned orders from the planner (its latest batch) count as supply at their due date. Whatever the number of
 * items it costs six Odoo reads (units, stock, purchase lines, manufacturing orders, sales lines, and the sales
 * orders those lines belong to) and one planner read.
 */
@ApplicationScoped
public class AvailabilityService {

    /** The item fields {@link #availableToPromise} reads. */
    public static final Set<String> ITEM_FIELDS = Set.of("uom", "code");

    private static final List<ManufacturingOrderState> OPEN_MO = List.of(ManufacturingOrderState.CONFIRMED,
            ManufacturingOrderState.IN_PROGRESS, ManufacturingOrderState.TO_CLOSE);

    private OdooGateway odoo;
    private PlanningGateway planning;

    AvailabilityService() {
        // for CDI proxies
    }

    @Inject
    public AvailabilityService(OdooGateway odoo, PlanningGateway planning) {
        this.odoo = odoo;
        this.planning = planning;
    }

    /**
     * The planner's orders for these items (the latest submitted batch), due within {@code [from, to]}, by item
     * code: one planner read whatever the number of items.
     *
     * @throws PlannerUnavailableException when the planner's store cannot be read
     */
    public Map<String, List<PlannedOrder>> plannedOrders(Collection<Item> items, Instant from, Instant to) {
        List<ItemCode> codes = items.stream().map(Item::code).filter(Objects::nonNull).distinct().map(ItemCode::new)
                .toList();
        return PlannerCalls.call(() -> planning.latestPlannedOrders(codes, from, to)).stream()
                .collect(Collectors.groupingBy(o -> o.item().value()));
    }

    /**
     * The lines of a forecast version (the published one when {@code version} is null) for these items whose
     * buckets overlap {@code [from, to]}, by item code: one planner read whatever the number of items. Empty when no
     * version is published.
     */
    public Map<String, List<ForecastLine>> forecast(Collection<Item> items, Integer version, LocalDate from,
            LocalDate to) {
        List<ItemCode> codes = items.stream().map(Item::code).filter(Objects::nonNull).distinct().map(ItemCode::new)
                .toList();
        return PlannerCalls.call(() -> {
            Integer chosen = version != null ? version
                    : planning.publishedForecast().map(ForecastVersion::version).orElse(null);
            return chosen == null ? List.<ForecastLine>of() : planning.forecastLinesFor(chosen, codes, from, to);
        }).stream().collect(Collectors.groupingBy(l -> l.item().value()));
    }

    /**
     * The ATP of each item over {@code buckets}, by item id.
     *
     * @param items       items with at least {@link #ITEM_FIELDS} read
     * @param warehouseId only stock, manufacturing and sales of this warehouse, or null for all (purchase lines
     *                    are counted for every warehouse)
     * @throws InconsistentDataException when a record lacks what the computation needs (a date, a unit)
     */
    public Map<Long, AvailableToPromise> availableToPromise(Collection<Item> items, Long warehouseId,
            Buckets buckets) {
        Set<Long> ids = items.stream().map(Item::id).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        UnitConversion units = UnitConversion.of(odoo.findAll(EntityQuery.all(Entity.UNIT_OF_MEASURE, List.of(),
                Set.of("name", "category", "factor"))).stream().map(UnitOfMeasure::toUnit).toList());
        Map<Long, List<StockPosition>> stock = byItem(odoo.findAll(EntityQuery.all(Entity.STOCK_POSITION,
                inWarehouse(ids, warehouseId), Set.of("itemId", "location", "onHand", "reserved", "uom"))),
                StockPosition::itemId);
        Map<Long, List<PurchaseOrderLine>> purchases = byItem(odoo.findAll(EntityQuery.all(
                Entity.PURCHASE_ORDER_LINE, List.of(Criterion.in("itemId", ids),
                        Criterion.eq("state", PurchaseOrderState.CONFIRMED)),
                Set.of("itemId", "quantity", "quantityReceived", "uom", "plannedDate"))), PurchaseOrderLine::itemId);
        List<Criterion> openMo = new ArrayList<>(inWarehouse(ids, warehouseId));
        openMo.add(Criterion.in("state", OPEN_MO));
        Map<Long, List<ManufacturingOrder>> manufacturing = byItem(odoo.findAll(EntityQuery.all(
                Entity.MANUFACTURING_ORDER, openMo, Set.of("itemId", "name", "state", "quantity", "uom",
                        "scheduledFinish"))), ManufacturingOrder::itemId);
        List<Criterion> confirmed = new ArrayList<>(inWarehouse(ids, warehouseId));
        confirmed.add(Criterion.eq("state", SalesOrderState.CONFIRMED));
        List<SalesOrderLine> salesLines = odoo.findAll(EntityQuery.all(Entity.SALES_ORDER_LINE, confirmed,
                Set.of("orderId", "itemId", "quantity", "quantityDelivered", "uom")));
        Map<Long, SalesOrder> orders = salesLines.isEmpty() ? Map.of() : odoo.findByIds(Entity.SALES_ORDER,
                salesLines.stream().map(SalesOrderLine::orderId).collect(Collectors.toSet()),
                Set.of("name", "state", "commitmentDate", "expectedDate")).stream()
                .collect(Collectors.toMap(SalesOrder::id, Function.identity()));
        Map<Long, List<SalesOrderLine>> sales = byItem(salesLines, SalesOrderLine::itemId);
        Map<String, List<PlannedOrder>> planned = plannedOrders(items, null, buckets.end());

        Map<Long, AvailableToPromise> result = new HashMap<>();
        for (Item item : items) {
            try {
                if (item.uom() == null) {
                    throw new IllegalArgumentException("item " + item.code() + " has no unit of measure");
                }
                AtpSources sources = new AtpSources(units, item.uom());
                AtpSources.Stock onHand = sources.stock(stock.getOrDefault(item.id(), List.of()));
                List<Supply> supply = new ArrayList<>();
                purchases.getOrDefault(item.id(), List.of()).forEach(l -> supply.add(sources.purchase(l, null)));
                manufacturing.getOrDefault(item.id(), List.of()).forEach(mo -> supply.add(sources.manufacturing(mo)));
                for (PlannedOrder order : planned.getOrDefault(item.code(), List.of())) {
                    supply.add(new Supply(order.due(), units.convert(order.quantity().amount().doubleValue(),
                            order.quantity().unit(), item.uom()), SupplyKind.PLANNED_ORDER,
                            "planned order line " + order.line()));
                }
                List<Demand> demand = new ArrayList<>();
                for (SalesOrderLine line : sales.getOrDefault(item.id(), List.of())) {
                    demand.add(sources.sales(line, orders.get(line.orderId())));
                }
                result.put(item.id(), AvailableToPromise.of(onHand.onHand(), onHand.reserved(), supply,
                        Demand.notCoveredBy(onHand.reserved(), demand), buckets));
            } catch (IllegalArgumentException e) {
                throw new InconsistentDataException("Cannot compute the availability of item " + item.code() + ": "
                        + e.getMessage(), e);
            }
        }
        return result;
    }

    /**
     * The earliest instant from which {@code quantity} of the item can be promised without breaking a later
     * commitment, looking {@code horizon} ahead of {@code now} in day buckets of {@code zone}; empty when it cannot
     * be promised within the horizon.
     *
     * @throws IllegalArgumentException when no active item has that internal reference
     */
    public Optional<Instant> promiseDate(String itemCode, double quantity, Long warehouseId, Instant now,
            Duration horizon, ZoneId zone) {
        List<Item> found = odoo.find(new EntityQuery<>(Entity.ITEM, List.of(Criterion.eq("code", itemCode)),
                ITEM_FIELDS, null, 1, false)).items();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no active item has the internal reference " + itemCode);
        }
        Buckets buckets = Buckets.between(now, now.plus(horizon), BucketSize.DAY, zone);
        return availableToPromise(found, warehouseId, buckets).get(found.get(0).id()).promiseDate(quantity);
    }

    private static List<Criterion> inWarehouse(Set<Long> itemIds, Long warehouseId) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(Criterion.in("itemId", itemIds));
        if (warehouseId != null) {
            criteria.add(Criterion.eq("warehouseId", warehouseId));
        }
        return criteria;
    }

    private static <T> Map<Long, List<T>> byItem(List<T> records, Function<T, Long> item) {
        return records.stream().collect(Collectors.groupingBy(item));
    }
}
