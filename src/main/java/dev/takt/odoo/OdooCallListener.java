package dev.takt.odoo;

import java.time.Duration;

/**
 * Told about every attempt of an Odoo call (each retry is an attempt), so that metrics or logs can be recorded
 * without the client knowing their APIs. Implementations must be fast and must not throw.
 */
@FunctionalInterface
public interface OdooCallListener {

    /** How an attempt ended. */
    enum Outcome {
        /** Odoo answered with a result. */
        OK,
        /** Failed in a way that may pass if tried again. */
        RETRIABLE,
        /** Failed in a way that will repeat. */
        PERMANENT;

        /** Lower-case form, for metric tags. */
        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param model    the Odoo model (for {@code execute_kw}) or the JSON-RPC service (e.g. {@code common})
     * @param method   the model's or the service's method
     * @param duration from sending the request to having the answer (or the failure)
     * @param outcome  how it ended
     */
    void onCall(String model, String method, Duration duration, Outcome outcome);
}
