package dev.takt.odoo;

import dev.takt.domain.Criterion;
import dev.takt.domain.Criterion.Operator;
import dev.takt.domain.Entity;
import dev.takt.domain.ItemType;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.Priority;
import dev.takt.domain.PurchaseOrderState;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Takt criteria → Odoo domains (compared as JSON, exactly as sent). */
class OdooCriteriaTest {

    private static JsonArray domain(OdooDialect dialect, Entity<?> entity, Criterion... criteria) {
        return OdooRecordMapper.of(dialect).mapping(entity).domain(List.of(criteria), List.of());
    }

    private static JsonArray json(String text) {
        return OdooJson.parse(text).asJsonArray();
    }

    @Test
    void translatesManufacturingOrderCriteriaPerDialect() {
        Criterion[] criteria = {
                Criterion.in("state", List.of(ManufacturingOrderState.CONFIRMED, ManufacturingOrderState.IN_PROGRESS)),
                Criterion.eq("warehouseId", 1L),
                Criterion.ge("scheduledStart", Instant.parse("2026-12-01T00:00:00Z")),
                Criterion.eq("priority", Priority.URGENT)};

        assertEquals(json("""
                [["state","in",["confirmed","progress"]],["picking_type_id.warehouse_id","=",1],
                 ["date_start",">=","2026-12-01 00:00:00"],["priority","=","1"]]"""),
                domain(OdooDialect.V17, Entity.MANUFACTURING_ORDER, criteria));
        assertEquals(json("""
                [["state","in",["confirmed","progress"]],["picking_type_id.warehouse_id","=",1],
                 ["date_planned_start",">=","2026-12-01 00:00:00"],["priority","=","1"]]"""),
                domain(OdooDialect.V16, Entity.MANUFACTURING_ORDER, criteria));
    }

    @Test
    void acceptsEnumNamesAndOtherInstantForms() {
        assertEquals(json("[[\"state\",\"=\",\"progress\"],[\"write_date\",\"<\",\"2026-12-01 08:30:00\"]]"),
                domain(OdooDialect.V17, Entity.MANUFACTURING_ORDER, Criterion.eq("state", "IN_PROGRESS"),
                        new Criterion("updatedAt", Operator.LT, "2026-12-01T09:30:00.250+01:00")));
    }

    @Test
    void containsIsIlikeAndEmptyIsFalse() {
        assertEquals(json("[[\"name\",\"ilike\",\"desk\"],[\"default_code\",\"=\",false],[\"uom_id\",\"ilike\",\"unit\"]]"),
                domain(OdooDialect.V17, Entity.ITEM, Criterion.contains("name", "desk"), Criterion.eq("code", null),
                        Criterion.contains("uom", "unit")));
    }

    @Test
    void defaultDomainsComeFirst() {
        assertEquals(json("[[\"location_id.usage\",\"=\",\"internal\"],[\"product_id\",\"in\",[5,8]]]"),
                domain(OdooDialect.V17, Entity.STOCK_POSITION, Criterion.in("itemId", List.of(5L, 8))));
        assertEquals(json("""
                [["display_type","=",false],["day_period","!=","lunch"],["dayofweek","=","0"],
                 ["date_to",">=","2026-12-01"]]"""),
                domain(OdooDialect.V17, Entity.ATTENDANCE, Criterion.eq("dayOfWeek", DayOfWeek.MONDAY),
                        Criterion.ge("validTo", LocalDate.of(2026, 12, 1))));
        assertEquals(json("[[\"display_type\",\"=\",false]]"), domain(OdooDialect.V17, Entity.SALES_ORDER_LINE));
    }

    @Test
    void filterOnlyFieldsFollowTheirPath() {
        assertEquals(json("""
                [["display_type","=",false],["order_id.warehouse_id","=",2],
                 ["order_id.commitment_date","<=","2026-12-31 23:59:59"],["state","=","sale"]]"""),
                domain(OdooDialect.V17, Entity.SALES_ORDER_LINE, Criterion.eq("warehouseId", 2),
                        Criterion.le("commitmentDate", Instant.parse("2026-12-31T23:59:59Z")),
                        Criterion.eq("state", "CONFIRMED")));
        assertEquals(json("[[\"display_type\",\"=\",false],[\"state\",\"not in\",[\"draft\",\"cancel\"]]]"),
                domain(OdooDialect.V17, Entity.PURCHASE_ORDER_LINE, new Criterion("state", Operator.NOT_IN,
                        List.of(PurchaseOrderState.RFQ, PurchaseOrderState.CANCELLED))));
        assertEquals(json("[[\"picking_type_id.warehouse_id\",\"=\",1],[\"state\",\"=\",\"purchase\"]]"),
                domain(OdooDialect.V17, Entity.PURCHASE_ORDER, Criterion.eq("warehouseId", 1),
                        Criterion.eq("state", PurchaseOrderState.CONFIRMED)));
    }

    @Test
    void absenceIsTheLeaveTimeType() {
        assertEquals(json("[[\"time_type\",\"=\",\"leave\"]]"),
                domain(OdooDialect.V17, Entity.LEAVE, Criterion.eq("absence", true)));
        assertEquals(json("[[\"time_type\",\"=\",\"other\"]]"),
                domain(OdooDialect.V17, Entity.LEAVE, Criterion.eq("absence", false)));
    }

    @Test
    void storableMeansProductUpTo17AndConsumableTrackedFrom18() {
        assertEquals(json("[[\"type\",\"=\",\"product\"]]"),
                domain(OdooDialect.V17, Entity.ITEM, Criterion.eq("type", ItemType.STORABLE)));
        assertEquals(json("[\"&\",[\"type\",\"=\",\"consu\"],[\"is_storable\",\"=\",true]]"),
                domain(OdooDialect.V18, Entity.ITEM, Criterion.eq("type", ItemType.STORABLE)));
        assertEquals(json("""
                ["|","&",["type","=","consu"],["is_storable","=",true],["type","=","service"]]"""),
                domain(OdooDialect.V18, Entity.ITEM, Criterion.in("type", List.of(ItemType.STORABLE, "SERVICE"))));
        assertEquals(json("""
                ["!","&",["type","=","consu"],["is_storable","=",false]]"""),
                domain(OdooDialect.V18, Entity.ITEM, new Criterion("type", Operator.NE, ItemType.CONSUMABLE)));
    }

    @Test
    void aBomsItemMatchesItsVariantOrItsTemplatesVariants() {
        assertEquals(json("""
                ["|",["product_id","in",[8]],"&",["product_id","=",false],
                 ["product_tmpl_id.product_variant_ids","in",[8]]]"""),
                domain(OdooDialect.V17, Entity.BOM, Criterion.eq("itemId", 8L)));
        assertEquals(json("""
                ["!","|",["product_id","in",[8,9]],"&",["product_id","=",false],
                 ["product_tmpl_id.product_variant_ids","in",[8,9]]]"""),
                domain(OdooDialect.V17, Entity.BOM, new Criterion("itemId", Operator.NOT_IN, List.of(8, 9))));
        assertEquals(json("""
                ["|",["product_id","ilike","desk"],"&",["product_id","=",false],["product_tmpl_id","ilike","desk"]]"""),
                domain(OdooDialect.V17, Entity.BOM, Criterion.contains("itemName", "desk")));
        assertEquals(json("[[\"product_tmpl_id.produce_delay\",\">\",3]]"),
                domain(OdooDialect.V16, Entity.BOM, new Criterion("produceDelayDays", Operator.GT, 3)));
        assertEquals(json("[[\"produce_delay\",\">\",3]]"),
                domain(OdooDialect.V17, Entity.BOM, new Criterion("produceDelayDays", Operator.GT, 3)));
    }

    @Test
    void refusesCriteriaOdooCannotAnswer() {
        var computed = assertThrows(IllegalArgumentException.class, () -> domain(OdooDialect.V17,
                Entity.STOCK_POSITION, Criterion.ge("available", 1.0)));
        assertTrue(computed.getMessage().startsWith("StockPosition.available cannot be used as a filter"),
                computed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> domain(OdooDialect.V17, Entity.SALES_ORDER,
                Criterion.ge("expectedDate", Instant.EPOCH)));

        var text = assertThrows(IllegalArgumentException.class, () -> domain(OdooDialect.V17,
                Entity.MANUFACTURING_ORDER, Criterion.contains("state", "conf")));
        assertEquals("cannot filter ManufacturingOrder.state CONTAINS conf: it is not text", text.getMessage());

        var order = assertThrows(IllegalArgumentException.class, () -> domain(OdooDialect.V17,
                Entity.MANUFACTURING_ORDER, new Criterion("state", Operator.LT, ManufacturingOrderState.DONE)));
        assertEquals("cannot filter ManufacturingOrder.state LT DONE: its values have no order", order.getMessage());

        var wrongEnum = assertThrows(IllegalArgumentException.class, () -> domain(OdooDialect.V17,
                Entity.MANUFACTURING_ORDER, Criterion.eq("state", "RUNNING")));
        assertTrue(wrongEnum.getMessage().contains("'RUNNING' is not a ManufacturingOrderState"),
                wrongEnum.getMessage());

        var wrongType = assertThrows(IllegalArgumentException.class, () -> domain(OdooDialect.V17,
                Entity.MANUFACTURING_ORDER, Criterion.eq("quantity", "three")));
        assertEquals("cannot filter ManufacturingOrder.quantity EQ three: expected a number, got 'three'",
                wrongType.getMessage());
    }
}
