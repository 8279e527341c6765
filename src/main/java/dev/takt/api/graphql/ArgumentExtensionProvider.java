package dev.takt.api.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds {@code extensions.argument} (the offending argument's name) to bad-argument errors. */
public class ArgumentExtensionProvider implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "argument";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof InvalidArgumentException e ? Json.createValue(e.argument()) : null;
    }
}
