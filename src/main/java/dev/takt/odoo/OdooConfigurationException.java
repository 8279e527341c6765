package dev.takt.odoo;

/**
 * The Odoo connector is not configured well enough to make a call (a missing database, login or secret, a URL
 * that is not an http(s) address, a malformed number). Raised at first use, naming the configuration keys an
 * administrator must set; retrying will not help until the configuration changes.
 *
 * <p>It is an {@link OdooUnavailableException} so that callers of the {@link OdooGateway} port, which only know
 * "unavailable" and "rejected", treat it as "Odoo cannot be reached from here".
 */
public class OdooConfigurationException extends OdooUnavailableException {
    private static final long serialVersionUID = 1L;

    public OdooConfigurationException(String message) {
        super(message);
    }
}
