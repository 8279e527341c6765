package dev.takt.api.graphql;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.Operation;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.federation.PlanDriftService;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** Links of manufacturing orders and their work orders. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class ManufacturingFields extends GraphQLResolvers {

    ManufacturingFields() {
    }

    private PlanDriftService drift;

    @Inject
    public ManufacturingFields(Loader loader, Context context, PlanDriftService drift) {
        super(loader, context);
        this.drift = drift;
    }

    @Description("The item produced.")
    public List<Item> item(@Source List<ManufacturingOrder> orders) {
        return loader.toOne(env(), orders, ManufacturingOrder::itemId, Entity.ITEM, Item::id);
    }

    @Description("The bill of materials used.")
    public List<BillOfMaterials> bom(@Source List<ManufacturingOrder> orders) {
        return loader.toOne(env(), orders, ManufacturingOrder::bomId, Entity.BOM, BillOfMaterials::id);
    }

    @Description("Work orders, one per routing operation.")
    public List<List<WorkOrder>> workOrders(@Source List<ManufacturingOrder> orders) {
        return loader.toMany(env(), orders, ManufacturingOrder::id, Entity.WORK_ORDER, "manufacturingOrderId",
                WorkOrder::manufacturingOrderId, List.of());
    }

    @Description("The planner's proposal for this order (its latest schedule batch) next to Odoo's schedule, with "
            + "the drift in hours; null when the planner proposed nothing for it.")
    public List<OrderPlan> plan(@Source List<ManufacturingOrder> orders) {
        Map<Long, PlanDriftService.Plan> plans = drift.plans(orders);
        return orders.stream().map(mo -> {
            PlanDriftService.Plan plan = plans.get(mo.id());
            return plan == null ? null : OrderPlan.of(plan);
        }).toList();
    }

    @Description("The work center the work order runs on.")
    public List<WorkCenter> workCenter(@Source List<WorkOrder> workOrders) {
        return loader.toOne(env(), workOrders, WorkOrder::workCenterId, Entity.WORK_CENTER, WorkCenter::id);
    }

    @Description("The manufacturing order this work order belongs to.")
    public List<ManufacturingOrder> manufacturingOrder(@Source List<WorkOrder> workOrders) {
        return loader.toOne(env(), workOrders, WorkOrder::manufacturingOrderId, Entity.MANUFACTURING_ORDER,
                ManufacturingOrder::id);
    }

    @Description("The routing operation this work order executes.")
    public List<Operation> operation(@Source List<WorkOrder> workOrders) {
        return loader.toOne(env(), workOrders, WorkOrder::operationId, Entity.OPERATION, Operation::id);
    }
}
