package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** GraphQL face of a planning operation on a version or batch that does not exist; the message names it. */
@ErrorCode("NOT_FOUND")
public class NotFoundError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundError(String message) {
        super(message);
    }
}
