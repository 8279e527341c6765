package dev.takt.domain;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of record a gateway can be asked for, named in Takt's language.
 *
 * <p>Its fields are the components of its record type; a few entities also accept <em>filter-only</em> fields
 * (criteria that are not part of the record, such as a manufacturing order's warehouse).
 *
 * @param <T> the record type
 */
public final class Entity<T extends Record> {

    public static final Entity<Item> ITEM = new Entity<>("Item", Item.class);
    public static final Entity<BillOfMaterials> BOM = new Entity<>("BillOfMaterials", BillOfMaterials.class);
    public static final Entity<BomLine> BOM_LINE = new Entity<>("BomLine", BomLine.class);
    public static final Entity<Operation> OPERATION = new Entity<>("Operation", Operation.class);
    public static final Entity<WorkCenter> WORK_CENTER = new Entity<>("WorkCenter", WorkCenter.class);
    public static final Entity<WorkCalendar> CALENDAR = new Entity<>("WorkCalendar", WorkCalendar.class);
    public static final Entity<CalendarAttendance> ATTENDANCE =
            new Entity<>("CalendarAttendance", CalendarAttendance.class);
    public static final Entity<CalendarLeave> LEAVE = new Entity<>("CalendarLeave", CalendarLeave.class);
    public static final Entity<Warehouse> WAREHOUSE = new Entity<>("Warehouse", Warehouse.class);
    public static final Entity<StockPosition> STOCK_POSITION = new Entity<>("StockPosition", StockPosition.class);
    public static final Entity<SalesOrder> SALES_ORDER = new Entity<>("SalesOrder", SalesOrder.class);
    public static final Entity<SalesOrderLine> SALES_ORDER_LINE =
            new Entity<>("SalesOrderLine", SalesOrderLine.class, "warehouseId", "commitmentDate");
    public static final Entity<ManufacturingOrder> MANUFACTURING_ORDER =
            new Entity<>("ManufacturingOrder", ManufacturingOrder.class, "warehouseId");
    public static final Entity<WorkOrder> WORK_ORDER = new Entity<>("WorkOrder", WorkOrder.class);
    public static final Entity<PurchaseOrder> PURCHASE_ORDER =
            new Entity<>("PurchaseOrder", PurchaseOrder.class, "warehouseId");
    public static final Entity<PurchaseOrderLine> PURCHASE_ORDER_LINE =
            new Entity<>("PurchaseOrderLine", PurchaseOrderLine.class, "state");
    public static final Entity<ReorderRule> REORDER_RULE = new Entity<>("ReorderRule", ReorderRule.class);
    public static final Entity<SupplierInfo> SUPPLIER_INFO = new Entity<>("SupplierInfo", SupplierInfo.class);
    public static final Entity<UnitOfMeasure> UNIT_OF_MEASURE = new Entity<>("UnitOfMeasure", UnitOfMeasure.class);

    /** Every entity, for mappers that must cover them all. */
    public static final List<Entity<?>> ALL = List.of(ITEM, BOM, BOM_LINE, OPERATION, WORK_CENTER, CALENDAR,
            ATTENDANCE, LEAVE, WAREHOUSE, STOCK_POSITION, SALES_ORDER, SALES_ORDER_LINE, MANUFACTURING_ORDER,
            WORK_ORDER, PURCHASE_ORDER, PURCHASE_ORDER_LINE, REORDER_RULE, SUPPLIER_INFO, UNIT_OF_MEASURE);

    private final String name;
    private final Class<T> type;
    private final Set<String> fields;
    private final Set<String> filterOnlyFields;

    private Entity(String name, Class<T> type, String... filterOnlyFields) {
        this.name = name;
        this.type = type;
        Set<String> names = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.fields = Collections.unmodifiableSet(names);
        this.filterOnlyFields = Set.of(filterOnlyFields);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The record's fields, in declaration order. */
    public Set<String> fields() {
        return fields;
    }

    /** True when {@code field} can be used in a {@link Criterion} on this entity. */
    public boolean isFilterable(String field) {
        return fields.contains(field) || filterOnlyFields.contains(field);
    }

    @Override
    public String toString() {
        return name;
    }
}
