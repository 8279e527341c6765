package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * GraphQL face of a planning operation that the state of its version or batch does not allow (publishing a
 * superseded forecast version, say); the message says why and what to do instead.
 */
@ErrorCode("INVALID_STATE")
public class InvalidStateError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidStateError(String message) {
        super(message);
    }
}
