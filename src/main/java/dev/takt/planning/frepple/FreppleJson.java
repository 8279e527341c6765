package dev.takt.planning.frepple;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;

/** JSON-P for the connector: one cached provider. */
final class FreppleJson {

    /** Looked up once: {@code Json.createXxx} would search the provider on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private FreppleJson() {
    }

    /** Parses a JSON document; a {@link jakarta.json.JsonException} when it is not JSON. */
    static JsonValue parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
