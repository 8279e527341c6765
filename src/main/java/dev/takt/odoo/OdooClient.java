package dev.takt.odoo;

import dev.takt.odoo.OdooCallListener.Outcome;
import dev.takt.ops.ConfigKeys;
import dev.takt.odoo.OdooErrorClassifier.Classification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Odoo's JSON-RPC over HTTP: one {@code POST <base>/jsonrpc} per call, on kept-alive HTTP/1.1 connections with a
 * connect timeout and a per-request timeout. No retries here: that is {@link OdooRpc}'s job.
 *
 * <p>How answers are read:
 * <ul>
 *   <li>a {@code result} → that value; a reply without {@code result} (Odoo's None) → {@link JsonValue#NULL};</li>
 *   <li>an {@code error} envelope → {@link OdooCallException} classified by {@link OdooErrorClassifier} from
 *       {@code error.data.name}, with Odoo's own message;</li>
 *   <li>no connection, a timeout, HTTP 5xx/429/408, an empty or non-JSON 2xx body → retriable;</li>
 *   <li>HTTP 400 (Odoo's plain-text "Invalid JSON data"), other statuses, redirects, TLS failures → permanent.</li>
 * </ul>
 * A failure also says whether Odoo may have carried the call out ({@link OdooCallException#outcomeUnknown()}): yes
 * after the request was sent without a verdict coming back (the connection broke, no answer in time, a 5xx or 408
 * from a proxy, a reply that is not Odoo's); no when no connection was made, for 429 and other 4xx, and for an
 * Odoo error envelope (Odoo rolled the call back).
 * Every attempt is reported to the {@link OdooCallListener}s.
 */
@ApplicationScoped
public class OdooClient {

    private static final Logger LOG = Logger.getLogger(OdooClient.class.getName());
    private static final int MAX_BODY_IN_MESSAGE = 200;

    private OdooConnectorConfig config;
    private HttpClient http;
    private List<OdooCallListener> listeners;
    private final AtomicLong requestIds = new AtomicLong();

    /** For CDI's proxies only. */
    protected OdooClient() {
    }

    /** CDI: every {@link OdooCallListener} bean (e.g. {@link OdooMetrics}) hears about every attempt. */
    @Inject
    public OdooClient(OdooConnectorConfig config, Instance<OdooCallListener> listeners) {
        this(config, listeners.stream().toList());
    }

    /** Plain construction, e.g. in tests. */
    public OdooClient(OdooConnectorConfig config, List<OdooCallListener> listeners) {
        this.config = config;
        this.listeners = List.copyOf(listeners);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Calls {@code service.method(*args)} with the configured request timeout.
     *
     * @return the {@code result}, or {@link JsonValue#NULL} when the reply has none
     * @throws OdooRetriableCallException  when trying again may help
     * @throws OdooPermanentCallException  when it will not
     * @throws OdooConfigurationException  when no endpoint is configured
     */
    public JsonValue call(String service, String method, JsonArray args) {
        return call(service, method, args, config.requestTimeout());
    }

    /** As {@link #call(String, String, JsonArray)}, with its own request timeout (e.g. a short health probe). */
    public JsonValue call(String service, String method, JsonArray args, Duration timeout) {
        URI endpoint = config.jsonRpcEndpoint();
        String model = service;
        String operation = method;
        if ("object".equals(service) && "execute_kw".equals(method) && args.size() >= 5
                && args.get(3) instanceof JsonString m && args.get(4) instanceof JsonString op) {
            model = m.getString();
            operation = op.getString();
        }
        long id = requestIds.incrementAndGet();
        JsonObject envelope = OdooJson.JSON.createObjectBuilder()
                .add("jsonrpc", "2.0")
                .add("method", "call")
                .add("params", OdooJson.JSON.createObjectBuilder()
                        .add("service", service)
                        .add("method", method)
                        .add("args", args))
                .add("id", id)
                .build();
        long start = System.nanoTime();
        try {
            JsonValue result = exchange(endpoint, envelope, id, timeout, model, operation);
            notify(model, operation, start, Outcome.OK);
            return result;
        } catch (OdooCallException e) {
            notify(model, operation, start, e.classification() == Classification.RETRIABLE
                    ? Outcome.RETRIABLE : Outcome.PERMANENT);
            LOG.log(Level.FINE, "Odoo call {0}/{1} failed: {2}", new Object[] {model, operation, e.getMessage()});
            throw e;
        }
    }

    private JsonValue exchange(URI endpoint, JsonObject envelope, long id, Duration timeout, String model,
            String method) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(envelope.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw retriable("could not connect to " + hostOf(endpoint) + " within " + seconds(config.connectTimeout()),
                    0, model, method, e, false);
        } catch (HttpTimeoutException e) {
            throw retriable("no answer within " + seconds(timeout), 0, model, method, e, true);
        } catch (ConnectException e) {
            throw retriable("could not connect to " + hostOf(endpoint) + " (connection refused or host unreachable)",
                    0, model, method, e, false);
        } catch (SSLException e) {
            throw OdooCallException.of(Classification.PERMANENT, "the TLS handshake with " + hostOf(endpoint)
                    + " failed (" + e.getMessage() + "): check its certificate and " + ConfigKeys.ODOO_URL, null, 0,
                    model, method, e);
        } catch (IOException e) {
            throw retriable("the connection to " + hostOf(endpoint) + " failed"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), 0, model, method, e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw retriable("the call was interrupted before Odoo answered", 0, model, method, e, true);
        }
        return read(response, id, model, method);
    }

    private JsonValue read(HttpResponse<byte[]> response, long id, String model, String method) {
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (status / 100 != 2) {
            Classification kind = OdooErrorClassifier.classifyHttpStatus(status);
            String message;
            if (status == 400) {
                message = "Odoo rejected the request as malformed: " + snippet(body);
            } else if (status / 100 == 3) {
                message = "Odoo answered HTTP " + status + " redirecting to "
                        + response.headers().firstValue("Location").orElse("another address")
                        + ": set " + ConfigKeys.ODOO_URL + " to the final address";
            } else if (kind == Classification.RETRIABLE) {
                message = "HTTP " + status;
            } else {
                message = "Odoo answered HTTP " + status + (status == 404
                        ? ": is " + response.uri() + " the JSON-RPC address of an Odoo server?"
                        : body.length == 0 ? "" : unexpected(body, model, method));
            }
            // a proxy's 5xx or 408 may come after Odoo carried the call out; 429 and 4xx mean it was not
            boolean unknown = kind == Classification.RETRIABLE && status != 429;
            throw OdooCallException.of(kind, message, null, status, model, method, null, unknown);
        }
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw retriable("Odoo answered HTTP " + status + " with an empty body", status, model, method, null,
                    true);
        }
        JsonValue reply;
        try {
            reply = OdooJson.parse(body);
        } catch (JsonException e) {
            throw retriable("Odoo answered HTTP " + status + " with something that is not JSON ("
                    + response.headers().firstValue("Content-Type").orElse("no content type") + ")"
                    + unexpected(body, model, method), status, model, method, e, true);
        }
        if (!(reply instanceof JsonObject object)) {
            throw retriable("Odoo answered HTTP " + status + " with JSON that is not a JSON-RPC reply"
                    + unexpected(body, model, method), status, model, method, null, true);
        }
        JsonValue replyId = object.get("id");
        if (replyId != null && replyId.getValueType() == JsonValue.ValueType.NUMBER
                && OdooJson.number(object, "id").longValue() != id) {
            throw retriable("Odoo answered request " + id + " with the reply to request " + replyId, status, model,
                    method, null, true);
        }
        JsonObject error = OdooJson.object(object, "error");
        if (error != null) {
            JsonObject data = OdooJson.object(error, "data");
            String name = OdooJson.string(data, "name");
            String message = OdooJson.string(data, "message");
            if (message == null || message.isBlank()) {
                message = OdooJson.string(error, "message");
            }
            if (message == null || message.isBlank()) {
                message = "Odoo reported an error without a message";
            }
            throw OdooCallException.of(OdooErrorClassifier.classify(name, message), message.strip(), name, status,
                    model, method, null);
        }
        JsonValue result = object.get("result");
        return result == null ? JsonValue.NULL : result;
    }

    private void notify(String model, String method, long startNanos, Outcome outcome) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        for (OdooCallListener listener : listeners) {
            try {
                listener.onCall(model, method, elapsed, outcome);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An Odoo call listener failed; the call itself is unaffected", e);
            }
        }
    }

    private static OdooCallException retriable(String message, int status, String model, String method,
            Throwable cause, boolean outcomeUnknown) {
        return OdooCallException.of(Classification.RETRIABLE, message, null, status, model, method, cause,
                outcomeUnknown);
    }

    private static String hostOf(URI endpoint) {
        return endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /**
     * An unexpected body is logged for the administrator but kept out of the message, which reaches API clients: a
     * proxy's or a crashed server's page may carry anything.
     */
    private static String unexpected(byte[] body, String model, String method) {
        LOG.warning(() -> "Unexpected reply body to " + model + "/" + method + ": " + snippet(body));
        return ", " + body.length + " bytes (logged)";
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_BODY_IN_MESSAGE ? text : text.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
