package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * GraphQL face of an operation that the configured planning adapter does not offer (submitting a forecast while
 * frePPLe is the planner, say); the message names the adapter and what to do instead.
 */
@ErrorCode("NOT_SUPPORTED_BY_PLANNER")
public class PlannerRefusedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlannerRefusedError(String message) {
        super(message);
    }
}
