package dev.takt.api.graphql;

import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.PurchaseOrder;
import dev.takt.domain.PurchaseOrderLine;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** Links of purchase orders and their lines. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class PurchaseFields extends GraphQLResolvers {

    PurchaseFields() {
    }

    @Inject
    public PurchaseFields(Loader loader, Context context) {
        super(loader, context);
    }

    @Description("Order lines.")
    public List<List<PurchaseOrderLine>> lines(@Source List<PurchaseOrder> orders) {
        return loader.toMany(env(), orders, PurchaseOrder::id, Entity.PURCHASE_ORDER_LINE, "orderId",
                PurchaseOrderLine::orderId, List.of());
    }

    @Description("The item ordered.")
    public List<Item> item(@Source List<PurchaseOrderLine> lines) {
        return loader.toOne(env(), lines, PurchaseOrderLine::itemId, Entity.ITEM, Item::id);
    }

    @Description("The order this line belongs to.")
    public List<PurchaseOrder> order(@Source List<PurchaseOrderLine> lines) {
        return loader.toOne(env(), lines, PurchaseOrderLine::orderId, Entity.PURCHASE_ORDER, PurchaseOrder::id);
    }
}
