package dev.takt.api.graphql;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomType;
import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.ItemType;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.Warehouse;
import dev.takt.domain.WorkCenter;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Master data: items, bills of materials, work centers, warehouses and reorder rules. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class CatalogQueries extends GraphQLResolvers {

    CatalogQueries() {
    }

    @Inject
    public CatalogQueries(Loader loader, Context context) {
        super(loader, context);
    }

    @Query("items")
    @Description("Items (product variants), ordered by id.")
    public Connection<Item> items(
            @Name("code") @Description("Exact internal reference, e.g. FURN_7800.") String code,
            @Name("name") @Description("Part of the name, case-insensitive.") String name,
            @Name("type") @Description("Only items of this type.") ItemType type,
            @Name("first") @Description("Page size (default 100).") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        return loader.page(env(), Entity.ITEM,
                Filters.of().eq("code", code).contains("name", name).eq("type", type).build(), first, after,
                Item::id);
    }

    @Query("item")
    @Description("The item with this internal reference, or null.")
    public Item item(@Name("code") @NonNull @Description("Internal reference, e.g. FURN_7800.") String code) {
        if (code.isBlank()) {
            throw new InvalidArgumentException("code", "must not be blank");
        }
        return loader.first(env(), Entity.ITEM, Filters.of().eq("code", code.strip()).build());
    }

    @Query("boms")
    @Description("Bills of materials, ordered by id.")
    public Connection<BillOfMaterials> boms(
            @Name("itemId") @Description("Only BoMs that make this item.") Long itemId,
            @Name("type") @Description("Only BoMs of this type.") BomType type,
            @Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.BOM, Filters.of().eq("itemId", itemId).eq("type", type).build(), first,
                after, BillOfMaterials::id);
    }

    @Query("workCenters")
    @Description("Work centers, ordered by id.")
    public Connection<WorkCenter> workCenters(
            @Name("name") @Description("Part of the name, case-insensitive.") String name,
            @Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.WORK_CENTER, Filters.of().contains("name", name).build(), first, after,
                WorkCenter::id);
    }

    @Query("warehouses")
    @Description("Warehouses (plants and distribution sites), ordered by id.")
    public Connection<Warehouse> warehouses(@Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.WAREHOUSE, Filters.of().build(), first, after, Warehouse::id);
    }

    @Query("reorderRules")
    @Description("Min/max reorder rules, ordered by id.")
    public Connection<ReorderRule> reorderRules(
            @Name("itemId") @Description("Only rules of this item.") Long itemId,
            @Name("warehouseId") @Description("Only rules of this warehouse.") Long warehouseId,
            @Name("first") Integer first, @Name("after") String after) {
        return loader.page(env(), Entity.REORDER_RULE,
                Filters.of().eq("itemId", itemId).eq("warehouseId", warehouseId).build(), first, after,
                ReorderRule::id);
    }
}
