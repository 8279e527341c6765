package dev.takt.odoo;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomLine;
import dev.takt.domain.BomType;
import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.ItemType;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.Operation;
import dev.takt.domain.Priority;
import dev.takt.domain.PurchaseOrder;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.PurchaseOrderState;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.SalesOrder;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import dev.takt.domain.SupplierInfo;
import dev.takt.domain.UnitOfMeasure;
import dev.takt.domain.WorkCalendar;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import dev.takt.odoo.OdooFieldMapping.Filter;
import dev.takt.odoo.OdooFieldMapping.RelatedRead;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.takt.odoo.OdooDomain.and;
import static dev.takt.odoo.OdooDomain.leaf;
import static dev.takt.odoo.OdooDomain.not;
import static dev.takt.odoo.OdooDomain.or;
import static dev.takt.odoo.OdooFieldMapping.computed;
import static dev.takt.odoo.OdooFieldMapping.field;
import static dev.takt.odoo.OdooFieldMapping.filterOnly;
import static dev.takt.odoo.OdooValues.BOOLEAN;
import static dev.takt.odoo.OdooValues.DATE;
import static dev.takt.odoo.OdooValues.DATETIME_UTC;
import static dev.takt.odoo.OdooValues.DAY_OF_WEEK;
import static dev.takt.odoo.OdooValues.DECIMAL;
import static dev.takt.odoo.OdooValues.DIGIT_SELECTION;
import static dev.takt.odoo.OdooValues.INTEGER;
import static dev.takt.odoo.OdooValues.MANY2ONE_ID;
import static dev.takt.odoo.OdooValues.MANY2ONE_NAME;
import static dev.takt.odoo.OdooValues.TEXT;

/**
 * Where every Takt entity lives in Odoo, per dialect: the one place that knows Odoo's model and field names.
 *
 * <p>Choices worth knowing (the full table is in the connector's documentation):
 * <ul>
 *   <li>{@code Item} = {@code product.product} (variants). Its type is {@code type} ({@code product} = storable)
 *       up to 17, {@code type} + {@code is_storable} from 18; an 18 {@code combo} product has no type.</li>
 *   <li>{@code BillOfMaterials.itemId} is the BoM's variant ({@code product_id}) when it is variant-specific,
 *       otherwise its template's first variant as Odoo itself names it ({@code product_variant_id}), read with one
 *       extra {@code product.template} call per page, and only for the rows that need it. As a filter, itemId
 *       matches the BoMs that can make the item: its variant-specific ones and its template's general ones. The
 *       lead time ({@code produceDelayDays}) is on the BoM from 17, on the product template in 16 (same extra
 *       call).</li>
 *   <li>{@code StockPosition} = {@code stock.quant} in internal locations only ({@code location_id.usage} =
 *       {@code internal}): quants in virtual locations (inventory adjustment twins, production) are not stock.
 *       {@code available} = {@code quantity − reserved_quantity} (both stored, cheaper than Odoo's computed
 *       {@code available_quantity}).</li>
 *   <li>Calendar attendances exclude Odoo 17's lunch breaks ({@code day_period} = {@code lunch}, not working time)
 *       and the section lines of two-week calendars ({@code display_type}); order lines exclude section and note
 *       lines ({@code display_type}).</li>
 *   <li>{@code Operation.cycleMinutes} is {@code time_cycle}: the manual duration, or the tracked average when the
 *       operation's time mode is {@code auto}.</li>
 *   <li>Fields Odoo computes without storing ({@code SalesOrder.expectedDate},
 *       {@code ManufacturingOrder.componentAvailability}, {@code WorkOrder.quantityRemaining},
 *       {@code Operation.cycleMinutes}, {@code StockPosition.available}) can be read but not filtered on.</li>
 *   <li>A selection value Odoo sends that Takt does not know (added by a module) reads as null.</li>
 * </ul>
 */
final class OdooRecordMapper {

    static final Map<String, ManufacturingOrderState> PRODUCTION_STATES = Map.of(
            "draft", ManufacturingOrderState.DRAFT, "confirmed", ManufacturingOrderState.CONFIRMED,
            "progress", ManufacturingOrderState.IN_PROGRESS, "to_close", ManufacturingOrderState.TO_CLOSE,
            "done", ManufacturingOrderState.DONE, "cancel", ManufacturingOrderState.CANCELLED);
    static final Map<String, WorkOrderState> WORK_ORDER_STATES = Map.of(
            "pending", WorkOrderState.PENDING, "waiting", WorkOrderState.WAITING, "ready", WorkOrderState.READY,
            "progress", WorkOrderState.IN_PROGRESS, "done", WorkOrderState.DONE, "cancel", WorkOrderState.CANCELLED);
    /** {@code done} (locked) exists up to 16; from 17 a locked order stays {@code sale}. */
    static final Map<String, SalesOrderState> SALES_STATES = Map.of(
            "draft", SalesOrderState.QUOTATION, "sent", SalesOrderState.QUOTATION_SENT,
            "sale", SalesOrderState.CONFIRMED, "done", SalesOrderState.DONE, "cancel", SalesOrderState.CANCELLED);
    static final Map<String, PurchaseOrderState> PURCHASE_STATES = Map.of(
            "draft", PurchaseOrderState.RFQ, "sent", PurchaseOrderState.RFQ_SENT,
            "to approve", PurchaseOrderState.TO_APPROVE, "purchase", PurchaseOrderState.CONFIRMED,
            "done", PurchaseOrderState.DONE, "cancel", PurchaseOrderState.CANCELLED);
    static final Map<String, Priority> PRIORITIES = Map.of("0", Priority.NORMAL, "1", Priority.URGENT);
    static final Map<String, BomType> BOM_TYPES = Map.of("normal", BomType.NORMAL, "phantom", BomType.KIT);
    /** Up to 17: {@code type} with {@code product} for storable goods. */
    static final Map<String, ItemType> PRODUCT_TYPES = Map.of("product", ItemType.STORABLE,
            "consu", ItemType.CONSUMABLE, "service", ItemType.SERVICE);

    private static final OdooValue<ManufacturingOrderState> PRODUCTION_STATE =
            OdooValues.selection(ManufacturingOrderState.class, PRODUCTION_STATES);
    private static final OdooValue<WorkOrderState> WORK_ORDER_STATE =
            OdooValues.selection(WorkOrderState.class, WORK_ORDER_STATES);
    private static final OdooValue<SalesOrderState> SALES_STATE =
            OdooValues.selection(SalesOrderState.class, SALES_STATES);
    private static final OdooValue<PurchaseOrderState> PURCHASE_STATE =
            OdooValues.selection(PurchaseOrderState.class, PURCHASE_STATES);
    private static final OdooValue<Priority> PRIORITY = OdooValues.selection(Priority.class, PRIORITIES);
    private static final OdooValue<BomType> BOM_TYPE = OdooValues.selection(BomType.class, BOM_TYPES);
    private static final OdooValue<ItemType> PRODUCT_TYPE = OdooValues.selection(ItemType.class, PRODUCT_TYPES);

    /** Built once per dialect; declared after the values above, which the mappings use. */
    private static final Map<OdooDialect, OdooRecordMapper> BY_DIALECT = new EnumMap<>(OdooDialect.class);

    static {
        for (OdooDialect dialect : OdooDialect.values()) {
            BY_DIALECT.put(dialect, new OdooRecordMapper(dialect));
        }
    }

    private final OdooDialect dialect;
    private final Map<Entity<?>, OdooModelMapping<?>> mappings = new HashMap<>();

    private OdooRecordMapper(OdooDialect dialect) {
        this.dialect = dialect;
        List<OdooModelMapping<?>> all = List.of(item(), bom(), bomLine(), operation(), workCenter(), calendar(),
                attendance(), leave(), warehouse(), stockPosition(), salesOrder(), salesOrderLine(),
                manufacturingOrder(), workOrder(), purchaseOrder(), purchaseOrderLine(), reorderRule(),
                supplierInfo(), unitOfMeasure());
        for (OdooModelMapping<?> mapping : all) {
            mappings.put(mapping.entity(), mapping);
        }
        for (Entity<?> entity : Entity.ALL) {
            if (!mappings.containsKey(entity)) {
                throw new IllegalStateException(entity + " has no Odoo mapping");
            }
        }
    }

    /** The mappings of a dialect (built once). */
    static OdooRecordMapper of(OdooDialect dialect) {
        return BY_DIALECT.get(dialect);
    }

    OdooDialect dialect() {
        return dialect;
    }

    @SuppressWarnings("unchecked")
    <T extends Record> OdooModelMapping<T> mapping(Entity<T> entity) {
        OdooModelMapping<T> mapping = (OdooModelMapping<T>) mappings.get(entity);
        if (mapping == null) {
            throw new IllegalArgumentException(entity + " is not mapped to Odoo");
        }
        return mapping;
    }

    // ---- master data ----------------------------------------------------------------------------------------

    private OdooModelMapping<Item> item() {
        OdooFieldMapping type;
        if (dialect.hasStorableFlag()) {
            type = computed(List.of("type", "is_storable"), (row, related) -> {
                String odooType = TEXT.read(row.get("type"));
                if ("service".equals(odooType)) {
                    return ItemType.SERVICE;
                }
                if ("consu".equals(odooType)) {
                    return row.get("is_storable") == JsonValue.TRUE ? ItemType.STORABLE : ItemType.CONSUMABLE;
                }
                return null;
            }).filteredBy(OdooRecordMapper::itemTypeFrom18);
        } else {
            type = field("type", PRODUCT_TYPE);
        }
        return OdooModelMapping.builder(Entity.ITEM, "product.product")
                .map("code", "default_code", TEXT)
                .map("name", "name", TEXT)
                .map("type", type)
                .map("uom", "uom_id", MANY2ONE_NAME)
                .map("uomId", "uom_id", MANY2ONE_ID)
                .map("standardCost", "standard_price", DECIMAL)
                .map("salesLeadDays", "sale_delay", DECIMAL)
                .map("active", "active", BOOLEAN)
                .build();
    }

    /** Odoo 18: storable = consumable goods tracked in inventory. */
    private static List<Object> itemTypeFrom18(Criterion criterion, String where) {
        Object operand = criterion.value();
        return switch (criterion.operator()) {
            case EQ -> operand == null ? leaf("type", "=", false) : storableGroup(operand, where);
            case NE -> operand == null ? leaf("type", "!=", false) : not(storableGroup(operand, where));
            case IN -> anyOf((Collection<?>) operand, where);
            case NOT_IN -> not(anyOf((Collection<?>) operand, where));
            default -> throw new IllegalArgumentException("cannot filter " + where + " " + criterion.operator());
        };
    }

    private static List<Object> anyOf(Collection<?> operands, String where) {
        if (operands.isEmpty()) {
            return leaf("id", "in", List.of());
        }
        List<List<Object>> groups = new ArrayList<>();
        for (Object operand : operands) {
            groups.add(storableGroup(operand, where));
        }
        return or(groups);
    }

    private static List<Object> storableGroup(Object operand, String where) {
        ItemType type;
        try {
            type = operand instanceof ItemType t ? t : ItemType.valueOf(String.valueOf(operand));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot filter " + where + " on '" + operand + "': expected one of "
                    + java.util.Arrays.toString(ItemType.values()), e);
        }
        return switch (type) {
            case STORABLE -> and(List.of(leaf("type", "=", "consu"), leaf("is_storable", "=", true)));
            case CONSUMABLE -> and(List.of(leaf("type", "=", "consu"), leaf("is_storable", "=", false)));
            case SERVICE -> leaf("type", "=", "service");
        };
    }

    private OdooModelMapping<BillOfMaterials> bom() {
        RelatedRead firstVariant = new RelatedRead("product_tmpl_id", "product.template",
                List.of("product_variant_id"), row -> MANY2ONE_ID.read(row.get("product_id")) == null);
        OdooFieldMapping itemId = computed(List.of("product_id", "product_tmpl_id"), (row, related) -> {
            Long variant = MANY2ONE_ID.read(row.get("product_id"));
            if (variant != null) {
                return variant;
            }
            JsonObject template = related.of(firstVariant, row);
            return template == null ? null : MANY2ONE_ID.read(template.get("product_variant_id"));
        }).needing(firstVariant)
                .filteredBy(firstOf("product_id", "product_tmpl_id.product_variant_ids", MANY2ONE_ID));
        OdooFieldMapping item = computed(List.of("product_id", "product_tmpl_id"), (row, related) -> {
            String variant = MANY2ONE_NAME.read(row.get("product_id"));
            return variant != null ? variant : MANY2ONE_NAME.read(row.get("product_tmpl_id"));
        }).filteredBy(firstOf("product_id", "product_tmpl_id", MANY2ONE_NAME));
        OdooFieldMapping produceDelay;
        if (dialect.bomCarriesProduceDelay()) {
            produceDelay = field("produce_delay", DECIMAL);
        } else {
            RelatedRead templateDelay = new RelatedRead("product_tmpl_id", "product.template",
                    List.of("produce_delay"), row -> true);
            produceDelay = computed(List.of("product_tmpl_id"), (row, related) -> {
                JsonObject template = related.of(templateDelay, row);
                return template == null ? null : DECIMAL.read(template.get("produce_delay"));
            }).needing(templateDelay).filteredBy((criterion, where) ->
                    OdooDomain.compare("product_tmpl_id.produce_delay", DECIMAL, criterion, where));
        }
        return OdooModelMapping.builder(Entity.BOM, "mrp.bom")
                .map("itemId", itemId)
                .map("itemName", item)
                .map("code", "code", TEXT)
                .map("type", "type", BOM_TYPE)
                .map("quantity", "product_qty", DECIMAL)
                .map("uom", "product_uom_id", MANY2ONE_NAME)
                .map("produceDelayDays", produceDelay)
                .map("active", "active", BOOLEAN)
                .build();
    }

    /**
     * A filter on a value read from {@code primary}, or from {@code fallback} when {@code primary} is empty:
     * {@code primary matches OR (primary is empty AND fallback matches)}; EQ is asked as IN (which also works on
     * the one2many paths a fallback may cross), NE and NOT_IN negate IN.
     */
    private static Filter firstOf(String primary, String fallback, OdooValue<?> value) {
        return (criterion, where) -> {
            if (criterion.value() == null) {
                throw new IllegalArgumentException("cannot filter " + where + " on an empty value");
            }
            String field = criterion.field();
            Object operand = criterion.value();
            return switch (criterion.operator()) {
                case EQ -> eitherMatches(primary, fallback, value, Criterion.in(field, List.of(operand)), where);
                case IN, CONTAINS -> eitherMatches(primary, fallback, value, criterion, where);
                case NE -> not(eitherMatches(primary, fallback, value, Criterion.in(field, List.of(operand)),
                        where));
                case NOT_IN -> not(eitherMatches(primary, fallback, value, Criterion.in(field,
                        (Collection<?>) operand), where));
                default -> throw new IllegalArgumentException("cannot filter " + where + " "
                        + criterion.operator());
            };
        };
    }

    private static List<Object> eitherMatches(String primary, String fallback, OdooValue<?> value,
            Criterion criterion, String where) {
        return or(List.of(OdooDomain.compare(primary, value, criterion, where),
                and(List.of(leaf(primary, "=", false), OdooDomain.compare(fallback, value, criterion, where)))));
    }

    private OdooModelMapping<BomLine> bomLine() {
        return OdooModelMapping.builder(Entity.BOM_LINE, "mrp.bom.line")
                .map("bomId", "bom_id", MANY2ONE_ID)
                .map("componentId", "product_id", MANY2ONE_ID)
                .map("quantity", "product_qty", DECIMAL)
                .map("uom", "product_uom_id", MANY2ONE_NAME)
                .map("operationId", "operation_id", MANY2ONE_ID)
                .map("sequence", "sequence", INTEGER)
                .build();
    }

    private OdooModelMapping<Operation> operation() {
        return OdooModelMapping.builder(Entity.OPERATION, "mrp.routing.workcenter")
                .map("bomId", "bom_id", MANY2ONE_ID)
                .map("name", "name", TEXT)
                .map("workCenterId", "workcenter_id", MANY2ONE_ID)
                .map("sequence", "sequence", INTEGER)
                .map("cycleMinutes", unfilterable("time_cycle", DECIMAL))
                .map("timeMode", "time_mode", TEXT)
                .build();
    }

    private OdooModelMapping<WorkCenter> workCenter() {
        return OdooModelMapping.builder(Entity.WORK_CENTER, "mrp.workcenter")
                .map("name", "name", TEXT)
                .map("code", "code", TEXT)
                .map("calendarId", "resource_calendar_id", MANY2ONE_ID)
                .map("resourceId", "resource_id", MANY2ONE_ID)
                .map("efficiencyPercent", "time_efficiency", DECIMAL)
                .map("oeeTarget", "oee_target", DECIMAL)
                .map("setupMinutes", "time_start", DECIMAL)
                .map("cleanupMinutes", "time_stop", DECIMAL)
                .map("costPerHour", "costs_hour", DECIMAL)
                .map("active", "active", BOOLEAN)
                .build();
    }

    private OdooModelMapping<WorkCalendar> calendar() {
        return OdooModelMapping.builder(Entity.CALENDAR, "resource.calendar")
                .map("name", "name", TEXT)
                .map("timeZone", "tz", TEXT)
                .map("hoursPerDay", "hours_per_day", DECIMAL)
                .build();
    }

    private OdooModelMapping<CalendarAttendance> attendance() {
        return OdooModelMapping.builder(Entity.ATTENDANCE, "resource.calendar.attendance")
                .only(leaf("display_type", "=", false))
                .only(leaf("day_period", "!=", "lunch"))
                .map("calendarId", "calendar_id", MANY2ONE_ID)
                .map("name", "name", TEXT)
                .map("dayOfWeek", "dayofweek", DAY_OF_WEEK)
                .map("hourFrom", "hour_from", DECIMAL)
                .map("hourTo", "hour_to", DECIMAL)
                .map("validFrom", "date_from", DATE)
                .map("validTo", "date_to", DATE)
                .map("weekType", "week_type", DIGIT_SELECTION)
                .build();
    }

    private OdooModelMapping<CalendarLeave> leave() {
        return OdooModelMapping.builder(Entity.LEAVE, "resource.calendar.leaves")
                .map("calendarId", "calendar_id", MANY2ONE_ID)
                .map("resourceId", "resource_id", MANY2ONE_ID)
                .map("name", "name", TEXT)
                .map("from", "date_from", DATETIME_UTC)
                .map("to", "date_to", DATETIME_UTC)
                .map("absence", "time_type", OdooValues.flag("leave", "other"))
                .build();
    }

    private OdooModelMapping<dev.takt.domain.Warehouse> warehouse() {
        return OdooModelMapping.builder(Entity.WAREHOUSE, "stock.warehouse")
                .map("name", "name", TEXT)
                .map("code", "code", TEXT)
                .map("stockLocationId", "lot_stock_id", MANY2ONE_ID)
                .build();
    }

    private OdooModelMapping<StockPosition> stockPosition() {
        OdooFieldMapping available = computed(List.of("quantity", "reserved_quantity"), (row, related) -> {
            Double onHand = DECIMAL.read(row.get("quantity"));
            Double reserved = DECIMAL.read(row.get("reserved_quantity"));
            return onHand == null || reserved == null ? null : onHand - reserved;
        });
        return OdooModelMapping.builder(Entity.STOCK_POSITION, "stock.quant")
                .only(leaf("location_id.usage", "=", "internal"))
                .map("itemId", "product_id", MANY2ONE_ID)
                .map("warehouseId", "warehouse_id", MANY2ONE_ID)
                .map("locationId", "location_id", MANY2ONE_ID)
                .map("location", "location_id", MANY2ONE_NAME)
                .map("onHand", "quantity", DECIMAL)
                .map("reserved", "reserved_quantity", DECIMAL)
                .map("available", available)
                .map("uom", "product_uom_id", MANY2ONE_NAME)
                .build();
    }

    /** {@code uom.uom} (Odoo 16 to 18; Odoo 19 replaces categories with relative units). */
    private OdooModelMapping<UnitOfMeasure> unitOfMeasure() {
        return OdooModelMapping.builder(Entity.UNIT_OF_MEASURE, "uom.uom")
                .map("name", "name", TEXT)
                .map("categoryId", "category_id", MANY2ONE_ID)
                .map("category", "category_id", MANY2ONE_NAME)
                .map("factor", "factor", DECIMAL)
                .map("active", "active", BOOLEAN)
                .build();
    }

    // ---- orders ---------------------------------------------------------------------------------------------

    private OdooModelMapping<SalesOrder> salesOrder() {
        return OdooModelMapping.builder(Entity.SALES_ORDER, "sale.order")
                .map("name", "name", TEXT)
                .map("customer", "partner_id", MANY2ONE_NAME)
                .map("state", "state", SALES_STATE)
                .map("orderDate", "date_order", DATETIME_UTC)
                .map("commitmentDate", "commitment_date", DATETIME_UTC)
                .map("expectedDate", unfilterable("expected_date", DATETIME_UTC))
                .map("warehouseId", "warehouse_id", MANY2ONE_ID)
                .map("origin", "origin", TEXT)
                .build();
    }

    private OdooModelMapping<SalesOrderLine> salesOrderLine() {
        return OdooModelMapping.builder(Entity.SALES_ORDER_LINE, "sale.order.line")
                .only(leaf("display_type", "=", false))
                .map("orderId", "order_id", MANY2ONE_ID)
                .map("itemId", "product_id", MANY2ONE_ID)
                .map("description", "name", TEXT)
                .map("quantity", "product_uom_qty", DECIMAL)
                .map("quantityDelivered", "qty_delivered", DECIMAL)
                .map("uom", "product_uom", MANY2ONE_NAME)
                .map("customerLeadDays", "customer_lead", DECIMAL)
                .map("state", "state", SALES_STATE)
                .map("warehouseId", filterOnly("order_id.warehouse_id", MANY2ONE_ID))
                .map("commitmentDate", filterOnly("order_id.commitment_date", DATETIME_UTC))
                .build();
    }

    private OdooModelMapping<ManufacturingOrder> manufacturingOrder() {
        return OdooModelMapping.builder(Entity.MANUFACTURING_ORDER, "mrp.production")
                .map("name", "name", TEXT)
                .map("state", "state", PRODUCTION_STATE)
                .map("itemId", "product_id", MANY2ONE_ID)
                .map("bomId", "bom_id", MANY2ONE_ID)
                .map("quantity", "product_qty", DECIMAL)
                .map("quantityProducing", "qty_producing", DECIMAL)
                .map("uom", "product_uom_id", MANY2ONE_NAME)
                .map("scheduledStart", dialect.productionScheduledStart(), DATETIME_UTC)
                .map("scheduledFinish", dialect.productionScheduledFinish(), DATETIME_UTC)
                .map("deadline", "date_deadline", DATETIME_UTC)
                .map("priority", "priority", PRIORITY)
                .map("componentAvailability", unfilterable("components_availability", TEXT))
                .map("reservationState", "reservation_state", TEXT)
                .map("origin", "origin", TEXT)
                .map("updatedAt", "write_date", DATETIME_UTC)
                .map("warehouseId", filterOnly("picking_type_id.warehouse_id", MANY2ONE_ID))
                .build();
    }

    private OdooModelMapping<WorkOrder> workOrder() {
        return OdooModelMapping.builder(Entity.WORK_ORDER, "mrp.workorder")
                .map("manufacturingOrderId", "production_id", MANY2ONE_ID)
                .map("name", "name", TEXT)
                .map("workCenterId", "workcenter_id", MANY2ONE_ID)
                .map("operationId", "operation_id", MANY2ONE_ID)
                .map("state", "state", WORK_ORDER_STATE)
                .map("scheduledStart", dialect.workOrderScheduledStart(), DATETIME_UTC)
                .map("scheduledFinish", dialect.workOrderScheduledFinish(), DATETIME_UTC)
                .map("expectedMinutes", "duration_expected", DECIMAL)
                .map("actualMinutes", "duration", DECIMAL)
                .map("quantityRemaining", unfilterable("qty_remaining", DECIMAL))
                .map("updatedAt", "write_date", DATETIME_UTC)
                .build();
    }

    private OdooModelMapping<PurchaseOrder> purchaseOrder() {
        return OdooModelMapping.builder(Entity.PURCHASE_ORDER, "purchase.order")
                .map("name", "name", TEXT)
                .map("vendor", "partner_id", MANY2ONE_NAME)
                .map("vendorId", "partner_id", MANY2ONE_ID)
                .map("state", "state", PURCHASE_STATE)
                .map("orderDate", "date_order", DATETIME_UTC)
                .map("plannedDate", "date_planned", DATETIME_UTC)
                .map("origin", "origin", TEXT)
                .map("warehouseId", filterOnly("picking_type_id.warehouse_id", MANY2ONE_ID))
                .build();
    }

    private OdooModelMapping<PurchaseOrderLine> purchaseOrderLine() {
        return OdooModelMapping.builder(Entity.PURCHASE_ORDER_LINE, "purchase.order.line")
                .only(leaf("display_type", "=", false))
                .map("orderId", "order_id", MANY2ONE_ID)
                .map("itemId", "product_id", MANY2ONE_ID)
                .map("quantity", "product_qty", DECIMAL)
                .map("quantityReceived", "qty_received", DECIMAL)
                .map("uom", "product_uom", MANY2ONE_NAME)
                .map("plannedDate", "date_planned", DATETIME_UTC)
                .map("unitPrice", "price_unit", DECIMAL)
                .map("state", filterOnly("state", PURCHASE_STATE))
                .build();
    }

    private OdooModelMapping<ReorderRule> reorderRule() {
        return OdooModelMapping.builder(Entity.REORDER_RULE, "stock.warehouse.orderpoint")
                .map("name", "name", TEXT)
                .map("itemId", "product_id", MANY2ONE_ID)
                .map("warehouseId", "warehouse_id", MANY2ONE_ID)
                .map("locationId", "location_id", MANY2ONE_ID)
                .map("trigger", "trigger", TEXT)
                .map("minimum", "product_min_qty", DECIMAL)
                .map("maximum", "product_max_qty", DECIMAL)
                .map("multiple", "qty_multiple", DECIMAL)
                .map("active", "active", BOOLEAN)
                .build();
    }

    /**
     * Like a BoM's, a vendor line's {@code itemId} is its variant when it is variant-specific, otherwise its
     * template's first variant (one extra {@code product.template} read per page, only for such rows); as a filter,
     * itemId matches the lines that apply to the item: its variant's and its template's general ones.
     */
    private OdooModelMapping<SupplierInfo> supplierInfo() {
        RelatedRead firstVariant = new RelatedRead("product_tmpl_id", "product.template",
                List.of("product_variant_id"), row -> MANY2ONE_ID.read(row.get("product_id")) == null);
        OdooFieldMapping itemId = computed(List.of("product_id", "product_tmpl_id"), (row, related) -> {
            Long variant = MANY2ONE_ID.read(row.get("product_id"));
            if (variant != null) {
                return variant;
            }
            JsonObject template = related.of(firstVariant, row);
            return template == null ? null : MANY2ONE_ID.read(template.get("product_variant_id"));
        }).needing(firstVariant)
                .filteredBy(firstOf("product_id", "product_tmpl_id.product_variant_ids", MANY2ONE_ID));
        return OdooModelMapping.builder(Entity.SUPPLIER_INFO, "product.supplierinfo")
                .map("itemId", itemId)
                .map("vendor", "partner_id", MANY2ONE_NAME)
                .map("vendorId", "partner_id", MANY2ONE_ID)
                .map("leadDays", "delay", INTEGER)
                .map("minimumQuantity", "min_qty", DECIMAL)
                .map("price", "price", DECIMAL)
                .map("validFrom", "date_start", DATE)
                .map("validTo", "date_end", DATE)
                .map("sequence", "sequence", INTEGER)
                .build();
    }

    /** A field Odoo computes without storing: it can be read, but Odoo cannot search on it. */
    private static OdooFieldMapping unfilterable(String odooField, OdooValue<?> value) {
        return computed(List.of(odooField), (row, related) -> value.read(row.get(odooField)));
    }
}
