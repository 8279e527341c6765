package dev.takt.sync;

import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.Item;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.UnitOfMeasure;
import dev.takt.domain.Warehouse;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.odoo.OdooGateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the validation of planning lines needs to know of Odoo, read once for a whole submission: one read per
 * kind of record, whatever the number of lines (items by the codes the lines name, archived ones included so that
 * "archived" can be told from "unknown"; all warehouses; all active units of measure; manufacturing orders by the
 * references the lines name; work orders by id; all active work centers). Each is read only when some line needs
 * it.
 */
final class OdooReferences {

    private final Map<String, List<Item>> itemsByCode = new HashMap<>();
    private final Map<String, Warehouse> warehousesByCode = new LinkedHashMap<>();
    private final Map<String, List<UnitOfMeasure>> unitsByName = new HashMap<>();
    private final Map<String, List<UnitOfMeasure>> unitsByFoldedName = new HashMap<>();
    private final Map<String, List<ManufacturingOrder>> ordersByName = new HashMap<>();
    private final Map<Long, WorkOrder> workOrdersById = new HashMap<>();
    private final Map<String, List<WorkCenter>> workCentersByCode = new HashMap<>();
    private final Map<String, List<WorkCenter>> workCentersByName = new HashMap<>();

    OdooReferences(Collection<Item> items, Collection<Warehouse> warehouses, Collection<UnitOfMeasure> units,
            Collection<ManufacturingOrder> orders, Collection<WorkOrder> workOrders,
            Collection<WorkCenter> workCenters) {
        for (Item item : items) {
            if (item.code() != null) {
                itemsByCode.computeIfAbsent(item.code(), k -> new ArrayList<>()).add(item);
            }
        }
        for (Warehouse warehouse : warehouses) {
            if (warehouse.code() != null) {
                warehousesByCode.putIfAbsent(fold(warehouse.code()), warehouse);
            }
        }
        for (UnitOfMeasure unit : units) {
            if (unit.name() != null) {
                unitsByName.computeIfAbsent(unit.name(), k -> new ArrayList<>()).add(unit);
                unitsByFoldedName.computeIfAbsent(fold(unit.name()), k -> new ArrayList<>()).add(unit);
            }
        }
        for (ManufacturingOrder order : orders) {
            if (order.name() != null) {
                ordersByName.computeIfAbsent(order.name(), k -> new ArrayList<>()).add(order);
            }
        }
        for (WorkOrder workOrder : workOrders) {
            workOrdersById.put(workOrder.id(), workOrder);
        }
        for (WorkCenter workCenter : workCenters) {
            if (workCenter.code() != null && !workCenter.code().isBlank()) {
                workCentersByCode.computeIfAbsent(fold(workCenter.code()), k -> new ArrayList<>()).add(workCenter);
            }
            if (workCenter.name() != null) {
                workCentersByName.computeIfAbsent(fold(workCenter.name()), k -> new ArrayList<>()).add(workCenter);
            }
        }
    }

    /** The references for item-based lines (forecasts, planned orders): items named, warehouses, units. */
    static OdooReferences forItems(OdooGateway odoo, Set<String> itemCodes) {
        List<Item> items = itemCodes.isEmpty() ? List.of()
                : odoo.findAll(EntityQuery.all(Entity.ITEM, List.of(Criterion.in("code", itemCodes),
                        Criterion.in("active", List.of(true, false))), Set.of("code", "uom", "active")));
        List<Warehouse> warehouses = odoo.findAll(EntityQuery.all(Entity.WAREHOUSE, List.of(),
                Set.of("code", "name")));
        List<UnitOfMeasure> units = odoo.findAll(EntityQuery.all(Entity.UNIT_OF_MEASURE, List.of(),
                Set.of("name", "categoryId", "category", "factor")));
        return new OdooReferences(items, warehouses, units, List.of(), List.of(), List.of());
    }

    /** The references for schedule proposals: the manufacturing orders and work orders named, work centers. */
    static OdooReferences forSchedule(OdooGateway odoo, Set<String> orderNames, Set<Long> workOrderIds,
            boolean needWorkCenters) {
        List<ManufacturingOrder> orders = orderNames.isEmpty() ? List.of()
                : odoo.findAll(EntityQuery.all(Entity.MANUFACTURING_ORDER, List.of(Criterion.in("name", orderNames)),
                        Set.of("name", "state")));
        List<WorkOrder> workOrders = workOrderIds.isEmpty() ? List.of()
                : odoo.findByIds(Entity.WORK_ORDER, workOrderIds, Set.of("manufacturingOrderId", "name", "state"));
        List<WorkCenter> workCenters = needWorkCenters
                ? odoo.findAll(EntityQuery.all(Entity.WORK_CENTER, List.of(), Set.of("name", "code")))
                : List.of();
        return new OdooReferences(List.of(), List.of(), List.of(), orders, workOrders, workCenters);
    }

    /** The products with this code (archived ones included): none, one, or several when the code is not unique. */
    List<Item> items(String code) {
        return itemsByCode.getOrDefault(code, List.of());
    }

    /** The warehouse with this code (case-insensitive). */
    Optional<Warehouse> warehouse(String code) {
        return Optional.ofNullable(warehousesByCode.get(fold(code)));
    }

    /** The codes of all warehouses, sorted, for messages. */
    Set<String> warehouseCodes() {
        Set<String> codes = new TreeSet<>();
        warehousesByCode.values().forEach(w -> codes.add(w.code()));
        return codes;
    }

    /** The units named exactly so or, failing that, so in another case. */
    List<UnitOfMeasure> units(String name) {
        List<UnitOfMeasure> exact = unitsByName.get(name);
        return exact != null ? exact : unitsByFoldedName.getOrDefault(fold(name), List.of());
    }

    /** The manufacturing orders with this reference. */
    List<ManufacturingOrder> manufacturingOrders(String name) {
        return ordersByName.getOrDefault(name, List.of());
    }

    /** The work order with this id. */
    Optional<WorkOrder> workOrder(long id) {
        return Optional.ofNullable(workOrdersById.get(id));
    }

    /** The work centers with this code or, when none has it as code, this name (case-insensitive). */
    List<WorkCenter> workCenters(String codeOrName) {
        List<WorkCenter> byCode = workCentersByCode.get(fold(codeOrName));
        return byCode != null ? byCode : workCentersByName.getOrDefault(fold(codeOrName), List.of());
    }

    private static String fold(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
