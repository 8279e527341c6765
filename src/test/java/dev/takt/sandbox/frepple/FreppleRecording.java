package dev.takt.sandbox.frepple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One exchange recorded with a real frePPLe 7.3 REST API ({@code shared/frepple-recorded}): the request (method,
 * unencoded path, query, body, a description of the credentials) and the answer (status, content type, location,
 * body). Reusable by the client's tests.
 *
 * @param name        file name without {@code .json}
 * @param method      HTTP method
 * @param path        the path, unencoded ({@code /api/input/demand/Demand 01/})
 * @param query       the query parameters
 * @param body        the JSON body, a {@link JsonString} holding a raw (possibly malformed) body, or null for none
 * @param auth        how the request authenticated, as the recorder described it
 * @param status      recorded HTTP status
 * @param contentType recorded content type (null when frePPLe sent none)
 * @param location    recorded {@code Location} header, or null
 * @param response    the recorded body: JSON, or a {@link JsonString} holding a text or HTML body
 * @param truncated   the recorder's note when it cut a list ("first 3 of 11 records"), or null
 */
public record FreppleRecording(String name, String method, String path, Map<String, String> query, JsonValue body,
        String auth, int status, String contentType, String location, JsonValue response, String truncated) {

    /** System property naming the recordings directory. */
    public static final String DIR_PROPERTY = "takt.frepple.recordings.dir";

    /** The total in a truncation note. */
    private static final Pattern TOTAL = Pattern.compile("first \\d+ of (\\d+) records");

    /**
     * The recordings directory: {@code -Dtakt.frepple.recordings.dir}, else
     * {@code <basedir>/../shared/frepple-recorded}.
     *
     * @throws IllegalStateException naming the directory and the property when it does not exist
     */
    public static Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        Path dir = configured != null && !configured.isBlank() ? Paths.get(configured)
                : Paths.get(System.getProperty("basedir", System.getProperty("user.dir")))
                        .resolve("../shared/frepple-recorded").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Recorded frePPLe exchanges not found at " + dir + "; set -D"
                    + DIR_PROPERTY + "=<path to shared/frepple-recorded>");
        }
        return dir;
    }

    /** Every recording, by file name. */
    public static List<FreppleRecording> all() {
        Path dir = directory();
        List<FreppleRecording> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .forEach(p -> out.add(read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The recording of that name (without {@code .json}). */
    public static FreppleRecording named(String name) {
        return read(directory().resolve(name + ".json"));
    }

    private static FreppleRecording read(Path file) {
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            o = r.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonObject req = o.getJsonObject("request");
        Map<String, String> query = new LinkedHashMap<>();
        req.getJsonObject("query").forEach((k, v) -> query.put(k, ((JsonString) v).getString()));
        JsonObject headers = o.getJsonObject("response_headers");
        String name = file.getFileName().toString();
        return new FreppleRecording(name.substring(0, name.length() - ".json".length()), req.getString("method"),
                req.getString("path"), query, req.get("body") == JsonValue.NULL ? null : req.get("body"),
                req.getString("auth"), o.getInt("status"), text(headers, "content-type"), text(headers, "location"),
                o.get("response"), o.containsKey("response_truncated") ? o.getString("response_truncated") : null);
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** The body to send: JSON text, the raw text, or null. An empty recorded body is no body. */
    public String bodyText() {
        if (body == null) {
            return null;
        }
        return body instanceof JsonString s ? s.getString() : body.toString();
    }

    /** Whether the recorded body was a raw text rather than JSON. */
    public boolean rawBody() {
        return body instanceof JsonString;
    }

    /** The path percent-encoded, segment by segment, as a client sends it. */
    public String encodedPath() {
        return encodePath(path);
    }

    /** Percent-encodes each segment of a path. */
    public static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** The query string for these parameters (null when there are none). */
    public static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        query.forEach((k, v) -> sb.append(sb.length() > 0 ? "&" : "").append(URLEncoder.encode(k,
                StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** The recorder used a real token (Bearer or {@code ?webtoken=}) that a replay must mint anew. */
    public boolean needsToken() {
        return auth.contains("<JWT") || auth.startsWith("JWT passed as ?webtoken=");
    }

    /** The query with a fresh token in place of the recorder's placeholder. */
    public Map<String, String> query(String token) {
        Map<String, String> out = new LinkedHashMap<>(query);
        if (out.containsKey("webtoken") && token != null) {
            out.put("webtoken", token);
        }
        return out;
    }

    /** The {@code Authorization} header the recorded request carried (null for none), with a fresh token. */
    public String authorization(String token) {
        if (auth.startsWith("HTTP Basic ")) {
            return "Basic " + Base64.getEncoder().encodeToString(auth.substring("HTTP Basic ".length())
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (auth.startsWith("Authorization: Bearer ")) {
            String value = auth.substring("Authorization: Bearer ".length());
            return "Bearer " + (value.startsWith("<JWT") ? token : value);
        }
        return null;
    }

    /** The number of records frePPLe had in the list (from the truncation note), or -1 when unknown. */
    public int total() {
        if (truncated != null) {
            Matcher m = TOTAL.matcher(truncated);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
        return response.getValueType() == JsonValue.ValueType.ARRAY ? response.asJsonArray().size() : -1;
    }

    @Override
    public String toString() {
        return name;
    }
}
