package dev.takt.odoo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A scripted Odoo for unit tests: a JDK HTTP server on 127.0.0.1 at a random port answering {@code /jsonrpc}.
 * Replies come from a queue when one is queued, otherwise from a router function. It records every request and the
 * client port it came from (to see connection reuse).
 */
final class FakeOdoo implements AutoCloseable {

    /** One scripted HTTP answer. {@code hold} makes the server wait until {@link #close()} before answering. */
    record Reply(int status, String contentType, String body, boolean hold) {
        static Reply json(JsonValue reply) {
            return new Reply(200, "application/json", reply.toString(), false);
        }

        static Reply raw(int status, String contentType, String body) {
            return new Reply(status, contentType, body, false);
        }

        static Reply never() {
            return new Reply(200, "application/json", "", true);
        }
    }

    /** A request as the server saw it. */
    record Seen(JsonObject envelope, int clientPort) {
        String service() {
            return envelope.getJsonObject("params").getString("service");
        }

        String method() {
            return envelope.getJsonObject("params").getString("method");
        }

        JsonArray args() {
            return envelope.getJsonObject("params").getJsonArray("args");
        }

        /** For execute_kw: the model. */
        String model() {
            return args().getString(3);
        }

        /** For execute_kw: the model's method. */
        String modelMethod() {
            return args().getString(4);
        }

        /** For execute_kw: the positional arguments. */
        JsonArray positional() {
            return args().getJsonArray(5);
        }

        /** For execute_kw: the keyword arguments. */
        JsonObject kwargs() {
            return args().getJsonObject(6);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> queue = new ArrayDeque<>();
    private final List<Seen> seen = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<JsonObject, Reply> router = request -> Reply.raw(500, "text/plain", "no route");

    FakeOdoo() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Connector settings pointing at this server (a real-Odoo configuration: database mfg, admin/secret). */
    Map<String, String> settings() {
        return new java.util.HashMap<>(Map.of(
                "takt.odoo.url", baseUrl(),
                "takt.odoo.database", "mfg",
                "takt.odoo.username", "admin",
                "takt.odoo.password", "secret"));
    }

    FakeOdoo route(Function<JsonObject, Reply> router) {
        this.router = router;
        return this;
    }

    synchronized FakeOdoo enqueue(Reply... replies) {
        queue.addAll(List.of(replies));
        return this;
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The execute_kw requests seen, in order. */
    synchronized List<Seen> executeKws() {
        return seen.stream().filter(s -> "execute_kw".equals(s.method())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            JsonObject envelope = OdooJson.parse(raw).asJsonObject();
            Reply reply;
            synchronized (this) {
                seen.add(new Seen(envelope, exchange.getRemoteAddress().getPort()));
                reply = queue.isEmpty() ? null : queue.poll();
            }
            if (reply == null) {
                reply = router.apply(envelope);
            }
            if (reply.hold()) {
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    // ---- reply builders ---------------------------------------------------------------------------------------

    static JsonObject resultReply(JsonObject request, JsonValue result) {
        return OdooJson.JSON.createObjectBuilder().add("jsonrpc", "2.0").add("id", request.get("id"))
                .add("result", result).build();
    }

    static JsonObject errorReply(JsonObject request, String name, String message) {
        return OdooJson.JSON.createObjectBuilder().add("jsonrpc", "2.0").add("id", request.get("id"))
                .add("error", OdooJson.JSON.createObjectBuilder().add("code", 200).add("message", "Odoo Server Error")
                        .add("data", OdooJson.JSON.createObjectBuilder().add("name", name).add("message", message)
                                .add("arguments", OdooJson.array(message)).add("context", JsonValue.EMPTY_JSON_OBJECT)))
                .build();
    }

    /** The recorded reply with its id replaced by the request's. */
    static JsonObject withId(JsonObject recordedReply, JsonObject request) {
        return OdooJson.JSON.createObjectBuilder(recordedReply).add("id", request.get("id")).build();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
