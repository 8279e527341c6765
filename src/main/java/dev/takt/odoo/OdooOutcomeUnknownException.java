package dev.takt.odoo;

/**
 * A call that changes Odoo may or may not have been carried out: the request was sent and no verdict came back
 * (the connection broke, no answer in time), and checking Odoo afterwards could not settle it.
 *
 * <p>Sending the same command again later is safe: commands that create are idempotent at the target (see
 * {@link OdooCommands}) and find what an earlier attempt created. Wait longer than Odoo's longest request
 * ({@code limit_time_real}, 120 s by default) before that retry, so that an attempt still running in Odoo has
 * finished or been killed when the retry looks for its result.
 */
public class OdooOutcomeUnknownException extends OdooUnavailableException {
    private static final long serialVersionUID = 1L;

    public OdooOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
