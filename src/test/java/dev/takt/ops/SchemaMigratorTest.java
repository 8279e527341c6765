package dev.takt.ops;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migration runner on an in-memory Derby, with Takt's real scripts and with made-up ones. */
class SchemaMigratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    private EmbeddedDataSource db;

    @BeforeEach
    void freshDatabase() {
        db = new EmbeddedDataSource();
        db.setDatabaseName("memory:takt-" + UUID.randomUUID());
        db.setCreateDatabase("create");
    }

    @AfterEach
    void dropDatabase() {
        db.setCreateDatabase(null);
        db.setConnectionAttributes("drop=true");
        try {
            db.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a dropped database with an exception
        }
    }

    @Test
    void takt_sScriptsRunOnDerbyOnceAndAreRecorded() throws SQLException {
        List<SchemaMigrator.Script> scripts = SchemaMigrator.load(getClass().getClassLoader()::getResourceAsStream);
        assertEquals("V1__planning.sql", scripts.get(0).name());

        SchemaMigrator.Outcome first = new SchemaMigrator(db, scripts, CLOCK).migrate();
        SchemaMigrator.Outcome second = new SchemaMigrator(db, scripts, CLOCK).migrate();

        assertEquals(List.of("V1__planning.sql"), first.applied().subList(0, 1));
        assertEquals(scripts.size(), first.version());
        assertEquals(List.of(), second.applied(), "nothing to apply the second time");
        assertEquals(scripts.size(), second.version());
        assertEquals(List.of("EXECUTION", "FORECAST", "PLANNED_ORDERS", "SCHEDULE"),
                strings("SELECT COUNTER_NAME FROM PLAN_COUNTER ORDER BY COUNTER_NAME"));
        assertEquals(List.of("FEEDBACK_HINT", "PLANNING_EXCEPTION"),
                strings("SELECT COUNTER_NAME FROM SYNC_COUNTER ORDER BY COUNTER_NAME"));
        assertEquals(List.of("V1__planning.sql|2026-03-02 08:00:00.0"),
                strings("SELECT SCRIPT || '|' || CAST(APPLIED_AT AS VARCHAR(30)) FROM TAKT_SCHEMA_VERSION "
                        + "WHERE VERSION_NO = 1"));
    }

    @Test
    void anOpenPlanningExceptionKeyIsUniqueWhileResolvedOnesRepeatFreely() throws SQLException {
        new SchemaMigrator(db, SchemaMigrator.load(getClass().getClassLoader()::getResourceAsStream), CLOCK)
                .migrate();
        String insert = "INSERT INTO SYNC_PLANNING_EXCEPTION (ID, KIND, SEVERITY, OWNER_ROLE, STATUS, MESSAGE, "
                + "DEDUP_KEY, OPEN_KEY, RAISED_AT, RAISED_BY, LAST_SEEN_AT, OCCURRENCES) VALUES (%d, 'SHORTAGE', "
                + "'HIGH', 'buyer', '%s', 'm', 'SHORTAGE:A:WH', %s, CURRENT_TIMESTAMP, 'feedback', "
                + "CURRENT_TIMESTAMP, 1)";
        execute(String.format(insert, 1, "RESOLVED", "NULL"));
        execute(String.format(insert, 2, "RESOLVED", "NULL"));
        execute(String.format(insert, 3, "OPEN", "'SHORTAGE:A:WH'"));
        assertThrows(SQLException.class, () -> execute(String.format(insert, 4, "ACKNOWLEDGED", "'SHORTAGE:A:WH'")));
        assertThrows(SQLException.class, () -> execute(String.format(insert, 5, "CLOSED", "NULL")));
    }

    @Test
    void theSchemaRefusesWhatTheDomainRefuses() throws SQLException {
        new SchemaMigrator(db, SchemaMigrator.load(getClass().getClassLoader()::getResourceAsStream), CLOCK)
                .migrate();
        execute("INSERT INTO PLAN_FORECAST_VERSION VALUES (1, 'DRAFT', NULL, CURRENT_TIMESTAMP, NULL, NULL, 1, 0)");
        assertThrows(SQLException.class, () -> execute("INSERT INTO PLAN_FORECAST_LINE VALUES "
                + "(1, 1, 'FURN_1', 'WH', '2026-03-02', '2026-03-08', 'WEEK', -1, 'Units')"), "negative quantity");
        assertThrows(SQLException.class, () -> execute("INSERT INTO PLAN_FORECAST_LINE VALUES "
                + "(2, 1, 'FURN_1', 'WH', '2026-03-02', '2026-03-08', 'WEEK', 1, 'Units')"), "unknown version");
        assertThrows(SQLException.class, () -> execute("INSERT INTO PLAN_FORECAST_VERSION VALUES "
                + "(2, 'ARCHIVED', NULL, CURRENT_TIMESTAMP, NULL, NULL, 1, 0)"), "unknown state");
    }

    @Test
    void scriptsRunInOrderAndAFailingOneLeavesNothingBehind() throws SQLException {
        SchemaMigrator.Script one = script(1, "CREATE TABLE A (X INTEGER);\nINSERT INTO A VALUES (1);");
        SchemaMigrator.Script two = script(2,
                "-- adds B\nCREATE TABLE B (Y INTEGER);\nINSERT INTO NOWHERE VALUES (1);");

        SchemaMigrationException e = assertThrows(SchemaMigrationException.class,
                () -> new SchemaMigrator(db, List.of(one, two), CLOCK).migrate());

        assertTrue(e.getMessage().startsWith("migration V2__test.sql failed at statement 2: "), e.getMessage());
        assertEquals(List.of("1"), strings("SELECT X FROM A"), "V1 stays applied");
        assertEquals(List.of("1"), strings("SELECT VERSION_NO FROM TAKT_SCHEMA_VERSION"));
        assertFalse(tableExists("B"), "V2's first statement was rolled back with it");

        SchemaMigrator.Script fixed = script(2, "CREATE TABLE B (Y INTEGER);");
        assertEquals(List.of("V2__test.sql"), new SchemaMigrator(db, List.of(one, fixed), CLOCK).migrate().applied());
        assertTrue(tableExists("B"));
    }

    @Test
    void anAppliedScriptMustNotChange() {
        new SchemaMigrator(db, List.of(script(1, "CREATE TABLE A (X INTEGER);")), CLOCK).migrate();

        SchemaMigrationException e = assertThrows(SchemaMigrationException.class, () -> new SchemaMigrator(db,
                List.of(script(1, "CREATE TABLE A (X BIGINT);")), CLOCK).migrate());

        assertTrue(e.getMessage().contains("V1__test.sql was changed after it was applied"), e.getMessage());
    }

    @Test
    void aDatabaseNewerThanTheBuildIsRefused() {
        new SchemaMigrator(db, List.of(script(1, "CREATE TABLE A (X INTEGER);"),
                script(2, "CREATE TABLE B (X INTEGER);")), CLOCK).migrate();

        SchemaMigrationException e = assertThrows(SchemaMigrationException.class, () -> new SchemaMigrator(db,
                List.of(script(1, "CREATE TABLE A (X INTEGER);")), CLOCK).migrate());

        assertTrue(e.getMessage().startsWith("the database schema is at version 2 but this build of Takt knows "
                + "versions up to 1"), e.getMessage());
    }

    @Test
    void theIndexNamesNumberedScriptsWithoutGaps() {
        Map<String, String> files = Map.of(SchemaMigrator.INDEX, "# comment\nV1__a.sql\nV3__c.sql\n",
                "db/migration/V1__a.sql", "SELECT 1 FROM SYSIBM.SYSDUMMY1;", "db/migration/V3__c.sql", "");
        List<SchemaMigrator.Script> scripts = SchemaMigrator.load(path -> stream(files.get(path)));
        assertEquals(2, scripts.size());
        SchemaMigrationException gap = assertThrows(SchemaMigrationException.class,
                () -> new SchemaMigrator(db, scripts, CLOCK));
        assertTrue(gap.getMessage().contains("script 2 is V3__c.sql"), gap.getMessage());

        SchemaMigrationException misnamed = assertThrows(SchemaMigrationException.class, () -> SchemaMigrator.load(
                path -> stream(Map.of(SchemaMigrator.INDEX, "create.sql").get(path))));
        assertTrue(misnamed.getMessage().contains("'create.sql'"), misnamed.getMessage());

        SchemaMigrationException missing = assertThrows(SchemaMigrationException.class, () -> SchemaMigrator.load(
                path -> stream(Map.of(SchemaMigrator.INDEX, "V1__gone.sql").get(path))));
        assertTrue(missing.getMessage().contains("db/migration/V1__gone.sql is missing"), missing.getMessage());
    }

    @Test
    void statementsAreSplitAtSemicolonsEndingALine() {
        SchemaMigrator.Script script = script(1, "-- a comment; not a statement\nCREATE TABLE A (\n  X INTEGER\n);\n\n"
                + "INSERT INTO A VALUES (1);   \nINSERT INTO A VALUES (2)");
        assertEquals(List.of("CREATE TABLE A (\n  X INTEGER\n)", "INSERT INTO A VALUES (1)",
                "INSERT INTO A VALUES (2)"), script.statements());
    }

    private static SchemaMigrator.Script script(int version, String sql) {
        return new SchemaMigrator.Script(version, "V" + version + "__test.sql", sql, SchemaMigrator.sha256(sql));
    }

    private static ByteArrayInputStream stream(String text) {
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private boolean tableExists(String name) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet tables = c.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }
}
