package dev.takt.planning.nativeplan;

import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A stored {@link PlannedOrder} of a batch. Times are UTC. */
@Entity
@Table(name = "PLAN_PLANNED_ORDER")
@IdClass(LineKey.class)
class PlannedOrderRow {

    @Id
    @Column(name = "BATCH_NO")
    private int batch;

    @Id
    @Column(name = "LINE_NO")
    private int line;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORDER_TYPE", nullable = false, length = 16)
    private PlannedOrderType orderType;

    @Column(name = "ITEM_CODE", nullable = false, length = 64)
    private String item;

    @Column(name = "LOCATION", nullable = false, length = 64)
    private String location;

    @Column(name = "QUANTITY", nullable = false, precision = 19, scale = 6)
    private BigDecimal quantity;

    @Column(name = "UNIT_NAME", nullable = false, length = 64)
    private String unit;

    @Column(name = "START_AT", nullable = false)
    private LocalDateTime start;

    @Column(name = "DUE_AT", nullable = false)
    private LocalDateTime due;

    @Column(name = "DEMAND_REF", length = 200)
    private String demand;

    @Column(name = "SUPPLIER", length = 200)
    private String supplier;

    @Column(name = "ORIGIN_LOCATION", length = 64)
    private String origin;

    protected PlannedOrderRow() {
    }

    static PlannedOrderRow of(int batch, PlannedOrder order) {
        PlannedOrderRow row = new PlannedOrderRow();
        row.batch = batch;
        row.line = order.line();
        row.orderType = order.type();
        row.item = order.item().value();
        row.location = order.location();
        row.quantity = order.quantity().amount();
        row.unit = order.quantity().unit();
        row.start = Utc.of(order.start());
        row.due = Utc.of(order.due());
        row.demand = order.demand();
        row.supplier = order.supplier();
        row.origin = order.origin();
        return row;
    }

    PlannedOrder toDomain() {
        return new PlannedOrder(line, orderType, new ItemCode(item), location, new Quantity(quantity, unit),
                Utc.instant(start), Utc.instant(due), demand, supplier, origin);
    }
}
