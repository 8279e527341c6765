package dev.takt.planning.frepple;

import dev.takt.planning.frepple.FreppleErrorClassifier.Classification;
import dev.takt.planning.frepple.FreppleErrorClassifier.Reason;
import jakarta.json.JsonValue;

/** A frePPLe call failed in a way that may pass if tried again: Fault Tolerance retries it. */
public class FreppleRetriableCallException extends FreppleCallException {
    private static final long serialVersionUID = 1L;

    FreppleRetriableCallException(String message, Reason reason, int httpStatus, String call, JsonValue details,
            Throwable cause) {
        super(message, reason, httpStatus, call, details, cause);
    }

    @Override
    public Classification classification() {
        return Classification.RETRIABLE;
    }
}
