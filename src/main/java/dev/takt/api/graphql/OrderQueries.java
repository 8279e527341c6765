package dev.takt.api.graphql;

import dev.takt.domain.Entity;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PurchaseOrder;
import dev.takt.domain.PurchaseOrderState;
import dev.takt.domain.SalesOrder;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.List;

/** Transactional data: stock, sales, manufacturing and purchase orders. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class OrderQueries extends GraphQLResolvers {

    OrderQueries() {
    }

    @Inject
    public OrderQueries(Loader loader, Context context) {
        super(loader, context);
    }

    @Query("stockPositions")
    @Description("Stock per item and internal location (on hand, reserved, available), ordered by id.")
    public Connection<StockPosition> stockPositions(
            @Name("itemId") @Description("Only this item.") Long itemId,
            @Name("warehouseId") @Description("Only this warehouse.") Long warehouseId,
            @Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.STOCK_POSITION,
                Filters.of().eq("itemId", itemId).eq("warehouseId", warehouseId).build(), first, after,
                StockPosition::id);
    }

    @Query("salesOrders")
    @Description("Sales orders, ordered by id. `from`/`to` bound the order date.")
    public Connection<SalesOrder> salesOrders(
            @Name("state") @Description("Only orders in one of these states.") List<SalesOrderState> state,
            @Name("name") @Description("Part of the reference, case-insensitive.") String name,
            @Name("warehouseId") @Description("Only orders shipped from this warehouse.") Long warehouseId,
            @Name("from") @Description("Ordered at or after.") Instant from,
            @Name("to") @Description("Ordered at or before.") Instant to,
            @Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.SALES_ORDER,
                Filters.of().in("state", state).contains("name", name).eq("warehouseId", warehouseId)
                        .between("orderDate", from, to).build(),
                first, after, SalesOrder::id);
    }

    @Query("manufacturingOrders")
    @Description("Manufacturing orders, ordered by id. `from`/`to` bound the scheduled start.")
    public Connection<ManufacturingOrder> manufacturingOrders(
            @Name("state") @Description("Only orders in one of these states.") List<ManufacturingOrderState> state,
            @Name("name") @Description("Part of the reference, case-insensitive.") String name,
            @Name("itemId") @Description("Only orders producing this item.") Long itemId,
            @Name("warehouseId") @Description("Only orders of this warehouse.") Long warehouseId,
            @Name("from") @Description("Scheduled to start at or after.") Instant from,
            @Name("to") @Description("Scheduled to start at or before.") Instant to,
            @Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.MANUFACTURING_ORDER,
                Filters.of().in("state", state).contains("name", name).eq("itemId", itemId)
                        .eq("warehouseId", warehouseId).between("scheduledStart", from, to).build(),
                first, after, ManufacturingOrder::id);
    }

    @Query("purchaseOrders")
    @Description("Purchase orders and requests for quotation, ordered by id. `from`/`to` bound the expected arrival.")
    public Connection<PurchaseOrder> purchaseOrders(
            @Name("state") @Description("Only orders in one of these states.") List<PurchaseOrderState> state,
            @Name("vendor") @Description("Part of the vendor's name, case-insensitive.") String vendor,
            @Name("warehouseId") @Description("Only orders received into this warehouse.") Long warehouseId,
            @Name("from") @Description("Expected at or after.") Instant from,
            @Name("to") @Description("Expected at or before.") Instant to,
            @Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.PURCHASE_ORDER,
                Filters.of().in("state", state).contains("vendor", vendor).eq("warehouseId", warehouseId)
                        .between("plannedDate", from, to).build(),
                first, after, PurchaseOrder::id);
    }
}
