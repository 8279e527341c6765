package dev.takt.odoo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a failed Odoo call may succeed if tried again (retriable) or will fail the same way
 * (permanent). The only place in Takt that knows which Odoo failures are which.
 *
 * <p>Over JSON-RPC Odoo answers most failures with HTTP 200 and an {@code error} envelope whose {@code error.code}
 * is always 200: only {@code error.data.name}, the Python exception's class, tells them apart. The lists are
 * explicit:
 * <ul>
 *   <li><b>Retriable</b>: no connection, timeouts, HTTP 5xx, 429 and 408 (see {@link #classifyHttpStatus}),
 *       and Odoo's concurrency failures: {@value #SERIALIZATION_FAILURE}, {@value #TRANSACTION_ROLLBACK},
 *       {@value #DEADLOCK_DETECTED}, {@value #LOCK_NOT_AVAILABLE}, {@value #CONCURRENCY_ERROR} (Odoo 18), and
 *       {@value #OPERATIONAL_ERROR} when its message says the transaction could not be serialized, hit a deadlock
 *       or a lock, or that Odoo lost its own database connection.</li>
 *   <li><b>Permanent</b>: {@link #PERMANENT_ERRORS} ({@code AccessDenied}, {@code AccessError},
 *       {@code ValidationError}, {@code MissingError}, {@code UserError}, {@code RedirectWarning},
 *       {@code ValueError}, {@code TypeError}, {@code AttributeError}, {@code KeyError}), an unknown database
 *       ({@value #OPERATIONAL_ERROR} "database … does not exist"), any other HTTP status.</li>
 *   <li><b>Unknown names are permanent.</b> An error Takt has never seen is far more often a bug or a data problem
 *       that repeats identically than a transient one; retrying it would multiply the load on Odoo, delay the
 *       answer and hide the failure. Failing fast sends the work to the dead letters, where an administrator
 *       sees Odoo's message and can replay it; a genuinely transient newcomer is added to the retriable list.</li>
 * </ul>
 */
public final class OdooErrorClassifier {

    /** Whether trying the same call again may succeed. */
    public enum Classification {
        /** Transient: the same call may succeed later (connection, overload, concurrency conflicts). */
        RETRIABLE,
        /** The same call will fail the same way (rights, validation, missing record, programming error). */
        PERMANENT
    }

    static final String SERIALIZATION_FAILURE = "psycopg2.errors.SerializationFailure";
    static final String TRANSACTION_ROLLBACK = "psycopg2.extensions.TransactionRollbackError";
    static final String DEADLOCK_DETECTED = "psycopg2.errors.DeadlockDetected";
    static final String LOCK_NOT_AVAILABLE = "psycopg2.errors.LockNotAvailable";
    static final String CONCURRENCY_ERROR = "odoo.exceptions.ConcurrencyError";
    static final String OPERATIONAL_ERROR = "psycopg2.OperationalError";

    /** Odoo's authentication failure: wrong login, password or API key. */
    public static final String ACCESS_DENIED = "odoo.exceptions.AccessDenied";
    /** Odoo's authorisation failure: the user lacks the rights for this model or record. */
    public static final String ACCESS_ERROR = "odoo.exceptions.AccessError";
    /** Odoo's "record does not exist or has been deleted". */
    public static final String MISSING_ERROR = "odoo.exceptions.MissingError";

    /** Odoo's concurrency failures: the transaction lost a race and was rolled back; running it again may pass. */
    public static final Set<String> RETRIABLE_ERRORS = Set.of(SERIALIZATION_FAILURE, TRANSACTION_ROLLBACK,
            DEADLOCK_DETECTED, LOCK_NOT_AVAILABLE, CONCURRENCY_ERROR);

    /** Failures that repeat identically, by {@code error.data.name}. */
    public static final Set<String> PERMANENT_ERRORS = Set.of(ACCESS_DENIED, ACCESS_ERROR,
            "odoo.exceptions.ValidationError", MISSING_ERROR, "odoo.exceptions.UserError",
            "odoo.exceptions.RedirectWarning", "builtins.ValueError", "builtins.TypeError",
            "builtins.AttributeError", "builtins.KeyError");

    /** Messages of {@value #OPERATIONAL_ERROR} that describe a lost race (lower case). */
    private static final List<String> CONCURRENCY_MESSAGES = List.of("could not serialize", "deadlock",
            "could not obtain lock");
    /** Messages of {@value #OPERATIONAL_ERROR} where Odoo lost its own database server for a while. */
    private static final List<String> DATABASE_OUTAGE_MESSAGES = List.of("connection refused", "could not connect",
            "server closed the connection", "terminating connection", "the database system is starting up",
            "the database system is shutting down", "too many clients", "timeout expired");

    private OdooErrorClassifier() {
    }

    /**
     * Classifies an Odoo error envelope.
     *
     * @param odooErrorName {@code error.data.name}, e.g. {@code odoo.exceptions.AccessError}; null when absent
     * @param message       {@code error.data.message}, used for {@value #OPERATIONAL_ERROR} only
     */
    public static Classification classify(String odooErrorName, String message) {
        if (odooErrorName == null) {
            return Classification.PERMANENT;
        }
        if (RETRIABLE_ERRORS.contains(odooErrorName)) {
            return Classification.RETRIABLE;
        }
        if (OPERATIONAL_ERROR.equals(odooErrorName)) {
            String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
            if (isUnknownDatabase(odooErrorName, message) || text.contains("authentication failed")) {
                return Classification.PERMANENT;
            }
            if (containsAny(text, CONCURRENCY_MESSAGES) || containsAny(text, DATABASE_OUTAGE_MESSAGES)) {
                return Classification.RETRIABLE;
            }
        }
        return Classification.PERMANENT;
    }

    /**
     * Classifies an HTTP status other than 2xx: 5xx (server error, bad gateway, unavailable, gateway timeout), 429
     * (too many requests) and 408 (request timeout) are retriable; everything else (400 malformed request, 404 wrong
     * URL, 401/403 from a proxy, redirects) is permanent until someone changes something.
     */
    public static Classification classifyHttpStatus(int status) {
        if (status >= 500 || status == 429 || status == 408) {
            return Classification.RETRIABLE;
        }
        return Classification.PERMANENT;
    }

    /** True for authentication ({@code AccessDenied}) and authorisation ({@code AccessError}) failures. */
    public static boolean isAccessDenied(String odooErrorName) {
        return ACCESS_DENIED.equals(odooErrorName) || ACCESS_ERROR.equals(odooErrorName);
    }

    /** True when Odoo says the database named in the call does not exist. */
    public static boolean isUnknownDatabase(String odooErrorName, String message) {
        return OPERATIONAL_ERROR.equals(odooErrorName) && message != null && message.contains("database")
                && message.contains("does not exist");
    }

    private static boolean containsAny(String text, List<String> needles) {
        return needles.stream().anyMatch(text::contains);
    }
}
