package dev.takt.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every migration script on a real PostgreSQL through plain JDBC: runs in the {@code postgres-it} execution of the
 * integration tests, whose environment names the database ({@code TAKT_DB_URL}, {@code TAKT_DB_USER},
 * {@code TAKT_DB_PASSWORD}); the Derby run skips it (SchemaMigratorTest covers Derby). Each test works in a scratch
 * schema of its own, dropped afterwards, beside the schema the server under test uses.
 */
@EnabledIfEnvironmentVariable(named = "TAKT_DB_URL", matches = "jdbc:postgresql:.*")
class MigrationsOnPostgresIT {

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+)", Pattern.CASE_INSENSITIVE);

    private final List<SchemaMigrator.Script> scripts =
            SchemaMigrator.load(getClass().getClassLoader()::getResourceAsStream);
    private final String schema = "takt_migration_check_" + Long.toHexString(System.nanoTime());
    private PGSimpleDataSource db;

    @BeforeEach
    void scratchSchema() throws SQLException {
        db = dataSource(null);
        execute("CREATE SCHEMA " + schema);
        db = dataSource(schema);
    }

    @AfterEach
    void dropScratchSchema() throws SQLException {
        db = dataSource(null);
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void everyScriptRunsUnchangedOnPostgres() throws SQLException {
        SchemaMigrator.Outcome first = new SchemaMigrator(db, scripts, Clock.systemUTC()).migrate();
        SchemaMigrator.Outcome second = new SchemaMigrator(db, scripts, Clock.systemUTC()).migrate();

        assertEquals(scripts.stream().map(SchemaMigrator.Script::name).toList(), first.applied());
        assertEquals(scripts.size(), first.version());
        assertEquals(List.of(), second.applied(), "nothing to apply the second time");
        List<String> expectedTables = new ArrayList<>(List.of("takt_schema_version"));
        for (SchemaMigrator.Script script : scripts) {
            Matcher table = CREATE_TABLE.matcher(script.sql());
            while (table.find()) {
                expectedTables.add(table.group(1).toLowerCase(Locale.ROOT));
            }
        }
        List<String> tables = strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + schema + "' ORDER BY table_name");
        assertEquals(expectedTables.stream().sorted().toList(), tables);
        assertEquals(List.of("FORECAST", "PLANNED_ORDERS", "SCHEDULE"),
                strings("SELECT COUNTER_NAME FROM PLAN_COUNTER ORDER BY COUNTER_NAME"));
    }

    @Test
    void quantitiesKeepSixDecimalsAndChecksHold() throws SQLException {
        new SchemaMigrator(db, scripts, Clock.systemUTC()).migrate();
        execute("INSERT INTO PLAN_FORECAST_VERSION VALUES (1, 'DRAFT', NULL, CURRENT_TIMESTAMP, NULL, NULL, 1, 0)");
        execute("INSERT INTO PLAN_FORECAST_LINE VALUES "
                + "(1, 1, 'FURN_1', 'WH', '2026-03-02', '2026-03-08', 'WEEK', 1234567890123.123456, 'Units')");
        assertEquals(List.of("1234567890123.123456"), strings("SELECT CAST(QUANTITY AS VARCHAR(40)) FROM PLAN_FORECAST_LINE"));
        assertThrows(SQLException.class, () -> execute("INSERT INTO PLAN_FORECAST_LINE VALUES "
                + "(1, 2, 'FURN_1', 'WH', '2026-03-02', '2026-03-08', 'WEEK', -1, 'Units')"), "negative quantity");
        assertThrows(SQLException.class, () -> execute("INSERT INTO PLAN_FORECAST_VERSION VALUES "
                + "(2, 'SHIPPED', NULL, CURRENT_TIMESTAMP, NULL, NULL, 1, 0)"), "unknown state");
    }

    /** Replicas starting together on one database: each script is applied exactly once, and neither fails. */
    @Test
    void twoReplicasMigratingAtOnceApplyEachScriptOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<SchemaMigrator.Outcome> replica = () -> new SchemaMigrator(db, scripts, Clock.systemUTC()).migrate();
            Future<SchemaMigrator.Outcome> a = pool.submit(replica);
            Future<SchemaMigrator.Outcome> b = pool.submit(replica);
            List<String> applied = new ArrayList<>(a.get().applied());
            applied.addAll(b.get().applied());
            assertEquals(scripts.stream().map(SchemaMigrator.Script::name).sorted().toList(),
                    applied.stream().sorted().toList());
            assertEquals(List.of(String.valueOf(scripts.size())),
                    strings("SELECT CAST(COUNT(*) AS VARCHAR(10)) FROM TAKT_SCHEMA_VERSION"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static PGSimpleDataSource dataSource(String currentSchema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv("TAKT_DB_URL"));
        ds.setUser(System.getenv("TAKT_DB_USER"));
        ds.setPassword(System.getenv("TAKT_DB_PASSWORD"));
        if (currentSchema != null) {
            ds.setCurrentSchema(currentSchema);
        }
        return ds;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
