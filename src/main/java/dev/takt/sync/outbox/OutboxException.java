package dev.takt.sync.outbox;

/** An administrator's operation on the outbox that cannot be done; the message says why, for a person. */
public class OutboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** No such command. */
        NOT_FOUND,
        /** The command is not in a state that allows it (e.g. replaying a command that is not a dead letter). */
        INVALID_STATE
    }

    private final Kind kind;

    public OutboxException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
