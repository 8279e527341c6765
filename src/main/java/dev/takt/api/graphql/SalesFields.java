package dev.takt.api.graphql;

import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.SalesOrder;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.Warehouse;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** Links of sales orders and their lines. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class SalesFields extends GraphQLResolvers {

    SalesFields() {
    }

    @Inject
    public SalesFields(Loader loader, Context context) {
        super(loader, context);
    }

    @Description("Order lines.")
    public List<List<SalesOrderLine>> lines(@Source List<SalesOrder> orders) {
        return loader.toMany(env(), orders, SalesOrder::id, Entity.SALES_ORDER_LINE, "orderId",
                SalesOrderLine::orderId, List.of());
    }

    @Description("The shipping warehouse.")
    public List<Warehouse> warehouse(@Source List<SalesOrder> orders) {
        return loader.toOne(env(), orders, SalesOrder::warehouseId, Entity.WAREHOUSE, Warehouse::id);
    }

    @Description("The item ordered.")
    public List<Item> item(@Source List<SalesOrderLine> lines) {
        return loader.toOne(env(), lines, SalesOrderLine::itemId, Entity.ITEM, Item::id);
    }

    @Description("The order this line belongs to.")
    public List<SalesOrder> order(@Source List<SalesOrderLine> lines) {
        return loader.toOne(env(), lines, SalesOrderLine::orderId, Entity.SALES_ORDER, SalesOrder::id);
    }
}
