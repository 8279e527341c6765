package dev.takt.planning.frepple;

import dev.takt.ops.ConfigKeys;
import dev.takt.planning.frepple.FreppleErrorClassifier.Reason;
import dev.takt.planning.frepple.FreppleErrorClassifier.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * frePPLe's REST API over HTTP: {@code /api/input/<entity>/} (and {@code /api/common/parameter|bucket/}) for
 * records, {@code /execute/api/runplan/} and {@code /execute/api/status/} for the planning task. JDK HttpClient on
 * kept-alive HTTP/1.1 connections with a connect and a per-request timeout; Basic or Bearer authentication from
 * {@link FreppleConnectorConfig}. No retries here: that is {@link FreppleRpc}'s job. Every failure is a
 * {@link FreppleCallException} classified by {@link FreppleErrorClassifier}, with a message for an administrator.
 *
 * <p>Records are frePPLe's own JSON objects (numbers as 8-decimal strings, naive date-times, foreign keys by name);
 * {@link FreppleValues} reads their values. Keys in URLs are percent-encoded (a name may hold spaces or slashes).
 */
@ApplicationScoped
public class FreppleClient {

    /** The options of a full supply plan: constrained, with the supply planning step (without it nothing is solved). */
    public static final Map<String, String> SUPPLY_PLAN = supplyPlan();

    private static final Logger LOG = Logger.getLogger(FreppleClient.class.getName());
    private static final Pattern ENTITY = Pattern.compile("[a-z]+");
    private static final Set<String> COMMON = Set.of("parameter", "bucket");
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private FreppleConnectorConfig config;
    private HttpClient http;

    /** For CDI's proxies only. */
    protected FreppleClient() {
    }

    /** Builds the HTTP client from the configuration. */
    @Inject
    public FreppleClient(FreppleConnectorConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static Map<String, String> supplyPlan() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("constraint", "15");
        options.put("plantype", "1");
        options.put("env", "supply");
        return java.util.Collections.unmodifiableMap(options);
    }

    /** The configuration in use. */
    public FreppleConnectorConfig config() {
        return config;
    }

    // ------------------------------------------------------------------------------------------------ records

    /**
     * The records of an entity that pass the filters ({@code field} or {@code field__lookup} → value, lookups
     * {@code in contains gt gte lt lte …}; frePPLe ignores parameters it does not know).
     */
    public JsonArray list(String entity, Map<String, String> filters) {
        return send("GET", entityPath(entity), filters, null, entity).asJsonArray();
    }

    /** The record with that primary key (name, reference or id), or empty when frePPLe has none. */
    public Optional<JsonObject> get(String entity, String key) {
        try {
            return Optional.of(send("GET", detailPath(entity, key), Map.of(), null, entity).asJsonObject());
        } catch (FrepplePermanentCallException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates a record, or updates the one with the same primary key (frePPLe upserts); returns it as stored. */
    public JsonObject post(String entity, JsonObject record) {
        return send("POST", entityPath(entity), Map.of(), record, entity).asJsonObject();
    }

    /**
     * Creates or updates several records in one request; all or nothing (frePPLe stores none when one is invalid and
     * answers 400 with one message object per record, in {@link FreppleCallException#details()}).
     */
    public JsonArray post(String entity, JsonArray records) {
        return send("POST", entityPath(entity), Map.of(), records, entity).asJsonArray();
    }

    /** Changes some fields of one record; returns it as stored. */
    public JsonObject patch(String entity, String key, JsonObject changes) {
        return send("PATCH", detailPath(entity, key), Map.of(), changes, entity).asJsonObject();
    }

    /**
     * Changes some fields of several records, each identified by its primary key inside the object; all must exist
     * (otherwise nothing changes and frePPLe answers 400).
     */
    public JsonArray patch(String entity, JsonArray changes) {
        return send("PATCH", entityPath(entity), Map.of(), changes, entity).asJsonArray();
    }

    /** Replaces one record: frePPLe requires every required field (400 otherwise). */
    public JsonObject put(String entity, String key, JsonObject record) {
        return send("PUT", detailPath(entity, key), Map.of(), record, entity).asJsonObject();
    }

    /**
     * Deletes one record (frePPLe deletes what depends on it too).
     *
     * @return false when there was no such record, so that a retried delete is not an error
     */
    public boolean delete(String entity, String key) {
        try {
            send("DELETE", detailPath(entity, key), Map.of(), null, entity);
            return true;
        } catch (FrepplePermanentCallException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes every record that passes the filters.
     *
     * @throws IllegalArgumentException without filters: frePPLe refuses to delete a whole table, and so does Takt
     */
    public void deleteWhere(String entity, Map<String, String> filters) {
        if (filters == null || filters.isEmpty() || filters.values().stream().allMatch(v -> v == null
                || v.isEmpty())) {
            throw new IllegalArgumentException("a bulk delete of " + entity + " needs at least one filter");
        }
        send("DELETE", entityPath(entity), filters, null, entity);
    }

    // ------------------------------------------------------------------------------------------------ tasks

    /**
     * Launches frePPLe's planning engine ({@code runplan}) with these options (e.g. {@link #SUPPLY_PLAN}); returns
     * the task id to poll. Launching twice plans twice, which is harmless.
     */
    public long launchPlan(Map<String, String> options) {
        JsonObject reply = send("POST", "/execute/api/runplan/", options, null, "runplan").asJsonObject();
        if (!(reply.get("taskid") instanceof jakarta.json.JsonNumber id)) {
            throw FreppleCallException.of(Verdict.permanent(Reason.TASK_NOT_LAUNCHED), "frePPLe did not launch the "
                    + "plan: " + snippet(reply.toString()), 200, "POST runplan", reply, null);
        }
        return id.longValue();
    }

    /** The task's status now. */
    public FreppleTask task(long id) {
        JsonObject reply = send("GET", "/execute/api/status/", Map.of("id", String.valueOf(id)), null, "status")
                .asJsonObject();
        JsonValue entry = reply.get(String.valueOf(id));
        if (!(entry instanceof JsonObject task)) {
            throw FreppleCallException.of(Verdict.permanent(Reason.NOT_FOUND), "frePPLe knows no task " + id, 200,
                    "GET status", reply, null);
        }
        return task(id, task);
    }

    /**
     * Polls a task every {@link FreppleConnectorConfig#pollInterval()} until it finishes or {@code timeout} passes;
     * returns the last status seen (check {@link FreppleTask#finishedRunning()}). Each poll is a plain call: a caller
     * that wants each poll retried polls through {@link FreppleRpc#task(long)} itself.
     */
    public FreppleTask awaitTask(long id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        FreppleTask task = task(id);
        while (!task.finishedRunning() && Instant.now().plus(config.pollInterval()).isBefore(deadline)) {
            try {
                Thread.sleep(config.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return task;
            }
            task = task(id);
        }
        return task;
    }

    private FreppleTask task(long id, JsonObject o) {
        return new FreppleTask(id, text(o, "name"), text(o, "status"), text(o, "message"), text(o, "arguments"),
                text(o, "user"), FreppleValues.instant(o.get("submitted"), config.timeZone()),
                FreppleValues.instant(o.get("started"), config.timeZone()),
                FreppleValues.instant(o.get("finished"), config.timeZone()), text(o, "logfile"));
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private JsonValue send(String method, String path, Map<String, String> query, JsonStructure body, String what) {
        URI base = config.baseUri();
        String authorization = config.authorization();
        String call = method + " " + what;
        URI uri = URI.create(base + path + queryString(query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Accept", "application/json")
                .header("Authorization", authorization);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("")
                    : HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            Verdict verdict = FreppleErrorClassifier.classify(e);
            throw failure(verdict, ioMessage(verdict, base, e), 0, call, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(Verdict.retriable(Reason.CONNECTION), "the call " + call + " was interrupted before frePPLe "
                    + "answered", 0, call, null, e);
        }
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String text = response.body() == null ? "" : response.body();
        URI location = response.headers().firstValue("Location").map(uri::resolve).orElse(null);
        Optional<Verdict> verdict = FreppleErrorClassifier.classify(method, status, contentType, location,
                URI.create(base + "/"), text);
        if (verdict.isPresent()) {
            JsonValue details = json(contentType, text);
            throw failure(verdict.get(), httpMessage(verdict.get().reason(), call, status, what, path, location,
                    details, text), status, call, details, null);
        }
        if (status == 204 || text.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return FreppleJson.parse(text);
        } catch (JsonException e) {
            throw failure(Verdict.retriable(Reason.MALFORMED_REPLY), "frePPLe answered " + call + " with something "
                    + "that is not JSON: " + snippet(text), status, call, null, null);
        }
    }

    private FreppleCallException failure(Verdict verdict, String message, int status, String call, JsonValue details,
            Throwable cause) {
        LOG.log(Level.FINE, "frePPLe call {0} failed: {1}", new Object[] {call, message});
        return FreppleCallException.of(verdict, message, status, call, details, cause);
    }

    private String httpMessage(Reason reason, String call, int status, String what, String path, URI location,
            JsonValue details, String text) {
        String said = details != null ? describe(details) : text.contains("<") ? "" : snippet(text);
        return switch (reason) {
            case INVALID -> "frePPLe rejected " + call + ": " + said;
            case UNAUTHENTICATED -> "frePPLe refused the credentials of " + config.describe() + " (HTTP 401: " + said
                    + "): check " + ConfigKeys.PLANNING_FREPPLE_USERNAME + " and " + ConfigKeys.PLANNING_FREPPLE_PASSWORD
                    + ", or " + ConfigKeys.PLANNING_FREPPLE_TOKEN;
            case FORBIDDEN -> "frePPLe refused the web token (HTTP 403: " + said + "): check that "
                    + ConfigKeys.PLANNING_FREPPLE_TOKEN + " is signed with this frePPLe's secret, names an active "
                    + "user and has not expired";
            case NOT_FOUND -> "frePPLe has no " + what + " at " + path;
            case UNKNOWN_ENTITY -> "frePPLe has no entity '" + what + "' (it redirected " + call + " to its home page)";
            case REDIRECTED -> "frePPLe redirected " + call + " to " + location + ": set "
                    + ConfigKeys.PLANNING_FREPPLE_URL + " to frePPLe's own address";
            case MISSING_REQUIRED -> "frePPLe failed on " + call + " with its error page (HTTP 500): frePPLe does that "
                    + "when a record is created without a required reference (such as a demand without its item); "
                    + "the same request will fail again";
            case NOT_AN_API -> "frePPLe answered " + call + " with a web page instead of JSON: is "
                    + config.baseUri() + " the address of frePPLe (the part before /api/)?";
            case THROTTLED -> "frePPLe is throttling requests (HTTP 429 on " + call + ")";
            case TASK_NOT_LAUNCHED -> "frePPLe could not launch the task of " + call + ": " + said;
            case MALFORMED_REPLY -> "frePPLe answered " + call + " with HTTP " + status + " and an empty body";
            default -> "frePPLe answered " + call + " with HTTP " + status + (said.isEmpty() ? "" : ": " + said);
        };
    }

    private static String ioMessage(Verdict verdict, URI base, IOException e) {
        String host = base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
        return switch (verdict.reason()) {
            case TIMEOUT -> "frePPLe at " + host + " did not answer in time";
            case TLS -> "the TLS handshake with " + host + " failed: check its certificate and "
                    + ConfigKeys.PLANNING_FREPPLE_URL;
            default -> "the connection to frePPLe at " + host + " failed"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        };
    }

    /** frePPLe's error body in words: {@code field: message; …}, per record for a bulk write. */
    static String describe(JsonValue details) {
        if (details instanceof JsonObject o) {
            List<String> parts = new ArrayList<>();
            o.forEach((field, messages) -> {
                String text = describe(messages);
                parts.add(field.equals("detail") || field.equals("non_field_errors") || field.equals("message")
                        ? text : field + ": " + text);
            });
            return String.join("; ", parts);
        }
        if (details instanceof JsonArray a) {
            boolean records = a.stream().allMatch(v -> v instanceof JsonObject);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                String text = describe(a.get(i));
                if (!text.isEmpty()) {
                    parts.add(records ? "record " + (i + 1) + ": " + text : text);
                }
            }
            return String.join(records ? "; " : " ", parts);
        }
        if (details instanceof JsonString s) {
            return s.getString();
        }
        return details == null || details == JsonValue.NULL ? "" : details.toString();
    }

    private static JsonValue json(String contentType, String text) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json") || text.isBlank()) {
            return null;
        }
        try {
            return FreppleJson.parse(text);
        } catch (JsonException e) {
            return null;
        }
    }

    private static String entityPath(String entity) {
        if (entity == null || !ENTITY.matcher(entity).matches()) {
            throw new IllegalArgumentException("not a frePPLe entity name: '" + entity + "'");
        }
        return (COMMON.contains(entity) ? "/api/common/" : "/api/input/") + entity + "/";
    }

    private static String detailPath(String entity, String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a " + entity + " key must not be empty");
        }
        return entityPath(entity) + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") + "/";
    }

    private static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        new LinkedHashMap<>(query).forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.length() == 0 ? "?" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    private static String snippet(String body) {
        String text = body.strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_BODY_IN_MESSAGE ? text : text.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
