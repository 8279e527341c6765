package dev.takt.domain.atp;

import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.SalesOrder;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.SalesOrderState;
import dev.takt.domain.StockPosition;
import dev.takt.domain.uom.UnitConversion;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Turns Takt's order and stock records into ATP inputs in the item's unit, converting every quantity explicitly.
 * A record whose unit, date or quantity is missing, or whose state carries no open quantity, is refused by name.
 */
public final class AtpSources {

    private final UnitConversion units;
    private final String itemUnit;

    /**
     * @param units    the known units
     * @param itemUnit the item's stock unit, in which every ATP quantity is expressed
     */
    public AtpSources(UnitConversion units, String itemUnit) {
        this.units = Objects.requireNonNull(units, "units");
        this.itemUnit = Objects.requireNonNull(itemUnit, "itemUnit");
    }

    /**
     * Stock on hand and reserved.
     *
     * @param onHand   quantity on hand
     * @param reserved quantity reserved
     */
    public record Stock(double onHand, double reserved) {
    }

    /** On hand and reserved summed over stock positions (internal locations), in the item's unit. */
    public Stock stock(Collection<StockPosition> positions) {
        double onHand = 0;
        double reserved = 0;
        for (StockPosition p : positions) {
            String what = "stock position " + p.id() + (p.location() == null ? "" : " (" + p.location() + ")");
            onHand += toItemUnit(required(p.onHand(), what, "on hand quantity"), p.uom(), what);
            reserved += toItemUnit(p.reserved() == null ? 0.0 : p.reserved(), p.uom(), what);
        }
        return new Stock(onHand, reserved);
    }

    /**
     * A purchase order line's quantity left to receive, at its planned date.
     *
     * @param orderName the order's reference, for people ({@code P00017}); null to use the line's id
     */
    public Supply purchase(PurchaseOrderLine line, String orderName) {
        String what = (orderName == null ? "purchase order" : orderName) + " line " + line.id();
        double open = required(line.quantity(), what, "quantity")
                - (line.quantityReceived() == null ? 0.0 : line.quantityReceived());
        return new Supply(required(line.plannedDate(), what, "planned date"),
                Math.max(0.0, toItemUnit(open, line.uom(), what)), SupplyKind.PO, what);
    }

    /** A manufacturing order's output at its planned finish. */
    public Supply manufacturing(ManufacturingOrder mo) {
        String what = mo.name() == null ? "manufacturing order " + mo.id() : mo.name();
        if (mo.state() == ManufacturingOrderState.DONE || mo.state() == ManufacturingOrderState.CANCELLED) {
            throw new IllegalArgumentException(what + " is " + mo.state().name().toLowerCase()
                    + "; it brings no more supply");
        }
        return new Supply(required(mo.scheduledFinish(), what, "planned finish"),
                toItemUnit(required(mo.quantity(), what, "quantity"), mo.uom(), what), SupplyKind.MO, what);
    }

    /**
     * A sales order line's quantity left to deliver, at the order's commitment date, or its expected date when
     * no date was promised. Confirmed and locked orders are committed; quotations are not.
     */
    public Demand sales(SalesOrderLine line, SalesOrder order) {
        String what = (order.name() == null ? "sales order " + order.id() : order.name()) + " line " + line.id();
        SalesOrderState state = required(order.state(), what, "state");
        if (state == SalesOrderState.CANCELLED) {
            throw new IllegalArgumentException(what + " is cancelled; it is no demand");
        }
        Instant at = order.commitmentDate() != null ? order.commitmentDate() : order.expectedDate();
        double open = required(line.quantity(), what, "quantity")
                - (line.quantityDelivered() == null ? 0.0 : line.quantityDelivered());
        boolean committed = state == SalesOrderState.CONFIRMED || state == SalesOrderState.DONE;
        return new Demand(required(at, what, "commitment or expected date"),
                Math.max(0.0, toItemUnit(open, line.uom(), what)), what, committed);
    }

    private double toItemUnit(double quantity, String uom, String what) {
        if (uom == null) {
            throw new IllegalArgumentException(what + " has no unit of measure; its quantity cannot be converted to "
                    + itemUnit);
        }
        return units.convert(quantity, uom, itemUnit);
    }

    private static <T> T required(T value, String what, String field) {
        if (value == null) {
            throw new IllegalArgumentException(what + " has no " + field);
        }
        return value;
    }
}
