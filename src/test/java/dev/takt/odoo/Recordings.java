package dev.takt.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The exchanges recorded with a real Odoo 17 server. Their directory is the system property
 * {@code takt.recordings.dir}, by default {@code <basedir>/../shared/odoo-17-recorded}; tests that need them are
 * skipped (with that reason) when it does not exist.
 */
final class Recordings {

    static final String PROPERTY = "takt.recordings.dir";

    private Recordings() {
    }

    static Path dir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Paths.get(basedir).resolve("../shared/odoo-17-recorded").normalize();
    }

    static Path require() {
        Path dir = dir();
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "Odoo recordings not found at " + dir + " (set -D" + PROPERTY + "=<dir>)");
        return dir;
    }

    static String text(String relative) {
        try {
            return Files.readString(require().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(String relative) {
        return OdooJson.parse(text(relative)).asJsonObject();
    }

    /** The {@code result} of the recorded {@code search_read} of {@code model}. */
    static JsonArray searchReadResult(String model) {
        return json(model + ".json").getJsonObject("response").getJsonArray("result");
    }
}
