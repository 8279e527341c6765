package dev.takt.domain;

/**
 * A min/max replenishment rule.
 *
 * @param id          identifier
 * @param name        reference
 * @param itemId      the item
 * @param warehouseId the warehouse
 * @param locationId  the location it replenishes
 * @param trigger     {@code auto} or {@code manual}
 * @param minimum     reorder point
 * @param maximum     order-up-to level
 * @param multiple    order quantities are rounded up to this multiple
 * @param active      false when archived
 */
public record ReorderRule(long id, String name, Long itemId, Long warehouseId, Long locationId, String trigger,
        Double minimum, Double maximum, Double multiple, Boolean active) {
}
