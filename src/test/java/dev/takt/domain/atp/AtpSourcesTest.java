package dev.takt.domain.atp;

import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.SalesOrder;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import dev.takt.domain.uom.Unit;
import dev.takt.domain.uom.UnitConversion;
import dev.takt.domain.uom.UnitConversionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtpSourcesTest {

    private static final double EPS = 1e-9;
    private static final Instant APRIL_1 = Instant.parse("2026-04-01T08:00:00Z");
    private static final Instant APRIL_22 = Instant.parse("2026-04-22T10:00:00Z");

    private static final AtpSources SOURCES = new AtpSources(UnitConversion.of(List.of(
            Unit.reference("Units", "Unit"), Unit.bigger("Dozens", "Unit", 12), Unit.reference("kg", "Weight"))),
            "Units");

    @Test
    void stockIsSummedInTheItemsUnit() {
        // 10 Units (2 reserved) + 1 Dozen (0.5 reserved) = 22 on hand, 2 + 6 = 8 reserved
        AtpSources.Stock stock = SOURCES.stock(List.of(
                new StockPosition(1, 5L, 1L, 8L, "WH/Stock", 10.0, 2.0, 8.0, "Units"),
                new StockPosition(2, 5L, 1L, 9L, "WH/Stock/Shelf 1", 1.0, 0.5, 0.5, "Dozens")));
        assertEquals(22.0, stock.onHand(), EPS);
        assertEquals(8.0, stock.reserved(), EPS);
    }

    @Test
    void aPurchaseLineBringsWhatIsLeftToReceive() {
        // 2 Dozens ordered, 0.5 Dozen received: 1.5 x 12 = 18 Units
        Supply s = SOURCES.purchase(new PurchaseOrderLine(31, 17L, 5L, 2.0, 0.5, "Dozens", APRIL_1, 4.0), "P00017");
        assertEquals(18.0, s.quantity(), EPS);
        assertEquals(SupplyKind.PO, s.kind());
        assertEquals(APRIL_1, s.at());
        assertEquals("P00017 line 31", s.reference());
    }

    @Test
    void aManufacturingOrderBringsItsOutputAtItsFinish() {
        Supply s = SOURCES.manufacturing(mo(ManufacturingOrderState.CONFIRMED));
        assertEquals(20.0, s.quantity(), EPS);
        assertEquals(APRIL_22, s.at());
        assertEquals(SupplyKind.MO, s.kind());
        assertThrows(IllegalArgumentException.class, () -> SOURCES.manufacturing(mo(ManufacturingOrderState.DONE)));
    }

    @Test
    void salesLinesAreDemandCommittedOnceConfirmed() {
        // 3 Dozens ordered, 1 Dozen delivered: 2 x 12 = 24 Units, at the commitment date
        SalesOrderLine line = new SalesOrderLine(51, 31L, 5L, "Chair", 3.0, 1.0, "Dozens", 7.0,
                SalesOrderState.CONFIRMED);
        Demand d = SOURCES.sales(line, order(SalesOrderState.CONFIRMED, APRIL_22, APRIL_1));
        assertEquals(24.0, d.quantity(), EPS);
        assertEquals(APRIL_22, d.at());
        assertTrue(d.committed());
        assertEquals("S00031 line 51", d.reference());

        // a quotation without a commitment date: at its expected date, not committed
        Demand q = SOURCES.sales(line, order(SalesOrderState.QUOTATION_SENT, null, APRIL_1));
        assertEquals(APRIL_1, q.at());
        assertFalse(q.committed());

        assertThrows(IllegalArgumentException.class,
                () -> SOURCES.sales(line, order(SalesOrderState.CANCELLED, APRIL_22, APRIL_1)));
    }

    @Test
    void quantitiesWithoutAUnitOrInAnotherCategoryAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SOURCES.purchase(
                new PurchaseOrderLine(32, 17L, 5L, 2.0, 0.0, null, APRIL_1, 4.0), "P00017"));
        assertTrue(e.getMessage().contains("P00017 line 32") && e.getMessage().contains("no unit"), e.getMessage());

        UnitConversionException c = assertThrows(UnitConversionException.class, () -> SOURCES.purchase(
                new PurchaseOrderLine(33, 17L, 5L, 2.0, 0.0, "kg", APRIL_1, 4.0), "P00017"));
        assertEquals("kg", c.from());
        assertEquals("Units", c.to());
    }

    private static ManufacturingOrder mo(ManufacturingOrderState state) {
        return new ManufacturingOrder(42, "WH/MO/00042", state, 5L, 3L, 20.0, 0.0, "Units",
                Instant.parse("2026-04-20T06:00:00Z"), APRIL_22, null, null, null, null, null, null);
    }

    private static SalesOrder order(SalesOrderState state, Instant commitment, Instant expected) {
        return new SalesOrder(31, "S00031", "Deco Addict", state, APRIL_1, commitment, expected, 1L, null);
    }
}
