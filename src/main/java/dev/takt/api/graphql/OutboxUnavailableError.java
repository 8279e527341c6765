package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** GraphQL face of a workflow that has commands to queue in a deployment without the command outbox. */
@ErrorCode("OUTBOX_UNAVAILABLE")
public class OutboxUnavailableError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutboxUnavailableError(String message) {
        super(message);
    }
}
