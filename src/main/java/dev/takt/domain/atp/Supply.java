package dev.takt.domain.atp;

import java.time.Instant;
import java.util.Objects;

/**
 * Quantity of the item expected at an instant.
 *
 * @param at        when it becomes available
 * @param quantity  how much, 0 or more, in the item's unit
 * @param kind      manufacturing order, purchase order or planned order
 * @param reference the source document, for people ({@code WH/MO/00042}, {@code P00017})
 */
public record Supply(Instant at, double quantity, SupplyKind kind, String reference) {

    public Supply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (at == null) {
            throw new IllegalArgumentException("supply " + reference + " has no date");
        }
        if (!(quantity >= 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("supply " + reference + " has quantity " + quantity
                    + "; it must be 0 or more");
        }
    }
}
