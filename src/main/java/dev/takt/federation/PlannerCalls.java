package dev.takt.federation;

import java.util.function.Supplier;

/** Runs a read of the planning gateway, turning a store or connection failure into {@link PlannerUnavailableException}. */
final class PlannerCalls {

    private PlannerCalls() {
    }

    static <T> T call(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PlannerUnavailableException(
                    "The planner's data could not be read; Odoo-owned fields are unaffected", e);
        }
    }
}
