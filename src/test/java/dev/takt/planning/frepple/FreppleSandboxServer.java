package dev.takt.planning.frepple;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.takt.ops.ConfigKeys;
import dev.takt.sandbox.frepple.FreppleReply;
import dev.takt.sandbox.frepple.FreppleSandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The frePPLe sandbox served over real HTTP for the client's tests: a JDK HTTP server on 127.0.0.1 at a random port
 * that hands each request to {@link FreppleSandbox#handle} under {@code /sandbox/frepple}, as the servlet does
 * (latency, dropped connections, redirects moved under the mount). It records the client port of every request, to
 * see connection reuse.
 */
final class FreppleSandboxServer implements AutoCloseable {

    static final String MOUNT = "/sandbox/frepple";
    static final String SECRET = "client-test-secret";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    final FreppleSandbox sandbox = new FreppleSandbox(LocalDate.of(2026, 11, 26), CLOCK, SECRET);
    final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    FreppleSandboxServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(MOUNT, this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL, {@code http://127.0.0.1:<port>/sandbox/frepple}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + MOUNT;
    }

    /** Connector settings for this server with Basic admin/admin. */
    Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put(ConfigKeys.PLANNING_ADAPTER, "frepple");
        s.put(ConfigKeys.PLANNING_FREPPLE_URL, url());
        s.put(ConfigKeys.PLANNING_FREPPLE_USERNAME, "admin");
        s.put(ConfigKeys.PLANNING_FREPPLE_PASSWORD, "admin");
        s.put(ConfigKeys.PLANNING_FREPPLE_POLL_INTERVAL_MS, "1");
        return s;
    }

    private void serve(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath();
            String path = raw.length() > MOUNT.length() ? raw.substring(MOUNT.length()) : "/";
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            FreppleReply reply = sandbox.handle(exchange.getRequestMethod(), path,
                    exchange.getRequestURI().getRawQuery(), headers, body);
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k,
                    k.equalsIgnoreCase("Location") ? reply.location(MOUNT) : v));
            if (reply.dropConnection()) {
                exchange.sendResponseHeaders(reply.status(), bytes.length + 4096L);
                OutputStream out = exchange.getResponseBody();
                out.write(bytes);
                out.flush();
                return;
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away or the response was cut on purpose
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
