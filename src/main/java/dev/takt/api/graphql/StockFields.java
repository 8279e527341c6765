package dev.takt.api.graphql;

import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.StockPosition;
import dev.takt.domain.Warehouse;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/** Links of stock positions and reorder rules. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class StockFields extends GraphQLResolvers {

    StockFields() {
    }

    @Inject
    public StockFields(Loader loader, Context context) {
        super(loader, context);
    }

    @Description("The item in stock.")
    public List<Item> item(@Source List<StockPosition> positions) {
        return loader.toOne(env(), positions, StockPosition::itemId, Entity.ITEM, Item::id);
    }

    @Description("The warehouse of the location.")
    public List<Warehouse> warehouse(@Source List<StockPosition> positions) {
        return loader.toOne(env(), positions, StockPosition::warehouseId, Entity.WAREHOUSE, Warehouse::id);
    }

    @Description("The item replenished.")
    @Name("item")
    public List<Item> ruleItem(@Source List<ReorderRule> rules) {
        return loader.toOne(env(), rules, ReorderRule::itemId, Entity.ITEM, Item::id);
    }

    @Description("The warehouse replenished.")
    @Name("warehouse")
    public List<Warehouse> ruleWarehouse(@Source List<ReorderRule> rules) {
        return loader.toOne(env(), rules, ReorderRule::warehouseId, Entity.WAREHOUSE, Warehouse::id);
    }
}
