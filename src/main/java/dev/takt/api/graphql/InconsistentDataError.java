package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** GraphQL face of source data that cannot support a computation; the message names the record to correct. */
@ErrorCode("INCONSISTENT_DATA")
public class InconsistentDataError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InconsistentDataError(String message) {
        super(message);
    }
}
