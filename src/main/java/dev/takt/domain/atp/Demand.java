package dev.takt.domain.atp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The committed demand that {@code reserved} stock does not cover yet, when the reservations are all that is
     * known (Odoo's quants tell how much is reserved, not for which move). Rule: reserved stock serves the earliest
     * committed demand first (Odoo reserves the most urgent moves first), so it is taken off the committed demands
     * in date order (a demand partly covered keeps its remainder); uncommitted demand is never covered. Reserved
     * stock beyond the committed demand (reserved for manufacturing components, for instance) covers nothing here
     * and stays out of the available stock. The result keeps the input's order and drops fully covered demands.
     *
     * @param reserved quantity reserved on hand, 0 or more, in the demands' unit
     */
    public static List<Demand> notCoveredBy(double reserved, List<Demand> demand) {
        if (!(reserved >= 0) || Double.isInfinite(reserved)) {
            throw new IllegalArgumentException("reserved must be 0 or more, not " + reserved);
        }
        List<Demand> byDate = demand.stream().filter(Demand::committed)
                .sorted(Comparator.comparing(Demand::at)).toList();
        Map<Demand, Double> left = new IdentityHashMap<>();
        double cover = reserved;
        for (Demand d : byDate) {
            double taken = Math.min(cover, d.quantity());
            cover -= taken;
            left.put(d, d.quantity() - taken);
        }
        List<Demand> out = new ArrayList<>();
        for (Demand d : demand) {
            Double remaining = left.get(d);
            if (remaining == null) {
                out.add(d);
            } else if (remaining > 0) {
                out.add(remaining == d.quantity() ? d : new Demand(d.at(), remaining, d.reference(), true));
            }
        }
        return out;
    }
}
