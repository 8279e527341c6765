package dev.takt.domain;

import java.time.Instant;

/**
 * A production order executing a bill of materials.
 *
 * @param id                    identifier
 * @param name                  reference (e.g. {@code WH/MO/00001})
 * @param state                 lifecycle state
 * @param itemId                the item produced
 * @param bomId                 the bill of materials used
 * @param quantity              quantity to produce
 * @param quantityProducing     quantity currently being produced
 * @param uom                   unit of the quantities
 * @param scheduledStart        planned start
 * @param scheduledFinish       planned finish
 * @param deadline              date the output is needed by, if any
 * @param priority              normal or urgent
 * @param componentAvailability whether components are reserved, as the system of record words it
 * @param reservationState      reservation state of the components
 * @param origin                source document (a sales order, a reorder rule, or a Takt reference)
 * @param updatedAt             last modification time
 */
public record ManufacturingOrder(long id, String name, ManufacturingOrderState state, Long itemId, Long bomId,
        Double quantity, Double quantityProducing, String uom, Instant scheduledStart, Instant scheduledFinish,
        Instant deadline, Priority priority, String componentAvailability, String reservationState, String origin,
        Instant updatedAt) {
}
