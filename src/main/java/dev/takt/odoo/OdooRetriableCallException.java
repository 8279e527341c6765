package dev.takt.odoo;

import dev.takt.odoo.OdooErrorClassifier.Classification;

/** An Odoo call failed in a way that may pass if tried again: Fault Tolerance retries it. */
public class OdooRetriableCallException extends OdooCallException {
    private static final long serialVersionUID = 1L;

    OdooRetriableCallException(String message, String odooErrorName, int httpStatus, String model, String method,
            Throwable cause, boolean outcomeUnknown) {
        super(message, odooErrorName, httpStatus, model, method, cause, outcomeUnknown);
    }

    @Override
    public Classification classification() {
        return Classification.RETRIABLE;
    }
}
