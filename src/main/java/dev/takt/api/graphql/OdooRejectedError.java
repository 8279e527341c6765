package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** GraphQL face of Odoo rejecting a request for another reason than access; the message is Odoo's own. */
@ErrorCode("ODOO_REJECTED")
public class OdooRejectedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OdooRejectedError(String message) {
        super(message);
    }
}
