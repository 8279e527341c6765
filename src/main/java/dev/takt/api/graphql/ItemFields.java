package dev.takt.api.graphql;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.ForecastBuckets;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.Item;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.PurchaseOrderState;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import dev.takt.domain.atp.AvailableToPromise;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.Buckets;
import dev.takt.federation.AvailabilityService;
import dev.takt.ops.ConfigKeys;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Fields of {@link Item} that follow its links: BoMs, stock, open orders, reorder rules. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class ItemFields extends GraphQLResolvers {

    static final List<ManufacturingOrderState> CLOSED_MO =
            List.of(ManufacturingOrderState.DONE, ManufacturingOrderState.CANCELLED);
    static final List<PurchaseOrderState> CLOSED_PO = List.of(PurchaseOrderState.DONE, PurchaseOrderState.CANCELLED);

    ItemFields() {
    }

    private AvailabilityService availability;
    private String defaultZone;

    @Inject
    public ItemFields(Loader loader, Context context, AvailabilityService availability,
            @ConfigProperty(name = ConfigKeys.PLANNING_TIME_ZONE, defaultValue = "UTC") String defaultZone) {
        super(loader, context);
        this.availability = availability;
        this.defaultZone = defaultZone;
    }

    @Description("Bills of materials that make this item.")
    public List<List<BillOfMaterials>> boms(@Source List<Item> items) {
        return loader.toMany(env(), items, Item::id, Entity.BOM, "itemId", BillOfMaterials::itemId, List.of());
    }

    @Description("Stock of this item per internal location.")
    public List<List<StockPosition>> stock(@Source List<Item> items,
            @Name("warehouseId") @Description("Only this warehouse.") Long warehouseId) {
        return loader.toMany(env(), items, Item::id, Entity.STOCK_POSITION, "itemId", StockPosition::itemId,
                Filters.of().eq("warehouseId", warehouseId).build());
    }

    @Description("Manufacturing orders of this item that are neither done nor cancelled.")
    public List<List<ManufacturingOrder>> openManufacturingOrders(@Source List<Item> items) {
        return loader.toMany(env(), items, Item::id, Entity.MANUFACTURING_ORDER, "itemId",
                ManufacturingOrder::itemId, List.of(new Criterion("state", Criterion.Operator.NOT_IN, CLOSED_MO)));
    }

    @Description("Purchase order lines of this item whose order is neither locked (done) nor cancelled.")
    public List<List<PurchaseOrderLine>> openPurchaseOrderLines(@Source List<Item> items) {
        return loader.toMany(env(), items, Item::id, Entity.PURCHASE_ORDER_LINE, "itemId",
                PurchaseOrderLine::itemId, List.of(new Criterion("state", Criterion.Operator.NOT_IN, CLOSED_PO)));
    }

    @Description("Sales order lines of this item on confirmed orders: committed demand.")
    public List<List<SalesOrderLine>> openSalesOrderLines(@Source List<Item> items) {
        return loader.toMany(env(), items, Item::id, Entity.SALES_ORDER_LINE, "itemId", SalesOrderLine::itemId,
                List.of(Criterion.eq("state", SalesOrderState.CONFIRMED)));
    }

    @Description("Available-to-promise per bucket over [from, to), in the item's unit: on hand − reserved + open "
            + "supply (confirmed purchase lines, open manufacturing orders) − committed demand (confirmed sales "
            + "lines). Buckets start at midnight in `timeZone` (default: takt.planning.time-zone).")
    public List<List<AtpBucketView>> availableToPromise(@Source List<Item> items,
            @Name("warehouseId") @Description("Only this warehouse's stock, production and sales.") Long warehouseId,
            @Name("from") @NonNull @Description("Horizon start.") Instant from,
            @Name("to") @NonNull @Description("Horizon end (exclusive).") Instant to,
            @Name("bucket") @DefaultValue("WEEK") @Description("Bucket size.") BucketSize bucket,
            @Name("weekStart") @DefaultValue("MONDAY") @Description("First day of a week bucket.") DayOfWeek weekStart,
            @Name("timeZone") @Description("IANA time zone of the bucket boundaries.") String timeZone) {
        Horizon.check(from, to, bucket);
        Buckets buckets = Buckets.between(from, to, bucket, zone(timeZone), weekStart);
        Map<Long, AvailableToPromise> atp = availability.availableToPromise(items, warehouseId, buckets);
        return items.stream().map(item -> atp.get(item.id()).buckets().stream().map(AtpBucketView::of).toList())
                .toList();
    }

    @Description("The item's forecast whose buckets overlap [from, to], from the published forecast version (or "
            + "`version`): the lines as submitted, or with `bucket`, re-cut into days, weeks or months (each line "
            + "spread evenly over the days of its bucket, days outside [from, to] left out, summed per location and "
            + "unit).")
    public List<List<PlanningViews.ForecastLine>> forecast(@Source List<Item> items,
            @Name("from") @Description("First day.") LocalDate from,
            @Name("to") @Description("Last day.") LocalDate to,
            @Name("bucket") @Description("Re-cut into buckets of this size; default: as submitted.") BucketSize bucket,
            @Name("weekStart") @DefaultValue("MONDAY") @Description("First day of a week bucket.") DayOfWeek weekStart,
            @Name("version") @Description("A forecast version; default: the published one.") Integer version) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidArgumentException("to", "the last day " + to + " is before the first day " + from);
        }
        Map<String, List<ForecastLine>> byCode = availability.forecast(items, version, from, to);
        return items.stream().map(item -> {
            List<ForecastLine> lines = byCode.getOrDefault(item.code(), List.of());
            return bucket == null ? lines.stream().map(PlanningViews.ForecastLine::of).toList()
                    : ForecastBuckets.rebucket(lines, bucket, weekStart, from, to).stream()
                            .map(PlanningViews.ForecastLine::of).toList();
        }).toList();
    }

    @Description("The planner's orders for this item (its latest submitted batch), due within [from, to].")
    public List<List<PlanningViews.PlannedOrder>> plannedOrders(@Source List<Item> items,
            @Name("from") @Description("Due at or after.") Instant from,
            @Name("to") @Description("Due at or before.") Instant to) {
        Map<String, List<PlannedOrder>> byCode = availability.plannedOrders(items, from, to);
        return items.stream().map(item -> byCode.getOrDefault(item.code(), List.of()).stream()
                .map(PlanningViews.PlannedOrder::of).toList()).toList();
    }

    private ZoneId zone(String timeZone) {
        String name = timeZone == null ? defaultZone : timeZone;
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new InvalidArgumentException("timeZone", "'" + name + "' is not an IANA time zone");
        }
    }

    @Description("Reorder rules of this item.")
    public List<List<ReorderRule>> reorderRules(@Source List<Item> items) {
        return loader.toMany(env(), items, Item::id, Entity.REORDER_RULE, "itemId", ReorderRule::itemId,
                List.of());
    }
}
