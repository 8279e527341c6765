package dev.takt.partner;

/** A webhook registration was refused: {@link #argument()} names the field, the message says why. */
public class PartnerWebhookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String argument;

    public PartnerWebhookException(String argument, String problem) {
        super(problem);
        this.argument = argument;
    }

    /** The offending field of the registration. */
    public String argument() {
        return argument;
    }
}
