package dev.takt.planning.frepple;

/**
 * The frePPLe connector is not configured well enough to call frePPLe: the message names the configuration keys to
 * set (never their secret values). Not retried: nothing changes until an administrator changes the configuration.
 */
public class FreppleConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message for the administrator. */
    public FreppleConfigurationException(String message) {
        super(message);
    }
}
