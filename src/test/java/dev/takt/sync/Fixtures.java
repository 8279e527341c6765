package dev.takt.sync;

import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.Item;
import dev.takt.domain.ItemType;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.UnitOfMeasure;
import dev.takt.domain.Warehouse;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A small Odoo: items, warehouses, units, manufacturing and work orders, work centers. */
final class Fixtures {

    /** Monday 2 March 2026, 08:00 UTC. */
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final PlanningHorizon HORIZON = new PlanningHorizon(NOW, ZoneId.of("UTC"), 365);

    private Fixtures() {
    }

    static Item item(long id, String code, String uom, boolean active) {
        return new Item(id, code, "Item " + id, ItemType.STORABLE, uom, null, null, null, active);
    }

    static InMemoryOdoo odoo() {
        return new InMemoryOdoo()
                .with(Entity.ITEM, item(1, "FURN_0001", "Units", true), item(2, "FURN_0002", "kg", true),
                        item(3, "FURN_0003", "Units", false), item(4, "DUP", "Units", true),
                        item(5, "DUP", "Units", true), item(6, "FURN_0006", "Units", false),
                        item(7, "FURN_0006", "Dozens", true))
                .with(Entity.WAREHOUSE, new Warehouse(1, "Main Plant", "WH", 8L),
                        new Warehouse(2, "East Plant", "EAST", 20L))
                .with(Entity.UNIT_OF_MEASURE, unit(1, "Units", 1, "Unit", 1.0), unit(2, "Dozens", 1, "Unit", 1 / 12.0),
                        unit(5, "kg", 2, "Weight", 1.0), unit(6, "g", 2, "Weight", 1000.0))
                .with(Entity.MANUFACTURING_ORDER, order(10, "WH/MO/00010", ManufacturingOrderState.CONFIRMED),
                        order(11, "WH/MO/00011", ManufacturingOrderState.DONE),
                        order(12, "WH/MO/00012", ManufacturingOrderState.CANCELLED),
                        order(13, "WH/MO/00013", ManufacturingOrderState.IN_PROGRESS))
                .with(Entity.WORK_ORDER, workOrder(100, 10, WorkOrderState.READY),
                        workOrder(101, 10, WorkOrderState.DONE), workOrder(102, 13, WorkOrderState.PENDING))
                .with(Entity.WORK_CENTER, workCenter(1, "Assembly Line 1", "ASM1"), workCenter(2, "Drill", null),
                        workCenter(3, "Drill", ""), workCenter(4, "Paint Shop", "PNT"));
    }

    static OdooReferences references(InMemoryOdoo odoo) {
        return new OdooReferences(odoo.findAll(all(Entity.ITEM, true)), odoo.findAll(all(Entity.WAREHOUSE, false)),
                odoo.findAll(all(Entity.UNIT_OF_MEASURE, false)), odoo.findAll(all(Entity.MANUFACTURING_ORDER, false)),
                odoo.findAll(all(Entity.WORK_ORDER, false)), odoo.findAll(all(Entity.WORK_CENTER, false)));
    }

    private static <T extends Record> EntityQuery<T> all(Entity<T> entity, boolean archivedToo) {
        return EntityQuery.all(entity, archivedToo ? List.of(Criterion.in("active", List.of(true, false))) : List.of(),
                Set.of());
    }

    private static UnitOfMeasure unit(long id, String name, long category, String categoryName, double factor) {
        return new UnitOfMeasure(id, name, category, categoryName, factor, true);
    }

    private static ManufacturingOrder order(long id, String name, ManufacturingOrderState state) {
        return new ManufacturingOrder(id, name, state, 1L, null, 5.0, 0.0, "Units", null, null, null, null, null,
                null, null, null);
    }

    private static WorkOrder workOrder(long id, long order, WorkOrderState state) {
        return new WorkOrder(id, order, "Operation " + id, 1L, null, state, null, null, 60.0, 0.0, 5.0);
    }

    private static WorkCenter workCenter(long id, String name, String code) {
        return new WorkCenter(id, name, code, 1L, null, 100.0, 90.0, 0.0, 0.0, 0.0, true);
    }
}
