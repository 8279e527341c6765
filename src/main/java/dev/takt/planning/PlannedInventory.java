package dev.takt.planning;

import dev.takt.domain.ItemCode;
import dev.takt.domain.Quantity;
import dev.takt.domain.time.DateBucket;

/**
 * The planner's projection of an item's inventory at a location in one bucket.
 *
 * @param item            the item
 * @param location        the warehouse code
 * @param bucket          the bucket
 * @param projectedOnHand on hand at the end of the bucket, as the planner projects it
 * @param safetyStock     the planner's safety stock for the bucket, or null
 */
public record PlannedInventory(ItemCode item, String location, DateBucket bucket, Quantity projectedOnHand,
        Quantity safetyStock) {
}
