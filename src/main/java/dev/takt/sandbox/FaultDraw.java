package dev.takt.sandbox;

import java.util.List;

/**
 * Picks a fault from a uniform draw: each fault takes its share of [0, 1) in the order given, and a draw past every
 * share picks none. Shared by the Odoo and frePPLe sandboxes' fault configurations.
 */
public final class FaultDraw {

    /**
     * A fault and the share of calls it hits.
     *
     * @param ratio share of calls, in [0, 1]
     * @param fault the fault
     * @param <K>   the fault type
     */
    public record Share<K>(double ratio, K fault) {
    }

    private FaultDraw() {
    }

    /** The fault whose share holds {@code u}, or {@code none}. */
    public static <K> K pick(double u, K none, List<Share<K>> shares) {
        double edge = 0;
        for (Share<K> share : shares) {
            edge += share.ratio();
            if (u < edge) {
                return share.fault();
            }
        }
        return none;
    }
}
