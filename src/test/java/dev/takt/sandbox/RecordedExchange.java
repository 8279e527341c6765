package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One exchange recorded with a real Odoo 17 ({@code shared/odoo-17-recorded}): the request body, the HTTP
 * status and the response (JSON, or text for the malformed-JSON case). Reusable by an HTTP integration test.
 *
 * @param name     file name relative to the recordings directory, e.g. {@code errors/unknown_model.json}
 * @param body     the request body to send
 * @param status   the recorded HTTP status
 * @param response the recorded response: a JSON object, or a {@link JsonString} holding a text body
 */
public record RecordedExchange(String name, String body, int status, JsonValue response) {

    /** System property naming the recordings directory. */
    public static final String DIR_PROPERTY = "takt.recordings.dir";

    /** The recordings directory: {@code -Dtakt.recordings.dir}, else {@code <basedir>/../shared/odoo-17-recorded}. */
    public static Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        Path dir = configured != null ? Paths.get(configured)
                : Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../shared/odoo-17-recorded")
                        .normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Recorded Odoo exchanges not found at " + dir + "; set -D" + DIR_PROPERTY
                    + "=<path to shared/odoo-17-recorded>");
        }
        return dir;
    }

    /** Every request/response exchange: common.version.json, each {@code <model>.json}, each errors/*.json. */
    public static List<RecordedExchange> all() {
        Path dir = directory();
        List<RecordedExchange> out = new ArrayList<>();
        try (Stream<Path> top = Files.list(dir); Stream<Path> errors = Files.list(dir.resolve("errors"))) {
            top.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> {
                JsonObject o = read(p).asJsonObject();
                if (o.containsKey("request")) {
                    out.add(of(dir, p, o));
                }
            });
            errors.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> out.add(of(dir, p,
                    read(p).asJsonObject())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A recorded JSON file of the recordings directory (e.g. {@code fields_get/uom.uom.json}). */
    public static JsonValue json(String relative) {
        return read(directory().resolve(relative));
    }

    private static RecordedExchange of(Path dir, Path file, JsonObject o) {
        JsonValue request = o.get("request");
        String body = request instanceof JsonString s ? s.getString() : request.toString();
        int status = o.containsKey("http_status") ? o.getInt("http_status") : o.getInt("status");
        return new RecordedExchange(dir.relativize(file).toString().replace('\\', '/'), body, status,
                o.get("response"));
    }

    static JsonValue read(Path p) {
        try (JsonReader r = Json.createReader(new StringReader(Files.readString(p, StandardCharsets.UTF_8)))) {
            return r.readValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request as JSON (only for JSON requests). */
    /**
     * The JSON-RPC requests (as admin on database {@code mfg}) that establish the state the recorded request relied
     * on in the recorded database; send them first, through the same transport.
     */
    public List<String> preconditions() {
        return switch (name) {
            // the recorded write of this barcode on product 49 failed because other products already had it
            case "errors/constraint_python_validation_barcode.json" -> List.of(executeKw("product.product", "write",
                    "[[2], {\"barcode\": \"601647855646\"}]"));
            // the recorded unlink failed because sale order 24 was confirmed
            case "errors/user_error_unlink_confirmed_so.json" -> List.of(executeKw("sale.order", "write",
                    "[[24], {\"state\": \"sale\"}]"));
            // the recorded button_unplan ran on MO 8 after it had been planned
            case "errors/none_result_jsonrpc.json" -> List.of(executeKw("mrp.production", "button_plan", "[[8]]"));
            default -> List.of();
        };
    }

    private static String executeKw(String model, String method, String args) {
        return "{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"id\": 0, \"params\": {\"service\": \"object\", "
                + "\"method\": \"execute_kw\", \"args\": [\"mfg\", 2, \"admin\", \"" + model + "\", \"" + method + "\", "
                + args + ", {}]}}";
    }

    /**
     * The Odoo field types of the model a recorded {@code search_read} reads (from {@code fields_get/<model>.json}),
     * or an empty map for other exchanges.
     */
    public Map<String, String> fieldTypes() {
        if (response instanceof JsonObject o && o.containsKey("result") && !name.startsWith("errors/")) {
            Path fieldsGet = directory().resolve("fields_get/" + name);
            if (Files.exists(fieldsGet)) {
                return ReplyShape.fieldTypes(read(fieldsGet));
            }
        }
        return Map.of();
    }

    public JsonObject requestJson() {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
