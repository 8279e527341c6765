package dev.takt.domain;

import java.util.Objects;

/**
 * A planning operation cannot be carried out; the message says why in a planner's words ("forecast version 3 was
 * superseded by version 5 on …") and never carries technical detail.
 */
public class PlanningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of refusal. */
    public enum Kind {
        /** The version or batch named does not exist. */
        NOT_FOUND,
        /** The version or batch exists but its state does not allow the operation. */
        INVALID_STATE
    }

    private final Kind kind;

    public PlanningException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static PlanningException notFound(String message) {
        return new PlanningException(Kind.NOT_FOUND, message);
    }

    public static PlanningException invalidState(String message) {
        return new PlanningException(Kind.INVALID_STATE, message);
    }

    public Kind kind() {
        return kind;
    }
}
