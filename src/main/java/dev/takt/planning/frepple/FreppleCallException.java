package dev.takt.planning.frepple;

import dev.takt.planning.frepple.FreppleErrorClassifier.Classification;
import dev.takt.planning.frepple.FreppleErrorClassifier.Reason;
import jakarta.json.JsonValue;

/**
 * One frePPLe call failed. The two concrete kinds, {@link FreppleRetriableCallException} and
 * {@link FrepplePermanentCallException}, exist so that MicroProfile Fault Tolerance's {@code retryOn}/{@code abortOn}
 * can tell them apart by type. The message is written for an administrator: which call, what frePPLe said, what to
 * check; it never names a Java class.
 */
public abstract class FreppleCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final int httpStatus;
    private final String call;
    private final transient JsonValue details;

    FreppleCallException(String message, Reason reason, int httpStatus, String call, JsonValue details,
            Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.httpStatus = httpStatus;
        this.call = call;
        this.details = details;
    }

    /** Creates the exception of the right kind for a verdict. */
    static FreppleCallException of(FreppleErrorClassifier.Verdict verdict, String message, int httpStatus, String call,
            JsonValue details, Throwable cause) {
        return verdict.classification() == Classification.RETRIABLE
                ? new FreppleRetriableCallException(message, verdict.reason(), httpStatus, call, details, cause)
                : new FrepplePermanentCallException(message, verdict.reason(), httpStatus, call, details, cause);
    }

    /** Whether trying again may help. */
    public abstract Classification classification();

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }

    /** The HTTP status of the answer, or 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The call as administrators read it, e.g. {@code POST demand} or {@code POST runplan}. */
    public String call() {
        return call;
    }

    /**
     * frePPLe's own error body when it sent JSON (a 400's {@code {field: [messages]}}, a bulk write's list of them,
     * a {@code {"detail": …}}), else {@link JsonValue#NULL}.
     */
    public JsonValue details() {
        return details == null ? JsonValue.NULL : details;
    }
}
