package dev.takt.odoo;

import dev.takt.odoo.OdooErrorClassifier.Classification;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.takt.odoo.OdooErrorClassifier.Classification.PERMANENT;
import static dev.takt.odoo.OdooErrorClassifier.Classification.RETRIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class OdooErrorClassifierTest {

    /** What each recorded exchange must be classified as; a new recording without an entry fails the test. */
    private enum Expect { OK, PERMANENT, PERMANENT_ACCESS_DENIED }

    private static final Map<String, Expect> JSON_RPC = Map.ofEntries(
            Map.entry("access_error_create_purchase.json", Expect.PERMANENT_ACCESS_DENIED),
            Map.entry("access_error_read_mrp_production.json", Expect.PERMANENT_ACCESS_DENIED),
            Map.entry("access_error_write_product.json", Expect.PERMANENT_ACCESS_DENIED),
            Map.entry("bad_arg_count.json", Expect.PERMANENT),
            Map.entry("constraint_python_validation_barcode.json", Expect.PERMANENT),
            Map.entry("constraint_sql_check.json", Expect.PERMANENT),
            Map.entry("constraint_sql_unique.json", Expect.PERMANENT),
            Map.entry("invalid_field_in_domain.json", Expect.PERMANENT),
            Map.entry("invalid_field_in_fields.json", Expect.PERMANENT),
            Map.entry("malformed_json.json", Expect.PERMANENT),
            Map.entry("missing_record_read.json", Expect.OK),
            Map.entry("missing_record_write.json", Expect.PERMANENT),
            Map.entry("none_result_jsonrpc.json", Expect.OK),
            Map.entry("private_method.json", Expect.PERMANENT_ACCESS_DENIED),
            Map.entry("required_field_missing.json", Expect.PERMANENT),
            Map.entry("unknown_db.json", Expect.PERMANENT),
            Map.entry("unknown_method.json", Expect.PERMANENT),
            Map.entry("unknown_model.json", Expect.PERMANENT),
            Map.entry("unknown_service.json", Expect.PERMANENT),
            Map.entry("user_error_unlink_confirmed_so.json", Expect.PERMANENT),
            Map.entry("wrong_password_authenticate.json", Expect.OK),
            Map.entry("wrong_password_execute_kw.json", Expect.PERMANENT_ACCESS_DENIED),
            Map.entry("wrong_password_login.json", Expect.OK));

    /**
     * The XML-RPC recordings are the same failures over the other protocol; Takt speaks JSON-RPC only, so each is
     * checked against its JSON-RPC twin: same failure, same classification.
     */
    private static final Map<String, String> XML_RPC_TWINS = Map.of(
            "xmlrpc_access_error.xml", "access_error_read_mrp_production.json",
            "xmlrpc_missing_record.xml", "missing_record_write.json",
            "xmlrpc_none_result.xml", "none_result_jsonrpc.json",
            "xmlrpc_unknown_model.xml", "unknown_model.json",
            "xmlrpc_validation_error.xml", "constraint_python_validation_barcode.json",
            "xmlrpc_wrong_password.xml", "wrong_password_execute_kw.json");

    @Test
    void everyRecordedErrorIsClassified() throws IOException {
        Path errors = Recordings.require().resolve("errors");
        List<Path> files;
        try (Stream<Path> list = Files.list(errors)) {
            files = list.sorted().toList();
        }
        assertFalse(files.isEmpty(), "no recordings in " + errors);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".xml")) {
                String twin = XML_RPC_TWINS.get(name);
                assertNotNull(twin, "no expectation for recording " + name + ": add one");
                assertTrue(JSON_RPC.containsKey(twin), name + " has no JSON-RPC twin " + twin);
                continue;
            }
            Expect expected = JSON_RPC.get(name);
            if (expected == null) {
                fail("no expectation for recording " + name + ": add one");
            }
            JsonObject recording = OdooJson.parse(Files.readString(file)).asJsonObject();
            assertEquals(expected, classify(recording), name);
        }
    }

    @Test
    void xmlRpcTwinsCarryTheSameMessages() {
        for (var twin : XML_RPC_TWINS.entrySet()) {
            if (twin.getKey().contains("none_result")) {
                continue; // XML-RPC cannot marshal None, JSON-RPC omits the result: not the same text
            }
            String xml = Recordings.text("errors/" + twin.getKey());
            JsonObject json = Recordings.json("errors/" + twin.getValue());
            String message = json.getJsonObject("response").getJsonObject("error").getJsonObject("data")
                    .getString("message");
            assertTrue(xml.contains(message.lines().findFirst().orElseThrow()), twin.getKey());
        }
    }

    private static Expect classify(JsonObject recording) {
        JsonValue response = recording.get("response");
        int status = recording.getInt("http_status", recording.getInt("status", 200));
        if (response instanceof JsonString) {
            return toExpect(OdooErrorClassifier.classifyHttpStatus(status), null);
        }
        JsonObject error = response.asJsonObject().getJsonObject("error");
        if (error == null) {
            return Expect.OK;
        }
        JsonObject data = error.getJsonObject("data");
        String name = data.getString("name");
        return toExpect(OdooErrorClassifier.classify(name, data.getString("message")), name);
    }

    private static Expect toExpect(Classification c, String name) {
        if (c == RETRIABLE) {
            throw new AssertionError("no recorded failure is retriable, got one for " + name);
        }
        return OdooErrorClassifier.isAccessDenied(name) ? Expect.PERMANENT_ACCESS_DENIED : Expect.PERMANENT;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            psycopg2.errors.SerializationFailure          | could not serialize access due to concurrent update | RETRIABLE
            psycopg2.extensions.TransactionRollbackError  | could not serialize access                          | RETRIABLE
            psycopg2.errors.DeadlockDetected              | deadlock detected                                   | RETRIABLE
            psycopg2.errors.LockNotAvailable              | could not obtain lock on row in relation            | RETRIABLE
            odoo.exceptions.ConcurrencyError              | concurrent update                                   | RETRIABLE
            psycopg2.OperationalError                     | could not serialize access due to concurrent update | RETRIABLE
            psycopg2.OperationalError                     | deadlock detected                                   | RETRIABLE
            psycopg2.OperationalError                     | connection to server at "db" failed: Connection refused | RETRIABLE
            psycopg2.OperationalError                     | FATAL:  database "nodb" does not exist              | PERMANENT
            psycopg2.OperationalError                     | FATAL:  password authentication failed for user "odoo" | PERMANENT
            psycopg2.OperationalError                     | something new                                       | PERMANENT
            odoo.exceptions.AccessDenied                  | Access Denied                                       | PERMANENT
            odoo.exceptions.AccessError                   | You are not allowed                                 | PERMANENT
            odoo.exceptions.ValidationError               | invalid                                             | PERMANENT
            odoo.exceptions.MissingError                  | Record does not exist or has been deleted.          | PERMANENT
            odoo.exceptions.UserError                     | You can not delete                                  | PERMANENT
            builtins.ValueError                           | Invalid field                                       | PERMANENT
            builtins.TypeError                            | missing 1 required positional argument              | PERMANENT
            builtins.AttributeError                       | The method does not exist                           | PERMANENT
            builtins.KeyError                             | nosuchservice                                       | PERMANENT
            werkzeug.exceptions.SomethingNew              | never seen before                                   | PERMANENT
            """)
    void classifiesOdooErrorNames(String name, String message, Classification expected) {
        assertEquals(expected, OdooErrorClassifier.classify(name, message));
    }

    @Test
    void anErrorWithoutANameIsPermanent() {
        assertEquals(PERMANENT, OdooErrorClassifier.classify(null, "Odoo Server Error"));
    }

    @ParameterizedTest
    @CsvSource({"500,RETRIABLE", "502,RETRIABLE", "503,RETRIABLE", "504,RETRIABLE", "429,RETRIABLE",
            "408,RETRIABLE", "400,PERMANENT", "401,PERMANENT", "403,PERMANENT", "404,PERMANENT", "301,PERMANENT"})
    void classifiesHttpStatuses(int status, Classification expected) {
        assertEquals(expected, OdooErrorClassifier.classifyHttpStatus(status));
    }

    @Test
    void accessDeniedCoversAuthenticationAndAuthorisation() {
        assertTrue(OdooErrorClassifier.isAccessDenied("odoo.exceptions.AccessDenied"));
        assertTrue(OdooErrorClassifier.isAccessDenied("odoo.exceptions.AccessError"));
        assertFalse(OdooErrorClassifier.isAccessDenied("odoo.exceptions.UserError"));
        assertFalse(OdooErrorClassifier.isAccessDenied(null));
    }

    @Test
    void recognisesAnUnknownDatabase() {
        JsonObject data = Recordings.json("errors/unknown_db.json").getJsonObject("response")
                .getJsonObject("error").getJsonObject("data");
        assertTrue(OdooErrorClassifier.isUnknownDatabase(data.getString("name"), data.getString("message")));
        assertFalse(OdooErrorClassifier.isUnknownDatabase("psycopg2.OperationalError", "deadlock detected"));
    }
}
