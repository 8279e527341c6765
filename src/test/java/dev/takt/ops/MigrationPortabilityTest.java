package dev.takt.ops;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every migration script keeps to the SQL that runs unchanged on Derby 10.16 and PostgreSQL 15 (see
 * {@link SchemaMigrator}). MigrationsOnPostgresIT runs them on a real PostgreSQL, SchemaMigratorTest on Derby; this
 * check names the construct at fault before either database is started.
 */
class MigrationPortabilityTest {

    /** Constructs that one of the two databases refuses or reads differently, with the reason a reader needs. */
    static final Map<String, String> FORBIDDEN = Map.ofEntries(
            Map.entry("\\bGENERATED\\b|\\bIDENTITY\\b|\\bSERIAL\\b|\\bBIGSERIAL\\b|\\bAUTO_INCREMENT\\b",
                    "identity columns differ (Derby GENERATED … AS IDENTITY, PostgreSQL SERIAL): number rows in Java"),
            Map.entry("\\bSEQUENCE\\b|\\bNEXTVAL\\b|\\bNEXT VALUE FOR\\b", "sequences are spelt differently"),
            Map.entry("\\bBOOLEAN\\b|\\bBOOL\\b|\\bTRUE\\b|\\bFALSE\\b", "no BOOLEAN: use SMALLINT 0/1 or a CHAR(1) code"),
            Map.entry("\\bCLOB\\b|\\bBLOB\\b|\\bTEXT\\b|\\bBYTEA\\b|\\bLONG VARCHAR\\b|\\bJSONB?\\b|\\bUUID\\b",
                    "vendor types: use VARCHAR(n) with n <= 32000"),
            Map.entry("\\bTIMESTAMPTZ\\b|WITH TIME ZONE|\\bINTERVAL\\b",
                    "zoned timestamps and intervals: store UTC in TIMESTAMP"),
            Map.entry("\\bIF (NOT )?EXISTS\\b", "Derby has no IF [NOT] EXISTS; a script runs once"),
            Map.entry("\\bCREATE OR REPLACE\\b", "Derby has no CREATE OR REPLACE"),
            Map.entry("::", "PostgreSQL-only cast; use CAST(x AS type)"),
            Map.entry("\\bILIKE\\b|\\bRETURNING\\b|\\bON CONFLICT\\b|\\bCONCURRENTLY\\b|\\bUNLOGGED\\b",
                    "PostgreSQL-only syntax"),
            Map.entry("\\bFOR BIT DATA\\b|\\bSYSCS_|\\bCALL\\b|\\bLOCKSIZE\\b", "Derby-only syntax"),
            Map.entry("\\bALTER COLUMN\\b[^;]*\\bTYPE\\b",
                    "column type changes differ (Derby SET DATA TYPE, PostgreSQL TYPE): add a column instead"),
            Map.entry("\\bLIMIT\\b|\\bFETCH FIRST\\b|\\bOFFSET\\b", "row limits differ; leave them to JPA"),
            Map.entry("\"", "quoted identifiers keep their case on PostgreSQL only; use unquoted names"),
            Map.entry("\\bFLOAT\\b|\\bREAL\\b|\\bDOUBLE\\b|\\bNUMERIC\\b", "quantities are DECIMAL(19, 6)"));

    private static final Pattern VARCHAR = Pattern.compile("VARCHAR\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\s*\\(([^)]*)\\)");
    private static final Pattern NAMED = Pattern.compile(
            "(?:CREATE TABLE|CREATE (?:UNIQUE )?INDEX|CONSTRAINT)\\s+(\\w+)");

    private final List<SchemaMigrator.Script> scripts =
            SchemaMigrator.load(getClass().getClassLoader()::getResourceAsStream);

    @Test
    void scriptsUseOnlySqlBothDatabasesRunTheSameWay() {
        assertFalse(scripts.isEmpty());
        List<String> problems = new ArrayList<>();
        for (SchemaMigrator.Script script : scripts) {
            for (String statement : script.statements()) {
                String sql = withoutStringLiterals(statement).toUpperCase(java.util.Locale.ROOT);
                FORBIDDEN.forEach((pattern, reason) -> {
                    if (Pattern.compile(pattern).matcher(sql).find()) {
                        problems.add(script.name() + ": " + reason + " — in: " + firstLine(statement));
                    }
                });
                Matcher varchar = VARCHAR.matcher(sql);
                while (varchar.find()) {
                    if (Integer.parseInt(varchar.group(1)) > 32000) {
                        problems.add(script.name() + ": VARCHAR(" + varchar.group(1) + ") is longer than Derby's "
                                + "32672 bytes allow for any text; keep n <= 32000 — in: " + firstLine(statement));
                    }
                }
                Matcher decimal = DECIMAL.matcher(sql);
                while (decimal.find()) {
                    if (!decimal.group(1).replace(" ", "").equals("19,6")) {
                        problems.add(script.name() + ": DECIMAL(" + decimal.group(1) + "): quantities and amounts "
                                + "are DECIMAL(19, 6) — in: " + firstLine(statement));
                    }
                }
                Matcher named = NAMED.matcher(sql);
                while (named.find()) {
                    if (named.group(1).length() > 63) {
                        problems.add(script.name() + ": " + named.group(1) + " is longer than 63 characters, "
                                + "which PostgreSQL cuts silently — in: " + firstLine(statement));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        String bad = "CREATE TABLE T (ID BIGINT GENERATED ALWAYS AS IDENTITY, B BOOLEAN, NOTE TEXT, "
                + "AT TIMESTAMP WITH TIME ZONE, Q NUMERIC(10,2))";
        String upper = bad.toUpperCase(java.util.Locale.ROOT);
        long hits = FORBIDDEN.keySet().stream().filter(p -> Pattern.compile(p).matcher(upper).find()).count();
        assertEquals(5, hits);
        assertTrue(withoutStringLiterals("INSERT INTO T VALUES ('a; TEXT ''quoted''', 1)").contains("''"));
        assertFalse(withoutStringLiterals("INSERT INTO T VALUES ('TEXT')").contains("TEXT"));
    }

    /** The statement with each '…' literal emptied, so data never trips a rule meant for syntax. */
    static String withoutStringLiterals(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }

    private static String firstLine(String statement) {
        return statement.lines().findFirst().orElse("").strip();
    }
}
