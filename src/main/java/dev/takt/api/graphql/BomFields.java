package dev.takt.api.graphql;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomLine;
import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.Operation;
import dev.takt.domain.WorkCenter;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** Links of bills of materials, their lines and operations. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class BomFields extends GraphQLResolvers {

    BomFields() {
    }

    @Inject
    public BomFields(Loader loader, Context context) {
        super(loader, context);
    }

    @Description("The item this bill of materials makes.")
    public List<Item> item(@Source List<BillOfMaterials> boms) {
        return loader.toOne(env(), boms, BillOfMaterials::itemId, Entity.ITEM, Item::id);
    }

    @Description("Components, in sequence.")
    public List<List<BomLine>> lines(@Source List<BillOfMaterials> boms) {
        return loader.toMany(env(), boms, BillOfMaterials::id, Entity.BOM_LINE, "bomId", BomLine::bomId, List.of());
    }

    @Description("Routing operations, in sequence.")
    public List<List<Operation>> operations(@Source List<BillOfMaterials> boms) {
        return loader.toMany(env(), boms, BillOfMaterials::id, Entity.OPERATION, "bomId", Operation::bomId,
                List.of());
    }

    @Description("The consumed item.")
    public List<Item> component(@Source List<BomLine> lines) {
        return loader.toOne(env(), lines, BomLine::componentId, Entity.ITEM, Item::id);
    }

    @Description("The operation that consumes this component, if any.")
    public List<Operation> operation(@Source List<BomLine> lines) {
        return loader.toOne(env(), lines, BomLine::operationId, Entity.OPERATION, Operation::id);
    }

    @Description("The work center the operation runs on.")
    public List<WorkCenter> workCenter(@Source List<Operation> operations) {
        return loader.toOne(env(), operations, Operation::workCenterId, Entity.WORK_CENTER, WorkCenter::id);
    }
}
