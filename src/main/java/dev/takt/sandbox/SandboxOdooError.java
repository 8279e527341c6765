package dev.takt.sandbox;

/**
 * An error the sandbox answers the way Odoo does: the Python exception's qualified name (e.g.
 * {@code odoo.exceptions.AccessError}) and its message. Carries no stack trace.
 */
public final class SandboxOdooError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code odoo.exceptions.UserError}. */
    public static final String USER_ERROR = "odoo.exceptions.UserError";
    /** {@code odoo.exceptions.ValidationError}. */
    public static final String VALIDATION_ERROR = "odoo.exceptions.ValidationError";
    /** {@code odoo.exceptions.AccessError}. */
    public static final String ACCESS_ERROR = "odoo.exceptions.AccessError";
    /** {@code odoo.exceptions.AccessDenied}. */
    public static final String ACCESS_DENIED = "odoo.exceptions.AccessDenied";
    /** {@code odoo.exceptions.MissingError}. */
    public static final String MISSING_ERROR = "odoo.exceptions.MissingError";
    /** {@code builtins.ValueError}. */
    public static final String VALUE_ERROR = "builtins.ValueError";
    /** {@code builtins.TypeError}. */
    public static final String TYPE_ERROR = "builtins.TypeError";

    private final String odooName;

    /**
     * @param odooName the exception name as Odoo reports it in {@code error.data.name}
     * @param message  the message, as in {@code error.data.message}
     */
    public SandboxOdooError(String odooName, String message) {
        super(message, null, false, false);
        this.odooName = odooName;
    }

    /** The exception name as Odoo reports it in {@code error.data.name}. */
    public String odooName() {
        return odooName;
    }

    static SandboxOdooError userError(String message) {
        return new SandboxOdooError(USER_ERROR, message);
    }

    static SandboxOdooError validation(String message) {
        return new SandboxOdooError(VALIDATION_ERROR, message);
    }

    static SandboxOdooError valueError(String message) {
        return new SandboxOdooError(VALUE_ERROR, message);
    }

    static SandboxOdooError typeError(String message) {
        return new SandboxOdooError(TYPE_ERROR, message);
    }
}
