package dev.takt.odoo;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomLine;
import dev.takt.domain.BomType;
import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
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
import dev.takt.domain.Warehouse;
import dev.takt.domain.WorkCalendar;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/** Maps the search_read answers recorded from a real Odoo 17 (and V16/V18-shaped variants) into Takt records. */
class OdooRecordMapperTest {

    private static final OdooModelMapping.RelatedReader NO_RELATED_READS = (model, ids, fields) -> {
        throw new AssertionError("unexpected read of " + model + " " + ids + " " + fields);
    };

    private static <T extends Record> List<T> map(OdooDialect dialect, Entity<T> entity, JsonArray rows) {
        return map(dialect, entity, rows, NO_RELATED_READS);
    }

    private static <T extends Record> List<T> map(OdooDialect dialect, Entity<T> entity, JsonArray rows,
            OdooModelMapping.RelatedReader reader) {
        return OdooRecordMapper.of(dialect).mapping(entity).toRecords(rows, entity.fields(), reader);
    }

    private static Instant utc(String isoWithoutZone) {
        return Instant.parse(isoWithoutZone + "Z");
    }

    /** A copy of a recorded row with some fields renamed or replaced. */
    private static JsonObject reshape(JsonObject row, Map<String, String> renames, Map<String, JsonValue> values) {
        var copy = OdooJson.JSON.createObjectBuilder();
        row.forEach((key, value) -> copy.add(renames.getOrDefault(key, key), value));
        values.forEach(copy::add);
        return copy.build();
    }

    // ---- manufacturing orders, both dialects ------------------------------------------------------------------

    private static final ManufacturingOrder MO_1 = new ManufacturingOrder(1, "WH/MO/00001",
            ManufacturingOrderState.CONFIRMED, 8L, 1L, 3.0, 0.0, "Units", utc("2026-11-26T15:44:26"),
            utc("2026-12-06T15:44:26"), null, Priority.NORMAL, "Not Available", "confirmed", null,
            utc("2026-11-26T15:44:32"));

    @Test
    void mapsRecordedManufacturingOrdersOfOdoo17() {
        List<ManufacturingOrder> orders = map(OdooDialect.V17, Entity.MANUFACTURING_ORDER,
                Recordings.searchReadResult("mrp.production"));

        assertEquals(List.of(MO_1,
                new ManufacturingOrder(2, "WH/MO/00002", ManufacturingOrderState.DRAFT, 37L, 2L, 1.0, 0.0, "Units",
                        utc("2026-11-27T15:44:00"), utc("2026-11-27T16:44:00"), null, Priority.NORMAL, null, null,
                        null, utc("2026-11-26T15:44:32")),
                new ManufacturingOrder(3, "WH/MO/00003", ManufacturingOrderState.CONFIRMED, 38L, 3L, 1.0, 0.0,
                        "Units", utc("2026-11-26T15:44:26"), utc("2026-11-26T16:44:26"), null, Priority.NORMAL,
                        "Available", "assigned", null, utc("2026-11-26T15:44:32"))), orders);
    }

    @Test
    void mapsAnOdoo16ShapedManufacturingOrder() {
        JsonObject recorded = Recordings.searchReadResult("mrp.production").getJsonObject(0);
        // Odoo 16 schedules with date_planned_*; its date_start/date_finished are the actual dates (none yet).
        JsonObject v16 = reshape(recorded,
                Map.of("date_start", "date_planned_start", "date_finished", "date_planned_finished"),
                Map.of("date_start", JsonValue.FALSE, "date_finished", JsonValue.FALSE));

        List<ManufacturingOrder> orders = map(OdooDialect.V16, Entity.MANUFACTURING_ORDER, OdooJson.array(v16));

        assertEquals(List.of(MO_1), orders);
        assertEquals(List.of("id", "date_planned_start", "date_planned_finished"),
                OdooRecordMapper.of(OdooDialect.V16).mapping(Entity.MANUFACTURING_ORDER)
                        .odooFields(Set.of("scheduledStart", "scheduledFinish")));
        assertEquals(List.of("id", "date_start", "date_finished"),
                OdooRecordMapper.of(OdooDialect.V17).mapping(Entity.MANUFACTURING_ORDER)
                        .odooFields(Set.of("scheduledStart", "scheduledFinish")));
    }

    @Test
    void asksOnlyForTheRequestedFieldsAndLeavesTheRestNull() {
        OdooModelMapping<ManufacturingOrder> mapping = OdooRecordMapper.of(OdooDialect.V17)
                .mapping(Entity.MANUFACTURING_ORDER);
        Set<String> fields = Set.of("state", "name", "uom");

        assertEquals(List.of("id", "name", "state", "product_uom_id"), mapping.odooFields(fields));
        assertEquals(List.of("id"), mapping.odooFields(Set.of()));

        ManufacturingOrder order = mapping.toRecords(Recordings.searchReadResult("mrp.production"), fields,
                NO_RELATED_READS).get(0);
        assertEquals(new ManufacturingOrder(1, "WH/MO/00001", ManufacturingOrderState.CONFIRMED, null, null, null,
                null, "Units", null, null, null, null, null, null, null, null), order);
    }

    // ---- work orders, both dialects ---------------------------------------------------------------------------

    @Test
    void mapsRecordedWorkOrders() {
        List<WorkOrder> orders = map(OdooDialect.V17, Entity.WORK_ORDER, Recordings.searchReadResult("mrp.workorder"));

        assertEquals(new WorkOrder(1, 1L, "Manual Assembly", 1L, 1L, WorkOrderState.WAITING, null, null, 180.0, 0.0,
                3.0, Instant.parse("2026-11-26T15:44:23Z")), orders.get(0));
        assertEquals(WorkOrderState.READY, orders.get(2).state());
    }

    @Test
    void mapsPlannedWorkOrderDatesInBothDialects() {
        JsonObject planned = Recordings.json("mrp.production.write_flow.json")
                .getJsonArray("workorders_after_button_plan").getJsonObject(0);
        WorkOrder expected = new WorkOrder(4, null, "Manual Assembly", 1L, null, WorkOrderState.READY,
                utc("2026-12-03T08:00:00"), utc("2026-12-03T11:00:00"), 180.0, null, null);
        Set<String> fields = Set.of("name", "workCenterId", "state", "scheduledStart", "scheduledFinish",
                "expectedMinutes");

        WorkOrder v17 = OdooRecordMapper.of(OdooDialect.V17).mapping(Entity.WORK_ORDER)
                .toRecords(OdooJson.array(planned), fields, NO_RELATED_READS).get(0);
        JsonObject v16Row = reshape(planned,
                Map.of("date_start", "date_planned_start", "date_finished", "date_planned_finished"), Map.of());
        WorkOrder v16 = OdooRecordMapper.of(OdooDialect.V16).mapping(Entity.WORK_ORDER)
                .toRecords(OdooJson.array(v16Row), fields, NO_RELATED_READS).get(0);

        assertEquals(expected, v17);
        assertEquals(expected, v16);
    }

    // ---- items, three dialects ----------------------------------------------------------------------------------

    @Test
    void mapsRecordedProducts() {
        List<Item> items = map(OdooDialect.V17, Entity.ITEM, Recordings.searchReadResult("product.product"));

        assertEquals(List.of(
                new Item(1, null, "Restaurant Expenses", ItemType.SERVICE, "Units", 1L, 8.0, 0.0, true),
                new Item(2, null, "Hotel Accommodation", ItemType.SERVICE, "Days", 3L, 400.0, 0.0, true),
                new Item(3, null, "Virtual Interior Design", ItemType.SERVICE, "Hours", 4L, 20.5, 0.0, true)), items);
    }

    @Test
    void readsProductTypesUpTo17AndFrom18() {
        JsonObject recorded = Recordings.searchReadResult("product.product").getJsonObject(0);
        JsonObject storable17 = reshape(recorded, Map.of(), Map.of("type", OdooJson.toJson("product"),
                "default_code", OdooJson.toJson("FURN_7800"), "active", JsonValue.FALSE));
        JsonObject consumable17 = reshape(recorded, Map.of(), Map.of("type", OdooJson.toJson("consu")));
        JsonObject storable18 = reshape(recorded, Map.of(), Map.of("type", OdooJson.toJson("consu"),
                "is_storable", JsonValue.TRUE));
        JsonObject consumable18 = reshape(recorded, Map.of(), Map.of("type", OdooJson.toJson("consu"),
                "is_storable", JsonValue.FALSE));
        JsonObject combo18 = reshape(recorded, Map.of(), Map.of("type", OdooJson.toJson("combo"),
                "is_storable", JsonValue.FALSE));

        List<Item> v17 = map(OdooDialect.V17, Entity.ITEM, OdooJson.array(storable17, consumable17));
        List<Item> v18 = map(OdooDialect.V18, Entity.ITEM, OdooJson.array(storable18, consumable18, combo18));

        assertEquals(new Item(1, "FURN_7800", "Restaurant Expenses", ItemType.STORABLE, "Units", 1L, 8.0, 0.0, false),
                v17.get(0));
        assertEquals(ItemType.CONSUMABLE, v17.get(1).type());
        assertEquals(List.of(ItemType.STORABLE, ItemType.CONSUMABLE),
                v18.subList(0, 2).stream().map(Item::type).toList());
        assertNull(v18.get(2).type(), "an 18 combo product has no Takt type");
        assertEquals(List.of("id", "type", "is_storable"),
                OdooRecordMapper.of(OdooDialect.V18).mapping(Entity.ITEM).odooFields(Set.of("type")));
        assertEquals(List.of("id", "type"),
                OdooRecordMapper.of(OdooDialect.V16).mapping(Entity.ITEM).odooFields(Set.of("type")));
    }

    // ---- bills of materials ---------------------------------------------------------------------------------

    /** product.template → its first variant, as the recorded MOs show them (template 8 → 8, 29 → 37, 30 → 38). */
    private static final Map<Long, Long> FIRST_VARIANT = Map.of(8L, 8L, 29L, 37L, 30L, 38L);

    private static OdooModelMapping.RelatedReader templates(List<String> calls) {
        return (model, ids, fields) -> {
            calls.add(model + " " + ids + " " + fields);
            Map<Long, JsonObject> rows = new java.util.HashMap<>();
            for (Long id : ids) {
                rows.put(id, OdooJson.JSON.createObjectBuilder().add("id", id)
                        .add("product_variant_id", OdooJson.array(FIRST_VARIANT.get(id), "variant"))
                        .add("produce_delay", 2.0).build());
            }
            return rows;
        };
    }

    @Test
    void mapsRecordedBomsTakingTheTemplatesFirstVariantInOneExtraRead() {
        List<String> calls = new ArrayList<>();

        List<BillOfMaterials> boms = map(OdooDialect.V17, Entity.BOM, Recordings.searchReadResult("mrp.bom"),
                templates(calls));

        assertEquals(List.of(
                new BillOfMaterials(1, 8L, "[FURN_7800] Desk Combination", null, BomType.NORMAL, 1.0, "Units", 10.0,
                        true),
                new BillOfMaterials(2, 37L, "[FURN_9666] Table", null, BomType.NORMAL, 1.0, "Units", 0.0, true),
                new BillOfMaterials(3, 38L, "[FURN_8522] Table Top", null, BomType.NORMAL, 1.0, "Units", 0.0, true)),
                boms);
        assertEquals(List.of("product.template [8, 29, 30] [product_variant_id]"), calls);
    }

    @Test
    void aVariantSpecificBomNeedsNoExtraRead() {
        JsonObject recorded = Recordings.searchReadResult("mrp.bom").getJsonObject(0);
        JsonObject kit = reshape(recorded, Map.of(), Map.of("product_id", OdooJson.array(5, "[FURN_7777] Office Chair"),
                "type", OdooJson.toJson("phantom"), "code", OdooJson.toJson("KIT-1")));

        BillOfMaterials bom = map(OdooDialect.V17, Entity.BOM, OdooJson.array(kit)).get(0);

        assertEquals(new BillOfMaterials(1, 5L, "[FURN_7777] Office Chair", "KIT-1", BomType.KIT, 1.0, "Units", 10.0,
                true), bom);
    }

    @Test
    void odoo16KeepsTheManufacturingLeadTimeOnTheProductTemplate() {
        JsonObject recorded = Recordings.searchReadResult("mrp.bom").getJsonObject(0);
        JsonObject v16 = reshape(recorded, Map.of(), Map.of());
        List<String> calls = new ArrayList<>();

        BillOfMaterials bom = map(OdooDialect.V16, Entity.BOM, OdooJson.array(v16), templates(calls)).get(0);

        assertEquals(2.0, bom.produceDelayDays());
        assertEquals(8L, bom.itemId());
        assertEquals(List.of("product.template [8] [product_variant_id, produce_delay]"), calls);
        assertEquals(List.of("id", "product_tmpl_id"), OdooRecordMapper.of(OdooDialect.V16).mapping(Entity.BOM)
                .odooFields(Set.of("produceDelayDays")));
    }

    // ---- everything else, recorded ------------------------------------------------------------------------

    @Test
    void mapsRecordedMasterData() {
        assertEquals(new BomLine(1, 1L, 25L, 1.0, "Units", null, 5),
                map(OdooDialect.V17, Entity.BOM_LINE, Recordings.searchReadResult("mrp.bom.line")).get(0));
        assertEquals(new Operation(1, 3L, "Manual Assembly", 1L, 5, 60.0, "manual"),
                map(OdooDialect.V17, Entity.OPERATION, Recordings.searchReadResult("mrp.routing.workcenter")).get(0));
        assertEquals(new WorkCenter(1, "Assembly Line 1", null, 1L, 1L, 100.0, 90.0, 0.0, 0.0, 0.0, true),
                map(OdooDialect.V17, Entity.WORK_CENTER, Recordings.searchReadResult("mrp.workcenter")).get(0));
        assertEquals(List.of(new WorkCalendar(1, "Standard 40 hours/week", "Europe/Brussels", 8.0),
                new WorkCalendar(2, "Standard 35 hours/week", "Europe/Brussels", 7.0),
                new WorkCalendar(3, "Standard 38 hours/week", "Europe/Brussels", 7.6)),
                map(OdooDialect.V17, Entity.CALENDAR, Recordings.searchReadResult("resource.calendar")));
        assertEquals(new CalendarAttendance(1, 1L, "Monday Morning", DayOfWeek.MONDAY, 8.0, 12.0, null, null, null),
                map(OdooDialect.V17, Entity.ATTENDANCE,
                        Recordings.searchReadResult("resource.calendar.attendance")).get(0));
        assertEquals(List.of(new Warehouse(1, "YourCompany", "WH", 8L), new Warehouse(2, "Chicago 1", "CHIC1", 28L)),
                map(OdooDialect.V17, Entity.WAREHOUSE, Recordings.searchReadResult("stock.warehouse")));
        assertEquals(new ReorderRule(1, "OP/00001", 6L, 1L, 8L, "auto", 5.0, 10.0, 1.0, true),
                map(OdooDialect.V17, Entity.REORDER_RULE,
                        Recordings.searchReadResult("stock.warehouse.orderpoint")).get(0));
    }

    @Test
    void mapsRecordedUnitsOfMeasureWithTheirCategory() {
        Set<String> fields = Set.of("name", "categoryId", "category", "factor");
        OdooModelMapping<UnitOfMeasure> mapping = OdooRecordMapper.of(OdooDialect.V17).mapping(Entity.UNIT_OF_MEASURE);

        List<UnitOfMeasure> units = mapping.toRecords(Recordings.searchReadResult("uom.uom"), fields,
                NO_RELATED_READS);

        assertEquals(new UnitOfMeasure(1, "Units", 1L, "Unit", 1.0, null), units.get(0));
        assertEquals(new UnitOfMeasure(2, "Dozens", 1L, "Unit", 0.08333333333333333, null), units.get(1));
        assertEquals(12.0, 1 / units.get(1).toUnit().factor(), 1e-9, "a dozen is twelve units");
        assertEquals("uom.uom", mapping.model());
        assertEquals(List.of("id", "name", "category_id", "factor"), mapping.odooFields(fields));
    }

    @Test
    void mapsRecordedStockWithAvailableOnHandMinusReserved() {
        List<StockPosition> stock = map(OdooDialect.V17, Entity.STOCK_POSITION,
                Recordings.searchReadResult("stock.quant"));

        assertEquals(new StockPosition(3, 17L, 1L, 8L, "WH/Stock", 500.0, 150.0, 350.0, "Units"), stock.get(2));
        assertEquals(List.of("id", "quantity", "reserved_quantity"), OdooRecordMapper.of(OdooDialect.V17)
                .mapping(Entity.STOCK_POSITION).odooFields(Set.of("available")));
    }

    @Test
    void mapsRecordedOrders() {
        assertEquals(new SalesOrder(1, "S00001", "Deco Addict", SalesOrderState.QUOTATION, utc("2026-10-26T15:44:00"),
                null, utc("2026-11-26T15:45:02"), 1L, null),
                map(OdooDialect.V17, Entity.SALES_ORDER, Recordings.searchReadResult("sale.order")).get(0));
        assertEquals(new SalesOrderLine(1, 1L, 31L, "[FURN_6666] Acoustic Bloc Screens", 3.0, 0.0, "Units", 0.0,
                SalesOrderState.QUOTATION),
                map(OdooDialect.V17, Entity.SALES_ORDER_LINE, Recordings.searchReadResult("sale.order.line")).get(0));
        assertEquals(new PurchaseOrder(1, "P00001", "Wood Corner", 9L, PurchaseOrderState.RFQ,
                utc("2026-11-26T15:44:29"), utc("2026-11-29T15:44:29"), null),
                map(OdooDialect.V17, Entity.PURCHASE_ORDER, Recordings.searchReadResult("purchase.order")).get(0));
        assertEquals(new PurchaseOrderLine(1, 1L, 5L, 15.0, 0.0, "Units", utc("2026-11-29T15:44:29"), 79.8),
                map(OdooDialect.V17, Entity.PURCHASE_ORDER_LINE,
                        Recordings.searchReadResult("purchase.order.line")).get(0));
    }

    @Test
    void mapsLeavesAndSupplierInfo() {
        // resource.calendar.leaves was empty in the recorded database and product.supplierinfo was not recorded:
        // rows shaped as search_read returns them.
        JsonArray leaves = OdooJson.parse("""
                [{"id": 1, "name": "Christmas", "calendar_id": [1, "Standard 40 hours/week"], "resource_id": false,
                  "date_from": "2026-12-24 23:00:00", "date_to": "2026-12-25 22:59:59", "time_type": "leave"},
                 {"id": 2, "name": "WH/MO/00008 - Manual Assembly", "calendar_id": [1, "Standard 40 hours/week"],
                  "resource_id": [1, "Assembly Line 1"], "date_from": "2026-12-03 08:00:00",
                  "date_to": "2026-12-03 11:00:00", "time_type": "other"}]""").asJsonArray();
        JsonArray sellers = OdooJson.parse("""
                [{"id": 4, "product_id": false, "partner_id": [9, "Wood Corner"], "delay": 3, "min_qty": 10.0,
                  "price": 79.8, "date_start": "2026-01-01", "date_end": false, "sequence": 1}]""").asJsonArray();

        assertEquals(List.of(
                new CalendarLeave(1, 1L, null, "Christmas", utc("2026-12-24T23:00:00"), utc("2026-12-25T22:59:59"),
                        true),
                new CalendarLeave(2, 1L, 1L, "WH/MO/00008 - Manual Assembly", utc("2026-12-03T08:00:00"),
                        utc("2026-12-03T11:00:00"), false)),
                map(OdooDialect.V17, Entity.LEAVE, leaves));
        assertEquals(new SupplierInfo(4, null, "Wood Corner", 9L, 3, 10.0, 79.8, LocalDate.of(2026, 1, 1), null, 1),
                map(OdooDialect.V17, Entity.SUPPLIER_INFO, sellers).get(0));
    }

    // ---- coverage ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(OdooDialect.class)
    void everyEntityAndFieldIsMappedInEveryDialect(OdooDialect dialect) {
        OdooRecordMapper mapper = OdooRecordMapper.of(dialect);
        for (Entity<?> entity : Entity.ALL) {
            OdooModelMapping<?> mapping = mapper.mapping(entity);
            List<String> odooFields = mapping.odooFields(entity.fields());
            assertEquals("id", odooFields.get(0));
            // A row where Odoo says "false" for everything maps to nulls (booleans to false), with no type errors.
            var empty = OdooJson.JSON.createObjectBuilder().add("id", 7);
            odooFields.stream().skip(1).forEach(f -> empty.add(f, JsonValue.FALSE));
            Record record = mapping.toRecords(OdooJson.array(empty.build()), entity.fields(),
                    (model, ids, fields) -> fail("no related read for empty many2ones")).get(0);
            for (var component : entity.type().getRecordComponents()) {
                Object value;
                try {
                    value = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                if (component.getName().equals("id")) {
                    assertEquals(7L, value);
                } else if (component.getType() == Boolean.class && !entity.equals(Entity.LEAVE)) {
                    assertEquals(Boolean.FALSE, value, entity + "." + component.getName());
                } else {
                    assertNull(value, entity + "." + component.getName());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(OdooDialect.class)
    void filterOnlyFieldsAreFilterable(OdooDialect dialect) {
        OdooRecordMapper mapper = OdooRecordMapper.of(dialect);
        Map<Entity<?>, Collection<String>> filterOnly = Map.of(
                Entity.SALES_ORDER_LINE, List.of("warehouseId", "commitmentDate"),
                Entity.MANUFACTURING_ORDER, List.of("warehouseId"),
                Entity.PURCHASE_ORDER, List.of("warehouseId"),
                Entity.PURCHASE_ORDER_LINE, List.of("state"));
        filterOnly.forEach((entity, fields) -> fields.forEach(field -> {
            OdooFieldMapping mapping = mapper.mapping(entity).field(field);
            assertEquals(true, mapping != null && mapping.isFilterable(), entity + "." + field);
        }));
    }
}
