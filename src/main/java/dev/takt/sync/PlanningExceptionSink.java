package dev.takt.sync;

/**
 * Where the workflows report what a planner must review: threshold breaches at forecast publication, planned orders
 * refused at release, schedule conflicts. The planning-exceptions store implements it
 * ({@link StoredPlanningExceptionSink}); a deployment without one would fall back on
 * {@link LoggingPlanningExceptionSink}, which only logs.
 *
 * <p>Called inside the workflow's transaction, so that an exception is stored with the workflow's other effects or
 * not at all.
 */
public interface PlanningExceptionSink {

    /** How urgent. */
    enum Severity {
        /** For information. */
        INFO,
        /** To review. */
        WARNING,
        /** Blocks execution until someone acts. */
        CRITICAL
    }

    /** The kinds the workflows raise. */
    final class Kinds {
        /** A published forecast changed an item by more than the threshold. */
        public static final String THRESHOLD_BREACH = "THRESHOLD_BREACH";
        /** A planned order could not be released to Odoo. */
        public static final String RELEASE_REJECTED = "RELEASE_REJECTED";
        /** Odoo changed an order since the schedule was planned against it. */
        public static final String SCHEDULE_CONFLICT = "SCHEDULE_CONFLICT";

        private Kinds() {
        }
    }

    /** The role that owns exceptions about plans (planners) and about purchases (buyers). */
    String PLANNER = "planner";

    /**
     * Raises one exception.
     *
     * @param kind      one of {@link Kinds}
     * @param severity  how urgent
     * @param ownerRole who must act, e.g. {@link #PLANNER}
     * @param message   what happened, in the owner's words
     * @param item      the item concerned, or null
     * @param reference the plan element or order concerned ({@code forecast v3}, {@code planned orders 12 line 4},
     *                  {@code WH/MO/00012}), or null
     */
    void raise(String kind, Severity severity, String ownerRole, String message, String item, String reference);
}
