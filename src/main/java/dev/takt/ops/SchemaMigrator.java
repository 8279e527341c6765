package dev.takt.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Brings Takt's own database schema up to date: runs the numbered SQL scripts listed in
 * {@value #INDEX} ({@code V1__planning.sql}, {@code V2__….sql}, …) that the database has not seen yet, in order,
 * and records each in {@value #HISTORY_TABLE} (version, script, SHA-256 checksum, time applied, UTC).
 *
 * <p>Rules:
 * <ul>
 * <li>Each script runs in one transaction together with its history row (Derby and PostgreSQL both have
 * transactional DDL): a failed script leaves nothing behind and stops the start-up with a message naming the
 * script and the statement.</li>
 * <li>An applied script must not change: a different checksum stops the start-up. A database that has a version
 * this build does not know (a newer Takt ran on it) stops it too.</li>
 * <li>Several replicas may start at once on a shared database: the history row is inserted before the script runs,
 * so a second replica blocks on the primary key until the first commits, then fails on it, rolls back and finds
 * the version applied.</li>
 * <li>Scripts are plain DDL/DML separated by {@code ;} at the end of a line; lines starting with {@code --} are
 * comments. They must run unchanged on Derby and PostgreSQL.</li>
 * </ul>
 */
public final class SchemaMigrator {

    /** Where the scripts are on the class path. */
    public static final String LOCATION = "db/migration/";
    /** The ordered list of scripts. */
    public static final String INDEX = LOCATION + "migrations.txt";
    /** The table recording applied scripts. */
    public static final String HISTORY_TABLE = "TAKT_SCHEMA_VERSION";

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    /**
     * One migration script.
     *
     * @param version  its number
     * @param name     its file name
     * @param sql      its text (line ends normalised)
     * @param checksum SHA-256 of the text, hexadecimal
     */
    public record Script(int version, String name, String sql, String checksum) {

        /** The statements, in order. */
        public List<String> statements() {
            StringBuilder text = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : STATEMENT_END.split(text)) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }
    }

    /**
     * What a run did.
     *
     * @param applied the scripts this run applied
     * @param version the schema version after the run
     */
    public record Outcome(List<String> applied, int version) {
    }

    private final DataSource dataSource;
    private final List<Script> scripts;
    private final Clock clock;

    /** Applies {@code scripts} (in version order 1, 2, …) to {@code dataSource}. */
    public SchemaMigrator(DataSource dataSource, List<Script> scripts, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.scripts = List.copyOf(scripts);
        this.clock = Objects.requireNonNull(clock, "clock");
        for (int i = 0; i < this.scripts.size(); i++) {
            if (this.scripts.get(i).version() != i + 1) {
                throw new SchemaMigrationException("migration scripts must be numbered 1, 2, 3… without gaps; script "
                        + (i + 1) + " is " + this.scripts.get(i).name());
            }
        }
    }

    /**
     * The scripts listed in {@value #INDEX}, read with {@code resources} (a class loader's
     * {@code getResourceAsStream}, say).
     *
     * @throws SchemaMigrationException when the index or a script is missing or misnamed
     */
    public static List<Script> load(Function<String, InputStream> resources) {
        List<Script> scripts = new ArrayList<>();
        for (String line : read(resources, INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new SchemaMigrationException("migration script '" + name + "' in " + INDEX
                        + " is not named V<number>__<description>.sql");
            }
            String sql = read(resources, LOCATION + name);
            scripts.add(new Script(Integer.parseInt(matcher.group(1)), name, sql, sha256(sql)));
        }
        return scripts;
    }

    /**
     * Applies the scripts the database has not seen.
     *
     * @throws SchemaMigrationException when a script fails, an applied script changed, or the database is newer
     */
    public Outcome migrate() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ensureHistoryTable(connection);
                List<String> applied = new ArrayList<>();
                for (Script script : scripts) {
                    if (apply(connection, script)) {
                        applied.add(script.name());
                    }
                }
                Map<Integer, String> history = history(connection);
                return new Outcome(applied, history.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SchemaMigrationException("cannot reach the database to check its schema: " + e.getMessage(), e);
        }
    }

    /** True when this run applied the script; false when it was applied before. */
    private boolean apply(Connection connection, Script script) throws SQLException {
        Map<Integer, String> history = history(connection);
        check(history);
        if (history.containsKey(script.version())) {
            return false;
        }
        int index = 0;
        try {
            try (PreparedStatement claim = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (VERSION_NO, SCRIPT, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                claim.setInt(1, script.version());
                claim.setString(2, script.name());
                claim.setString(3, script.checksum());
                claim.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
                claim.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.statements()) {
                    index++;
                    statement.execute(sql);
                }
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if (history(connection).containsKey(script.version())) {
                return false; // another replica applied it meanwhile
            }
            String where = index == 0 ? "recording it" : "statement " + index;
            throw new SchemaMigrationException("migration " + script.name() + " failed at " + where + ": "
                    + e.getMessage(), e);
        }
    }

    private void check(Map<Integer, String> history) {
        for (Map.Entry<Integer, String> entry : history.entrySet()) {
            int version = entry.getKey();
            if (version > scripts.size()) {
                throw new SchemaMigrationException("the database schema is at version " + version + " but this build "
                        + "of Takt knows versions up to " + scripts.size() + "; run a Takt at least as recent");
            }
            Script script = scripts.get(version - 1);
            if (!script.checksum().equals(entry.getValue())) {
                throw new SchemaMigrationException("migration " + script.name() + " was changed after it was applied "
                        + "to this database; applied scripts must never change (add a new script instead)");
            }
        }
    }

    private Map<Integer, String> history(Connection connection) throws SQLException {
        Map<Integer, String> history = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT VERSION_NO, CHECKSUM FROM " + HISTORY_TABLE
                        + " ORDER BY VERSION_NO")) {
            while (rows.next()) {
                history.put(rows.getInt(1), rows.getString(2));
            }
        }
        connection.commit();
        return history;
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        if (historyTableExists(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY_TABLE + " (VERSION_NO INTEGER NOT NULL, "
                    + "SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, "
                    + "CONSTRAINT " + HISTORY_TABLE + "_PK PRIMARY KEY (VERSION_NO))");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (!historyTableExists(connection)) { // else another replica created it meanwhile
                throw e;
            }
        }
    }

    private static boolean historyTableExists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema(); // as the database spells it: APP on Derby, public on PostgreSQL
        // unquoted names are folded to upper case by Derby, to lower case by PostgreSQL
        for (String name : List.of(HISTORY_TABLE, HISTORY_TABLE.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String read(Function<String, InputStream> resources, String path) {
        try (InputStream in = resources.apply(path)) {
            if (in == null) {
                throw new SchemaMigrationException("migration resource " + path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
