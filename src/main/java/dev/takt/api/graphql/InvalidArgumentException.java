package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** An argument of a GraphQL operation is invalid; the message names the argument and says why. */
@ErrorCode("BAD_ARGUMENT")
public class InvalidArgumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String argument;

    public InvalidArgumentException(String argument, String problem) {
        super("Invalid argument '" + argument + "': " + problem);
        this.argument = argument;
    }

    /** The name of the offending argument. */
    public String argument() {
        return argument;
    }
}
