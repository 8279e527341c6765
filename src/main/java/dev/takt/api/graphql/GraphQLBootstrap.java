package dev.takt.api.graphql;

import dev.takt.ops.ConfigKeys;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.schema.SchemaBuilder;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.servlet.IndexInitializer;
import io.smallrye.graphql.servlet.SchemaServlet;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import org.eclipse.microprofile.config.Config;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Builds the GraphQL schema at start-up from Takt's own classes only, in place of SmallRye's
 * {@code StartupListener} (which indexes every library jar; see docs/adr/0001-graphql-runtime.md), and applies the
 * document token limit that SmallRye 2.17 does not apply to operations. It also opens the subscriptions' WebSocket
 * endpoint ({@code /graphql}, subprotocols {@code graphql-transport-ws} and legacy {@code graphql-ws}; see
 * docs/subscriptions.md) and makes Mutiny run on the server's managed scheduled executor instead of its own
 * unmanaged threads, so that subscription streams may use container services.
 */
@WebListener
public class GraphQLBootstrap implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(GraphQLBootstrap.class.getName());

    @Inject
    GraphQLProducer producer;

    @Inject
    Config config;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long start = System.nanoTime();
        ServletContext context = event.getServletContext();
        int maxTokens = config.getOptionalValue(ConfigKeys.GRAPHQL_MAX_TOKENS, Integer.class).orElse(15_000);
        ParserOptions.setDefaultOperationParserOptions(
                ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens)));
        IndexView index = CompositeIndex.create(new IndexInitializer().createIndex(Set.of(classesUrl(context))),
                jdkTypes());
        Schema schema = SchemaBuilder.build(index);
        GraphQLSchema graphQLSchema = producer.initialize(schema, true);
        context.setAttribute(SchemaServlet.SCHEMA_PROP, graphQLSchema);
        Infrastructure.setDefaultExecutor(executor);
        openWebSocket(context);
        LOG.info(() -> String.format("GraphQL schema ready: %d queries, %d types, max %d tokens, %d ms",
                schema.getQueries().size(), schema.getTypes().size(), maxTokens,
                (System.nanoTime() - start) / 1_000_000));
    }

    /**
     * Registers the subscription endpoint ({@link GraphQLSubscriptionEndpoint}, on SmallRye's protocol handlers)
     * explicitly rather than relying on annotation scanning.
     */
    private static void openWebSocket(ServletContext context) {
        ServerContainer container = (ServerContainer) context.getAttribute(ServerContainer.class.getName());
        if (container == null) {
            throw new IllegalStateException("No WebSocket container: the server must enable websocket-2.1");
        }
        try {
            container.addEndpoint(GraphQLSubscriptionEndpoint.config());
        } catch (DeploymentException e) {
            throw new IllegalStateException("Cannot open the GraphQL subscription endpoint at /graphql", e);
        }
    }

    /** JDK types the domain exposes that SmallRye must see as GraphQL types (enums). */
    private static IndexView jdkTypes() {
        Indexer indexer = new Indexer();
        try {
            indexer.indexClass(DayOfWeek.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index java.time.DayOfWeek", e);
        }
        return indexer.complete();
    }

    private static URL classesUrl(ServletContext context) {
        String path = context.getRealPath("WEB-INF/classes");
        if (path == null) {
            throw new IllegalStateException("The application must be deployed expanded: WEB-INF/classes has no path");
        }
        try {
            return Path.of(path).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Cannot index " + path, e);
        }
    }
}
