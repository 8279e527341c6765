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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Turns one changed Odoo record (already in Takt's entities) into the {@link ExecutionUpdate} the planner hears, and
 * says whether the record stays worth following for deletions. Pure: the names it needs come in {@link Lookups}.
 *
 * <ul>
 * <li>Manufacturing order: reference = its name, quantity = quantity being produced, state, scheduled start and
 * finish. Followed until DONE or CANCELLED.</li>
 * <li>Work order: reference = "MO name / work order name", location = its work center's name, quantity = quantity
 * still to produce. Followed until DONE or CANCELLED.</li>
 * <li>Stock: reference and location = the location's name, quantity = on hand. Always followed (a quant Odoo deletes
 * is stock gone to zero).</li>
 * <li>Purchase receipt: reference = "PO name / line id", quantity = received, start = the planned arrival. Followed
 * until fully received.</li>
 * <li>Sales delivery: reference = "SO name / line id", quantity = delivered, state. Followed until fully delivered or
 * cancelled.</li>
 * </ul>
 */
final class FeedbackMapper {

    /**
     * Names read from Odoo for one page.
     *
     * @param items       items by Odoo id (missing: unknown to Odoo)
     * @param orderNames  MO names by id (for work orders), PO names (receipts) or SO names (deliveries)
     * @param workCenters work center names by id
     */
    record Lookups(Map<Long, Item> items, Map<Long, String> orderNames, Map<Long, String> workCenters) {
        static final Lookups NONE = new Lookups(Map.of(), Map.of(), Map.of());
    }

    /**
     * One mapped change.
     *
     * @param update  the update for the planner
     * @param itemId  the Odoo item id it refers to, or null
     * @param followed true while the record should be remembered for deletion detection
     */
    record Mapped(ExecutionUpdate update, Long itemId, boolean followed) {
    }

    private FeedbackMapper() {
    }

    static Mapped map(FeedbackModel model, Record record, Instant changedAt, Lookups lookups) {
        return switch (model) {
            case MANUFACTURING_ORDER -> {
                ManufacturingOrder mo = (ManufacturingOrder) record;
                String state = mo.state() == null ? null : mo.state().name();
                yield new Mapped(new ExecutionUpdate(model.kind(), mo.id(), mo.name(), code(mo.itemId(), lookups),
                        null, decimal(mo.quantityProducing()), state, mo.scheduledStart(), mo.scheduledFinish(),
                        changedAt, false), mo.itemId(),
                        mo.state() != ManufacturingOrderState.DONE && mo.state() != ManufacturingOrderState.CANCELLED);
            }
            case WORK_ORDER -> {
                WorkOrder wo = (WorkOrder) record;
                String mo = wo.manufacturingOrderId() == null ? null : lookups.orderNames().get(wo.manufacturingOrderId());
                String reference = mo == null ? wo.name() : mo + " / " + wo.name();
                yield new Mapped(new ExecutionUpdate(model.kind(), wo.id(), reference, null,
                        wo.workCenterId() == null ? null : lookups.workCenters().get(wo.workCenterId()),
                        decimal(wo.quantityRemaining()), wo.state() == null ? null : wo.state().name(),
                        wo.scheduledStart(), wo.scheduledFinish(), changedAt, false), null,
                        wo.state() != WorkOrderState.DONE && wo.state() != WorkOrderState.CANCELLED);
            }
            case STOCK -> {
                StockPosition q = (StockPosition) record;
                yield new Mapped(new ExecutionUpdate(model.kind(), q.id(), q.location(), code(q.itemId(), lookups),
                        q.location(), decimal(q.onHand()), null, null, null, changedAt, false), q.itemId(), true);
            }
            case PURCHASE_RECEIPT -> {
                PurchaseOrderLine line = (PurchaseOrderLine) record;
                yield new Mapped(new ExecutionUpdate(model.kind(), line.id(), lineReference(line.orderId(), line.id(),
                        lookups), code(line.itemId(), lookups), null, decimal(line.quantityReceived()), null,
                        line.plannedDate(), null, changedAt, false), line.itemId(),
                        below(line.quantityReceived(), line.quantity()));
            }
            case SALES_DELIVERY -> {
                SalesOrderLine line = (SalesOrderLine) record;
                yield new Mapped(new ExecutionUpdate(model.kind(), line.id(), lineReference(line.orderId(), line.id(),
                        lookups), code(line.itemId(), lookups), null, decimal(line.quantityDelivered()),
                        line.state() == null ? null : line.state().name(), null, null, changedAt, false),
                        line.itemId(), line.state() != SalesOrderState.CANCELLED
                                && below(line.quantityDelivered(), line.quantity()));
            }
        };
    }

    /** The update telling the planner that a record was deleted in Odoo (found missing at {@code detectedAt}). */
    static ExecutionUpdate deleted(FeedbackModel model, long id, Instant detectedAt) {
        return new ExecutionUpdate(model.kind(), id, null, null, null, null, null, null, null, detectedAt, true);
    }

    /** The item's code, or null when Odoo does not know the item or it has no internal reference. */
    static ItemCode code(Long itemId, Lookups lookups) {
        if (itemId == null) {
            return null;
        }
        Item item = lookups.items().get(itemId);
        if (item == null || item.code() == null || item.code().isBlank()) {
            return null;
        }
        try {
            return new ItemCode(item.code());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lineReference(Long orderId, long lineId, Lookups lookups) {
        String order = orderId == null ? null : lookups.orderNames().get(orderId);
        return (order == null ? "line" : order + " / line") + " " + lineId;
    }

    private static boolean below(Double done, Double wanted) {
        return wanted != null && (done == null ? 0 : done) < wanted;
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros();
    }
}
