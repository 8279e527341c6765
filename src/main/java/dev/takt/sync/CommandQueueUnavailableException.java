package dev.takt.sync;

/**
 * The workflow has commands to queue but this deployment has no {@link CommandQueue} (the durable outbox): nothing
 * was queued and nothing was recorded. Dry runs and validation do not need it.
 */
public class CommandQueueUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandQueueUnavailableException(String message) {
        super(message);
    }
}
