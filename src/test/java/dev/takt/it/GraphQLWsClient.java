package dev.takt.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client (the JDK's {@link WebSocket}) speaking a GraphQL subscription subprotocol with Takt: every
 * text message the server sends is parsed and queued in arrival order; the close code and reason are kept.
 */
final class GraphQLWsClient implements AutoCloseable {

    static final String ENDPOINT = TaktIT.BASE.replaceFirst("^http", "ws") + "/graphql";
    static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<JsonObject> kept = new ArrayList<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQLWsClient(String subprotocol) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        if (subprotocol != null) {
            builder.subprotocols(subprotocol);
        }
        socket = builder.buildAsync(URI.create(ENDPOINT), new Listener()).get(20, TimeUnit.SECONDS);
    }

    /** Opens a connection offering {@code subprotocol} (null: none). */
    static GraphQLWsClient open(String subprotocol) throws Exception {
        return new GraphQLWsClient(subprotocol);
    }

    /** Opens a {@code graphql-transport-ws} connection and completes its handshake. */
    static GraphQLWsClient connected() throws Exception {
        GraphQLWsClient client = open("graphql-transport-ws");
        client.send("{\"type\":\"connection_init\",\"payload\":{}}");
        JsonObject ack = client.next();
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return client;
    }

    /** The subprotocol the server chose. */
    String subprotocol() {
        return socket.getSubprotocol();
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Starts a {@code graphql-transport-ws} subscription. */
    void subscribe(String id, String query) {
        send(Json.createObjectBuilder().add("id", id).add("type", "subscribe")
                .add("payload", Json.createObjectBuilder().add("query", query)).build().toString());
    }

    /** The next message, waiting up to {@link #WAIT}. */
    JsonObject next() throws InterruptedException {
        JsonObject message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message from the server within " + WAIT);
        }
        return message;
    }

    /** The next message that matches, skipping (and returning in {@code skipped}) the others. */
    JsonObject next(Predicate<JsonObject> wanted, List<JsonObject> skipped) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = received.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000),
                    TimeUnit.MILLISECONDS);
            if (message == null) {
                break;
            }
            if (wanted.test(message)) {
                return message;
            }
            skipped.add(message);
        }
        throw new AssertionError("no matching message within " + WAIT + "; skipped " + skipped);
    }

    /**
     * The next message for subscription {@code id}; messages for other ids that arrive meanwhile are kept for their
     * own {@code nextFor} (pings are dropped).
     */
    JsonObject nextFor(String id) throws InterruptedException {
        for (java.util.Iterator<JsonObject> it = kept.iterator(); it.hasNext();) {
            JsonObject message = it.next();
            if (id.equals(message.getString("id", null))) {
                it.remove();
                return message;
            }
        }
        List<JsonObject> others = new ArrayList<>();
        JsonObject found = next(m -> id.equals(m.getString("id", null)), others);
        others.stream().filter(m -> m.containsKey("id")).forEach(kept::add);
        return found;
    }

    /** Messages that arrived and were not read yet (kept ones first). */
    List<JsonObject> drain() {
        List<JsonObject> rest = new ArrayList<>(kept);
        kept.clear();
        received.drainTo(rest);
        return rest;
    }

    /** "code reason" once the server closed the connection, waiting up to {@link #WAIT}. */
    String closedWith() throws Exception {
        return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("error " + error);
        }
    }
}
