package dev.takt.api.graphql;

import graphql.execution.SubscriptionExecutionStrategy;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import io.smallrye.graphql.websocket.graphqlws.GraphQLWSSubprotocolHandler;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The GraphQL subscription endpoint, {@code ws(s)://<host>/graphql}, speaking {@code graphql-transport-ws} (or the
 * legacy {@code graphql-ws}) through SmallRye GraphQL's protocol handlers. It stands in for SmallRye's own
 * {@code GraphQLServerWebSocket} for two reasons:
 * <ul>
 *   <li>several subscriptions of one connection emit on different threads, and a WebSocket session's basic remote
 *       must not be written by two threads at once (the WebSocket API may refuse it): sends are serialised per
 *       connection here;</li>
 *   <li>graphql-java keeps a subscription's events in order only when the GraphQL context holds
 *       {@value SubscriptionExecutionStrategy#KEEP_SUBSCRIPTION_EVENTS_ORDERED}; each connection's context does.</li>
 * </ul>
 * A client that offers neither subprotocol is closed with 1002 (protocol error) and a reason that says what to offer.
 * Registered by {@link GraphQLBootstrap}.
 */
public class GraphQLSubscriptionEndpoint extends Endpoint {

    /** The current protocol (the npm {@code graphql-ws} library). */
    public static final String TRANSPORT_WS = "graphql-transport-ws";
    /** The legacy protocol of {@code subscriptions-transport-ws} (Apollo, deprecated). */
    public static final String LEGACY_WS = "graphql-ws";
    /** Where it is served. */
    public static final String PATH = "/graphql";

    private static final Logger LOG = Logger.getLogger(GraphQLSubscriptionEndpoint.class.getName());

    /** This connection's protocol handler (the container makes one endpoint instance per connection). */
    private volatile GraphQLWebsocketHandler handler;

    /** The configuration to register with the container. */
    public static ServerEndpointConfig config() {
        return ServerEndpointConfig.Builder.create(GraphQLSubscriptionEndpoint.class, PATH)
                .subprotocols(List.of(TRANSPORT_WS, LEGACY_WS)).build();
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        String subprotocol = session.getNegotiatedSubprotocol();
        Map<String, Object> context = new ConcurrentHashMap<>();
        context.put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
        SerialSession serial = new SerialSession(session);
        if (TRANSPORT_WS.equals(subprotocol)) {
            handler = new GraphQLTransportWSSubprotocolHandler(serial, context);
        } else if (LEGACY_WS.equals(subprotocol)) {
            handler = new GraphQLWSSubprotocolHandler(serial, context);
        } else {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.PROTOCOL_ERROR,
                        "Unknown subprotocol: offer graphql-transport-ws (or the legacy graphql-ws)"));
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not close a connection without subprotocol", e);
            }
            return;
        }
        session.addMessageHandler(String.class, message -> handler.onMessage(message));
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        GraphQLWebsocketHandler current = handler;
        handler = null;
        if (current != null) {
            current.onClose();
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        GraphQLWebsocketHandler current = handler;
        handler = null;
        if (current != null) {
            current.onThrowable(error);
        }
    }

    /** A session whose messages are sent one at a time, whichever thread sends them. */
    private static final class SerialSession implements GraphQLWebSocketSession {
        private final Session session;

        SerialSession(Session session) {
            this.session = session;
        }

        @Override
        public void sendMessage(String message) throws IOException {
            synchronized (this) {
                session.getBasicRemote().sendText(message);
            }
        }

        @Override
        public void close(short code, String reason) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not close a subscription connection", e);
            }
        }

        @Override
        public boolean isClosed() {
            return !session.isOpen();
        }
    }
}
