package dev.takt.odoo;

import dev.takt.odoo.OdooErrorClassifier.Classification;

/** An Odoo call failed in a way that will repeat: Fault Tolerance aborts at once and the circuit ignores it. */
public class OdooPermanentCallException extends OdooCallException {
    private static final long serialVersionUID = 1L;

    OdooPermanentCallException(String message, String odooErrorName, int httpStatus, String model, String method,
            Throwable cause, boolean outcomeUnknown) {
        super(message, odooErrorName, httpStatus, model, method, cause, outcomeUnknown);
    }

    @Override
    public Classification classification() {
        return Classification.PERMANENT;
    }
}
