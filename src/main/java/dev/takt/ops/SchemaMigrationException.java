package dev.takt.ops;

/** Takt's database schema cannot be brought up to date; the message names the script and what went wrong. */
public class SchemaMigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaMigrationException(String message) {
        super(message);
    }

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
