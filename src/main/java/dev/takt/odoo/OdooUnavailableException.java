package dev.takt.odoo;

/** Odoo could not be reached or kept failing with retriable errors; trying again later may succeed. */
public class OdooUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OdooUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public OdooUnavailableException(String message) {
        super(message);
    }
}
