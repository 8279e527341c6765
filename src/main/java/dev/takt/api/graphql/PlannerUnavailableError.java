package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** GraphQL face of a planner that cannot be read; the other fields of the response still resolve. */
@ErrorCode("PLANNER_UNAVAILABLE")
public class PlannerUnavailableError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlannerUnavailableError(String message) {
        super(message);
    }
}
