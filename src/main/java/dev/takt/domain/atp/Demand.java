package dev.takt.domain.atp;

import java.time.Instant;
import java.util.Objects;

/**
 * Quantity of the item needed at an instant.
 *
 * <p>Give only what stock reservations do not already cover: a delivery whose goods are reserved is counted in
 * {@code reserved} on hand, and must not be counted again here.
 *
 * @param at        when it is needed
 * @param quantity  how much, 0 or more, in the item's unit
 * @param reference the source document, for people ({@code S00031})
 * @param committed true for promised demand (a confirmed sales order), which consumes ATP; false for demand not
 *                  promised yet (a quotation), which is reported but does not
 */
public record Demand(Instant at, double quantity, String reference, boolean committed) {

    public Demand {
        Objects.requireNonNull(reference, "reference");
        if (at == null) {
            throw new IllegalArgumentException("demand " + reference + " has no date");
        }
        if (!(quantity >= 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("demand " + reference + " has quantity " + quantity
                    + "; it must be 0 or more");
        }
    }
}
