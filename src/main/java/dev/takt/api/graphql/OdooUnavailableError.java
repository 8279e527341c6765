package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** GraphQL face of a connector failure: Odoo could not be reached; other fields of the response still resolve. */
@ErrorCode("ODOO_UNAVAILABLE")
public class OdooUnavailableError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OdooUnavailableError(String message) {
        super(message);
    }
}
