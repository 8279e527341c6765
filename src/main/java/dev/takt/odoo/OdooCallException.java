package dev.takt.odoo;

import dev.takt.odoo.OdooErrorClassifier.Classification;

/**
 * One Odoo call failed. Internal to the connector: the {@link OdooGateway} turns it into
 * {@link OdooUnavailableException} or {@link OdooRejectedException}.
 *
 * <p>The two concrete kinds, {@link OdooRetriableCallException} and {@link OdooPermanentCallException}, exist so
 * that MicroProfile Fault Tolerance's {@code retryOn}/{@code abortOn}/{@code failOn}/{@code skipOn} can tell them
 * apart by type. The message is written for an administrator and never names a Java class.
 */
public abstract class OdooCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String odooErrorName;
    private final int httpStatus;
    private final String model;
    private final String method;
    private final boolean outcomeUnknown;

    OdooCallException(String message, String odooErrorName, int httpStatus, String model, String method,
            Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.odooErrorName = odooErrorName;
        this.httpStatus = httpStatus;
        this.model = model;
        this.method = method;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Creates the exception of the right kind.
     *
     * @param classification retriable or permanent
     * @param message        what happened, for an administrator (Odoo's own message for Odoo errors)
     * @param odooErrorName  {@code error.data.name}, or null when the failure is not an Odoo error envelope
     * @param httpStatus     the HTTP status, or 0 when no answer arrived
     * @param model          the Odoo model called (for {@code execute_kw}), or the service (e.g. {@code common})
     * @param method         the model's method (e.g. {@code search_read}) or the service's (e.g. {@code version})
     * @param cause          the underlying failure, if any
     */
    public static OdooCallException of(Classification classification, String message, String odooErrorName,
            int httpStatus, String model, String method, Throwable cause) {
        return of(classification, message, odooErrorName, httpStatus, model, method, cause, false);
    }

    /**
     * Creates the exception of the right kind, saying whether Odoo may have carried the call out.
     *
     * @param outcomeUnknown true when the request may have reached Odoo but no verdict came back (the connection
     *                       broke after sending, the answer did not come in time, a proxy answered 5xx, the reply
     *                       was not Odoo's JSON-RPC); false when Odoo never got it (no connection) or answered
     *                       with an error (Odoo then rolled its transaction back)
     * @see #of(Classification, String, String, int, String, String, Throwable)
     */
    public static OdooCallException of(Classification classification, String message, String odooErrorName,
            int httpStatus, String model, String method, Throwable cause, boolean outcomeUnknown) {
        return classification == Classification.RETRIABLE
                ? new OdooRetriableCallException(message, odooErrorName, httpStatus, model, method, cause,
                        outcomeUnknown)
                : new OdooPermanentCallException(message, odooErrorName, httpStatus, model, method, cause,
                        outcomeUnknown);
    }

    /** Whether trying again may help. */
    public abstract Classification classification();

    /** Odoo's exception name ({@code error.data.name}), or null when the failure happened before Odoo answered. */
    public String odooErrorName() {
        return odooErrorName;
    }

    /** The HTTP status of the answer, or 0 when there was none (connection failure, timeout). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The model called, or the JSON-RPC service for non-model calls. */
    public String model() {
        return model;
    }

    /** The method called. */
    public String method() {
        return method;
    }

    /**
     * True when the request may have reached Odoo and been carried out although no verdict came back: a call that
     * creates something must then not simply be sent again (see {@link OdooCommands}).
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** {@code model/method}, as administrators read it in messages. */
    public String call() {
        return model + "/" + method;
    }
}
