package dev.takt.odoo;

/**
 * Odoo refused the request with a permanent error (access denied, validation, missing record, bad request);
 * retrying the same call will not help.
 */
public class OdooRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String odooErrorName;
    private final boolean accessDenied;

    /**
     * @param message       Odoo's own message, meant for a person
     * @param odooErrorName Odoo's exception name ({@code error.data.name}), e.g. {@code odoo.exceptions.AccessError}
     * @param accessDenied  true for authentication and authorisation failures
     */
    public OdooRejectedException(String message, String odooErrorName, boolean accessDenied) {
        super(message);
        this.odooErrorName = odooErrorName;
        this.accessDenied = accessDenied;
    }

    /** Odoo's exception name, e.g. {@code odoo.exceptions.ValidationError}; null when Odoo sent none. */
    public String odooErrorName() {
        return odooErrorName;
    }

    /** True for authentication ({@code AccessDenied}) and authorisation ({@code AccessError}) failures. */
    public boolean isAccessDenied() {
        return accessDenied;
    }
}
