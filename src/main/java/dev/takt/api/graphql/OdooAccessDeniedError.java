package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** GraphQL face of Odoo refusing Takt's user: the message is Odoo's own. */
@ErrorCode("ODOO_ACCESS_DENIED")
public class OdooAccessDeniedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OdooAccessDeniedError(String message) {
        super(message);
    }
}
