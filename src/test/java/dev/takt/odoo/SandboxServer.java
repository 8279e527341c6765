package dev.takt.odoo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.takt.sandbox.SandboxCallLog;
import dev.takt.sandbox.SandboxFaults;
import dev.takt.sandbox.SandboxJsonRpc;
import dev.takt.sandbox.SandboxReply;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The real sandbox engine ({@link SandboxJsonRpc#handle}) behind a JDK HTTP server on 127.0.0.1 at a random port,
 * for container-free tests of the connector over real HTTP. A reply the sandbox marks "drop connection" is lost:
 * the connection is closed without it. Tests can also cut chosen requests before the sandbox sees them
 * ({@link #cutBefore}), and call Odoo directly ({@link #call}) to set things up or play "someone else".
 */
final class SandboxServer implements AutoCloseable {

    static final LocalDate BASE = LocalDate.of(2026, 11, 26);

    private final SandboxJsonRpc rpc;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger ids = new AtomicInteger(1_000_000);
    private volatile Predicate<JsonObject> cutBefore = request -> false;

    SandboxServer(int size, long seed, Clock clock) {
        this.rpc = new SandboxJsonRpc(size, seed, BASE, clock);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/jsonrpc", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Connector settings for this server: a "real Odoo" configuration with the sandbox's login. */
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("takt.odoo.url", "http://127.0.0.1:" + server.getAddress().getPort());
        settings.put("takt.odoo.database", "mfg");
        settings.put("takt.odoo.username", "admin");
        settings.put("takt.odoo.password", "admin");
        return settings;
    }

    SandboxCallLog calls() {
        return rpc.calls();
    }

    void faults(String json) {
        rpc.faults(SandboxFaults.fromJson(OdooJson.parse(json).asJsonObject()));
    }

    void clearFaults() {
        rpc.faults(SandboxFaults.NONE);
    }

    /** Requests matching {@code which} get their connection cut before the sandbox sees them. */
    void cutBefore(Predicate<JsonObject> which) {
        this.cutBefore = which;
    }

    /** True for an {@code execute_kw} request of {@code model.method}. */
    static boolean isCall(JsonObject request, String model, String method) {
        JsonArray args = request.getJsonObject("params").getJsonArray("args");
        return "execute_kw".equals(request.getJsonObject("params").getString("method")) && args.size() > 4
                && model.equals(args.getString(3)) && method.equals(args.getString(4));
    }

    /** {@code model.method(*args, **kwargs)} as admin, straight to the sandbox (no HTTP); fails on an Odoo error. */
    JsonValue call(String model, String method, String args, String kwargs) {
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"object\","
                + "\"method\":\"execute_kw\",\"args\":[\"mfg\",2,\"admin\",\"" + model + "\",\"" + method + "\","
                + args + "," + kwargs + "]},\"id\":" + ids.incrementAndGet() + "}";
        JsonObject reply = OdooJson.parse(rpc.handle(body).body()).asJsonObject();
        if (reply.containsKey("error")) {
            throw new AssertionError(model + "." + method + ": " + reply.getJsonObject("error"));
        }
        return reply.getOrDefault("result", JsonValue.NULL);
    }

    JsonArray searchRead(String model, String domain, String... fields) {
        return call(model, "search_read", "[" + domain + "]", "{\"fields\":" + OdooJson.toJson(List.of(fields))
                + ",\"order\":\"id asc\",\"context\":{\"active_test\":false}}").asJsonArray();
    }

    JsonObject read(String model, long id, String... fields) {
        JsonArray rows = call(model, "read", "[[" + id + "]]", "{\"fields\":" + OdooJson.toJson(List.of(fields))
                + "}").asJsonArray();
        return rows.isEmpty() ? null : rows.getJsonObject(0);
    }

    long count(String model, String domain) {
        return ((JsonNumber) call(model, "search_count", "[" + domain + "]", "{}")).longValue();
    }

    void write(String model, long id, String vals) {
        call(model, "write", "[[" + id + "]," + vals + "]", "{}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            JsonValue request = parseOrNull(body);
            if (request instanceof JsonObject object && object.get("params") instanceof JsonObject
                    && cutBefore.test(object)) {
                cut(exchange, new byte[0]);
                return;
            }
            SandboxReply reply = rpc.handle(body);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            if (reply.dropConnection()) {
                cut(exchange, bytes);
                return;
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /**
     * Closes the exchange before any response header: the JDK server then closes the connection, and the client
     * sees it break with no reply. (Announcing more bytes than are sent does not work with this server: it keeps
     * the connection open.) {@code partial} is the reply that is lost.
     */
    private static void cut(HttpExchange exchange, byte[] partial) {
        exchange.close();
    }

    private static JsonValue parseOrNull(String body) {
        try {
            return OdooJson.parse(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
