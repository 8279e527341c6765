package dev.takt.federation;

/**
 * The source systems' data cannot support a computation (a record lacks a date or a unit, units do not convert);
 * the message names the record, for the person who must correct it.
 */
public class InconsistentDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InconsistentDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
