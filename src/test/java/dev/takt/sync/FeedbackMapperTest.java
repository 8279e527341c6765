package dev.takt.sync;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.Item;
import dev.takt.domain.ItemCode;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackMapperTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:05Z");
    private static final Instant START = Instant.parse("2026-03-03T07:00:00Z");
    private static final FeedbackMapper.Lookups LOOKUPS = new FeedbackMapper.Lookups(
            Map.of(1L, new Item(1, "FURN_0001", "Desk", null, "Units", 1L, 10.0, 2.0, true),
                    2L, new Item(2, null, "Sample without reference", null, "Units", 1L, 1.0, 0.0, true)),
            Map.of(42L, "WH/MO/00042", 5L, "P00005", 6L, "S00006"), Map.of(3L, "Saw 1"));

    @Test
    void aManufacturingOrderBecomesItsStateAndOutput() {
        var mo = new ManufacturingOrder(42, "WH/MO/00042", ManufacturingOrderState.IN_PROGRESS, 1L, 9L, 10.0, 4.0,
                "Units", START, START.plusSeconds(3600), null, null, null, null, "TAKT:k", T);
        var m = FeedbackMapper.map(FeedbackModel.MANUFACTURING_ORDER, mo, T, LOOKUPS);
        ExecutionUpdate u = m.update();
        assertEquals(ExecutionUpdate.Kind.MANUFACTURING_ORDER, u.kind());
        assertEquals(42, u.odooId());
        assertEquals("WH/MO/00042", u.reference());
        assertEquals(new ItemCode("FURN_0001"), u.item());
        assertEquals(0, new BigDecimal("4").compareTo(u.quantity()));
        assertEquals("IN_PROGRESS", u.state());
        assertEquals(START, u.start());
        assertEquals(T, u.changedAt());
        assertFalse(u.deleted());
        assertTrue(m.followed());
        var doneMo = new ManufacturingOrder(42, "WH/MO/00042", ManufacturingOrderState.DONE, 1L, 9L, 10.0, 10.0,
                "Units", START, START, null, null, null, null, null, T);
        assertFalse(FeedbackMapper.map(FeedbackModel.MANUFACTURING_ORDER, doneMo, T, LOOKUPS).followed(),
                "a finished order is no longer followed for deletions");
    }

    @Test
    void aWorkOrderNamesItsOrderAndWorkCenter() {
        var wo = new WorkOrder(7, 42L, "Cutting", 3L, 11L, WorkOrderState.DONE, START, START, 60.0, 55.0, 0.0);
        var u = FeedbackMapper.map(FeedbackModel.WORK_ORDER, wo, T, LOOKUPS);
        assertEquals("WH/MO/00042 / Cutting", u.update().reference());
        assertEquals("Saw 1", u.update().location());
        assertEquals("DONE", u.update().state());
        assertFalse(u.followed());
    }

    @Test
    void stockIsTheOnHandOfALocation() {
        var q = new StockPosition(9, 1L, 1L, 12L, "WH/Stock", 7.5, 2.0, 5.5, "Units");
        var u = FeedbackMapper.map(FeedbackModel.STOCK, q, T, LOOKUPS).update();
        assertEquals("WH/Stock", u.location());
        assertEquals(0, new BigDecimal("7.5").compareTo(u.quantity()));
        assertNull(u.state());
    }

    @Test
    void receiptsAndDeliveriesAreFollowedUntilComplete() {
        var open = new PurchaseOrderLine(50, 5L, 1L, 10.0, 4.0, "Units", START, 3.0);
        var m = FeedbackMapper.map(FeedbackModel.PURCHASE_RECEIPT, open, T, LOOKUPS);
        assertEquals("P00005 / line 50", m.update().reference());
        assertEquals(0, new BigDecimal("4").compareTo(m.update().quantity()));
        assertEquals(START, m.update().start());
        assertTrue(m.followed());
        var received = new PurchaseOrderLine(50, 5L, 1L, 10.0, 10.0, "Units", START, 3.0);
        assertFalse(FeedbackMapper.map(FeedbackModel.PURCHASE_RECEIPT, received, T, LOOKUPS).followed());

        var delivering = new SalesOrderLine(60, 6L, 1L, "Desk", 3.0, 1.0, "Units", 2.0, SalesOrderState.CONFIRMED);
        var d = FeedbackMapper.map(FeedbackModel.SALES_DELIVERY, delivering, T, LOOKUPS);
        assertEquals("S00006 / line 60", d.update().reference());
        assertEquals("CONFIRMED", d.update().state());
        assertTrue(d.followed());
        var cancelled = new SalesOrderLine(60, 6L, 1L, "Desk", 3.0, 1.0, "Units", 2.0, SalesOrderState.CANCELLED);
        assertFalse(FeedbackMapper.map(FeedbackModel.SALES_DELIVERY, cancelled, T, LOOKUPS).followed());
    }

    @Test
    void anItemWithoutReferenceOrUnknownHasNoCodeButKeepsItsId() {
        var line = new PurchaseOrderLine(51, 5L, 2L, 1.0, 0.0, "Units", START, 1.0);
        var m = FeedbackMapper.map(FeedbackModel.PURCHASE_RECEIPT, line, T, LOOKUPS);
        assertNull(m.update().item());
        assertEquals(2L, m.itemId());
        var unknown = new PurchaseOrderLine(52, 99L, 77L, 1.0, 0.0, "Units", START, 1.0);
        var u = FeedbackMapper.map(FeedbackModel.PURCHASE_RECEIPT, unknown, T, LOOKUPS);
        assertNull(u.update().item());
        assertEquals("line 52", u.update().reference());
    }

    @Test
    void aDeletionCarriesOnlyKindIdAndTime() {
        var u = FeedbackMapper.deleted(FeedbackModel.STOCK, 9, T);
        assertTrue(u.deleted());
        assertEquals(ExecutionUpdate.Kind.STOCK, u.kind());
        assertNull(u.quantity());
    }
}
