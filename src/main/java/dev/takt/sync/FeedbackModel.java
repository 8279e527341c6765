package dev.takt.sync;

import dev.takt.domain.Entity;
import dev.takt.domain.ExecutionUpdate;

import java.util.Set;

/**
 * The Odoo records whose changes are fed back to the planner, one change cursor each: manufacturing orders, work
 * orders, stock positions (quants in internal locations), purchase order lines (receipts) and sales order lines
 * (deliveries). Each names the entity read, the fields read, and the kind of {@link ExecutionUpdate} it makes.
 */
public enum FeedbackModel {
    MANUFACTURING_ORDER(ExecutionUpdate.Kind.MANUFACTURING_ORDER, Entity.MANUFACTURING_ORDER,
            Set.of("id", "name", "state", "itemId", "quantity", "quantityProducing", "scheduledStart",
                    "scheduledFinish", "origin")),
    WORK_ORDER(ExecutionUpdate.Kind.WORK_ORDER, Entity.WORK_ORDER,
            Set.of("id", "manufacturingOrderId", "name", "workCenterId", "state", "scheduledStart", "scheduledFinish",
                    "quantityRemaining")),
    STOCK(ExecutionUpdate.Kind.STOCK, Entity.STOCK_POSITION,
            Set.of("id", "itemId", "warehouseId", "locationId", "location", "onHand", "reserved", "available")),
    PURCHASE_RECEIPT(ExecutionUpdate.Kind.PURCHASE_RECEIPT, Entity.PURCHASE_ORDER_LINE,
            Set.of("id", "orderId", "itemId", "quantity", "quantityReceived", "plannedDate")),
    SALES_DELIVERY(ExecutionUpdate.Kind.SALES_DELIVERY, Entity.SALES_ORDER_LINE,
            Set.of("id", "orderId", "itemId", "quantity", "quantityDelivered", "state"));

    private final ExecutionUpdate.Kind kind;
    private final Entity<?> entity;
    private final Set<String> fields;

    FeedbackModel(ExecutionUpdate.Kind kind, Entity<?> entity, Set<String> fields) {
        this.kind = kind;
        this.entity = entity;
        this.fields = fields;
    }

    public ExecutionUpdate.Kind kind() {
        return kind;
    }

    public Entity<?> entity() {
        return entity;
    }

    public Set<String> fields() {
        return fields;
    }

    /** The model whose changes make updates of {@code kind}. */
    public static FeedbackModel of(ExecutionUpdate.Kind kind) {
        for (FeedbackModel m : values()) {
            if (m.kind == kind) {
                return m;
            }
        }
        throw new IllegalArgumentException("no feedback model for " + kind);
    }

    /** The model that follows {@code entity}, or null. */
    public static FeedbackModel of(Entity<?> entity) {
        for (FeedbackModel m : values()) {
            if (m.entity == entity) {
                return m;
            }
        }
        return null;
    }
}
