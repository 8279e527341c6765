package dev.takt.domain.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Odoo reports a manufacturing order (or one of its work orders) in a new state or with new output.
 *
 * @param manufacturingOrder the manufacturing order's reference
 * @param workOrder          the work order's id when the change was of one, else null
 * @param state              the new state, in Takt's words (e.g. CONFIRMED, PROGRESS, DONE)
 * @param quantityProduced   the quantity produced so far, or null when unknown
 */
public record ProductionStatusChanged(Instant at, String manufacturingOrder, Long workOrder, String state,
        BigDecimal quantityProduced, String item, String workCenter, String plant) implements TaktEvent {
}
