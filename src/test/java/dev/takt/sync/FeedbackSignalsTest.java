package dev.takt.sync;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.StockPosition;
import dev.takt.domain.event.ProductionStatusChanged;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackSignalsTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:05Z");

    private static ExecutionUpdate mo(String state, String qty) {
        return new ExecutionUpdate(ExecutionUpdate.Kind.MANUFACTURING_ORDER, 42, "WH/MO/00042", null, null,
                qty == null ? null : new BigDecimal(qty), state, null, null, T, false);
    }

    @Test
    void aStateChangeMakesAProductionEventAndARepeatDoesNot() {
        var previous = new FeedbackSignals.Known("CONFIRMED", new BigDecimal("0"));
        ProductionStatusChanged e = FeedbackSignals.productionEvent(mo("IN_PROGRESS", "0"), previous, false, null,
                null, "FURN_0001").orElseThrow();
        assertEquals("WH/MO/00042", e.manufacturingOrder());
        assertEquals("IN_PROGRESS", e.state());
        assertNull(e.workOrder());
        assertEquals("FURN_0001", e.item());
        assertEquals(T, e.at());
        // same state, same quantity written as 0.00: no news
        assertTrue(FeedbackSignals.productionEvent(mo("CONFIRMED", "0.00"), previous, false, null, null, null)
                .isEmpty());
    }

    @Test
    void outputChangesAreNewsToo() {
        var previous = new FeedbackSignals.Known("IN_PROGRESS", new BigDecimal("3"));
        var e = FeedbackSignals.productionEvent(mo("IN_PROGRESS", "5"), previous, false, null, null, null);
        assertEquals(new BigDecimal("5"), e.orElseThrow().quantityProduced());
    }

    @Test
    void theInitialLoadIsNotNewsButARecordFirstSeenLaterIs() {
        assertTrue(FeedbackSignals.productionEvent(mo("DONE", "5"), null, true, null, null, null).isEmpty());
        assertEquals("DONE", FeedbackSignals.productionEvent(mo("DONE", "5"), null, false, null, null, null)
                .orElseThrow().state());
    }

    @Test
    void aWorkOrderEventNamesItsManufacturingOrderAndWorkCenter() {
        var wo = new ExecutionUpdate(ExecutionUpdate.Kind.WORK_ORDER, 7, "WH/MO/00042 / Cutting", null, "Saw 1", null,
                "DONE", null, null, T, false);
        var e = FeedbackSignals.productionEvent(wo, new FeedbackSignals.Known("IN_PROGRESS", null), false,
                "WH/MO/00042", "Saw 1", null).orElseThrow();
        assertEquals("WH/MO/00042", e.manufacturingOrder());
        assertEquals(7L, e.workOrder());
        assertEquals("Saw 1", e.workCenter());
        assertNull(e.quantityProduced());
    }

    @Test
    void stockAndDeletionsMakeNoProductionEvent() {
        var stock = new ExecutionUpdate(ExecutionUpdate.Kind.STOCK, 9, "WH/Stock", null, "WH/Stock", BigDecimal.ONE,
                null, null, null, T, false);
        assertTrue(FeedbackSignals.productionEvent(stock, null, false, null, null, null).isEmpty());
        var gone = new ExecutionUpdate(ExecutionUpdate.Kind.MANUFACTURING_ORDER, 42, null, null, null, null, null,
                null, null, T, true);
        assertTrue(FeedbackSignals.productionEvent(gone, null, false, null, null, null).isEmpty());
    }

    private static StockPosition quant(long id, long item, long warehouse, double onHand, double reserved) {
        return new StockPosition(id, item, warehouse, 100L + warehouse, "WH" + warehouse + "/Stock", onHand, reserved,
                onHand - reserved, "Units");
    }

    private static ReorderRule rule(long item, long warehouse, double min) {
        return new ReorderRule(item, "OP/" + item, item, warehouse, 100L + warehouse, "auto", min, min * 2, 1.0, true);
    }

    @Test
    void onHandBelowTheReorderMinimumIsAShortageByTheDifference() {
        // item 1 in warehouse 1: 4 + 3.5 = 7.5 on hand, minimum 10 -> short by 2.5
        // item 1 in warehouse 2: 12 on hand, minimum 10 -> not short
        // item 2 in warehouse 1: no rule, 2 on hand, 5 reserved -> available -3: short by 3
        // item 3 in warehouse 1: no rule, 1 on hand, 1 reserved -> available 0: not short
        // item 4 in warehouse 1: a rule (minimum 6) and no stock at all -> short by 6
        var found = FeedbackSignals.shortages(List.of(quant(1, 1, 1, 4, 0), quant(2, 1, 1, 3.5, 1),
                        quant(3, 1, 2, 12, 0), quant(4, 2, 1, 2, 5), quant(5, 3, 1, 1, 1)),
                List.of(rule(1, 1, 10), rule(1, 2, 10), rule(4, 1, 6)));
        assertEquals(3, found.size(), found::toString);
        assertEquals(1, found.get(0).itemId());
        assertEquals(1L, found.get(0).warehouseId());
        assertEquals(0, new BigDecimal("2.5").compareTo(found.get(0).shortBy()));
        assertEquals("on hand 7.5 is below the reorder minimum 10", found.get(0).reason());
        assertEquals(2, found.get(1).itemId());
        assertEquals(0, new BigDecimal("3").compareTo(found.get(1).shortBy()));
        assertEquals("reserved 5 exceeds on hand 2", found.get(1).reason());
        assertEquals(4, found.get(2).itemId());
        assertEquals(0, new BigDecimal("6").compareTo(found.get(2).shortBy()));
    }

    @Test
    void anArchivedRuleDoesNotCount() {
        var archived = new ReorderRule(1, "OP/1", 1L, 1L, 101L, "auto", 10.0, 20.0, 1.0, false);
        assertTrue(FeedbackSignals.shortages(List.of(quant(1, 1, 1, 4, 0)), List.of(archived)).isEmpty());
    }

    @Test
    void theTaktTokenIsTheFirstWordOfTheOrigin() {
        assertEquals("TAKT:po-7", FeedbackSignals.originToken("TAKT:po-7 released by plan 12"));
        assertEquals("TAKT:po-7", FeedbackSignals.originToken("  TAKT:po-7"));
        assertNull(FeedbackSignals.originToken("OP/00361"));
        assertNull(FeedbackSignals.originToken("TAKT:"));
        assertNull(FeedbackSignals.originToken(null));
    }

    private static ManufacturingOrder done(long id, String origin, ManufacturingOrderState state) {
        return new ManufacturingOrder(id, "MO" + id, state, 1L, null, 1.0, 1.0, "Units", null, null, null, null, null,
                null, origin, null);
    }

    @Test
    void twoDoneOrdersWithOneTokenAreADuplicateProduction() {
        Map<String, List<ManufacturingOrder>> dup = FeedbackSignals.duplicates(List.of(
                done(5, "TAKT:k1", ManufacturingOrderState.DONE),
                done(3, "TAKT:k1 second try", ManufacturingOrderState.DONE),
                done(6, "TAKT:k10", ManufacturingOrderState.DONE), // contains "TAKT:k1" but is another token
                done(7, "TAKT:k2", ManufacturingOrderState.DONE),
                done(8, "TAKT:k2", ManufacturingOrderState.CANCELLED), // not produced
                done(9, "OP/1", ManufacturingOrderState.DONE)));
        assertEquals(List.of("TAKT:k1"), List.copyOf(dup.keySet()));
        assertEquals(List.of(3L, 5L), dup.get("TAKT:k1").stream().map(ManufacturingOrder::id).toList());
    }

    @Test
    void theSameOrderReadTwiceIsNotADuplicate() {
        assertTrue(FeedbackSignals.duplicates(List.of(done(5, "TAKT:k1", ManufacturingOrderState.DONE),
                done(5, "TAKT:k1", ManufacturingOrderState.DONE))).isEmpty());
    }
}
