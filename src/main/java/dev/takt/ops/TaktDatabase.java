package dev.takt.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Container glue for Takt's own database ({@code jdbc/takt}: embedded Derby by default, PostgreSQL in a cluster):
 * brings its schema up to date when the application starts, before any request is served, and produces the
 * container-managed {@link EntityManager} of the {@code takt} persistence unit for constructor injection.
 *
 * <p>A failed migration stops the application's start with the reason in the log ({@link SchemaMigrator}).
 */
@ApplicationScoped
public class TaktDatabase {

    private static final Logger LOG = Logger.getLogger(TaktDatabase.class.getName());

    /** The persistence unit of Takt's own aggregates ({@code META-INF/persistence.xml}). */
    public static final String PERSISTENCE_UNIT = "takt";

    @Resource(lookup = "jdbc/takt")
    DataSource dataSource;

    @Produces
    @PersistenceContext(unitName = PERSISTENCE_UNIT)
    EntityManager entityManager;

    void migrateAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long start = System.nanoTime();
        var scripts = SchemaMigrator.load(getClass().getClassLoader()::getResourceAsStream);
        var outcome = new SchemaMigrator(dataSource, scripts, Clock.systemUTC()).migrate();
        LOG.info(() -> String.format("Database schema at version %d (%s), %d ms", outcome.version(),
                outcome.applied().isEmpty() ? "nothing to apply" : "applied " + String.join(", ", outcome.applied()),
                (System.nanoTime() - start) / 1_000_000));
    }
}
