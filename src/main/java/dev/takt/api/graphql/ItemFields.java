package dev.takt.api.graphql;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.PurchaseOrderState;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

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

    @Inject
    public ItemFields(Loader loader, Context context) {
        super(loader, context);
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

    @Description("Reorder rules of this item.")
    public List<List<ReorderRule>> reorderRules(@Source List<Item> items) {
        return loader.toMany(env(), items, Item::id, Entity.REORDER_RULE, "itemId", ReorderRule::itemId,
                List.of());
    }
}
