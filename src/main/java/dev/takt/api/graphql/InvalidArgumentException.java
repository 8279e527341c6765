package dev.takt.api.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.smallrye.graphql.api.ErrorCode;

import java.util.List;
import java.util.Map;

/**
 * An argument of a GraphQL operation is invalid; the message names the argument and says why, and
 * {@code extensions.argument} carries its name for programs.
 */
@ErrorCode("BAD_ARGUMENT")
public class InvalidArgumentException extends RuntimeException implements GraphQLError {
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

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.ValidationError;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("argument", argument);
    }
}
