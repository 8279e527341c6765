package dev.takt.domain;

import java.util.Objects;

/**
 * The demand a planning exception puts at risk: an item as a whole, a sales order line or a forecast line.
 *
 * @param kind      which kind of demand
 * @param reference the item's code, the sales order line ({@code S00042/7} or its Odoo id) or the forecast line
 *                  ({@code v12/37})
 */
public record DemandLink(Kind kind, String reference) {

    /** Kinds of demand. */
    public enum Kind { ITEM, SALES_ORDER_LINE, FORECAST_LINE }

    public DemandLink {
        Objects.requireNonNull(kind, "kind");
        reference = Text.clip(reference, 200);
        if (reference == null) {
            throw new IllegalArgumentException("a demand link needs a reference");
        }
    }
}
