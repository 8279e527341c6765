package dev.takt.planning.frepple;

import dev.takt.planning.frepple.FreppleErrorClassifier.Classification;
import dev.takt.planning.frepple.FreppleErrorClassifier.Reason;
import jakarta.json.JsonValue;

/** A frePPLe call failed in a way that will repeat: Fault Tolerance aborts at once and the circuit ignores it. */
public class FrepplePermanentCallException extends FreppleCallException {
    private static final long serialVersionUID = 1L;

    FrepplePermanentCallException(String message, Reason reason, int httpStatus, String call, JsonValue details,
            Throwable cause) {
        super(message, reason, httpStatus, call, details, cause);
    }

    @Override
    public Classification classification() {
        return Classification.PERMANENT;
    }
}
