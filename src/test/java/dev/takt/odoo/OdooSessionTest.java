package dev.takt.odoo;

import dev.takt.odoo.FakeOdoo.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OdooSessionTest {

    private final FakeOdoo odoo = new FakeOdoo();

    @AfterEach
    void stop() {
        odoo.close();
    }

    private OdooSession session(Map<String, String> extra) {
        Map<String, String> settings = odoo.settings();
        settings.putAll(extra);
        OdooConnectorConfig config = new OdooConnectorConfig(settings);
        return new OdooSession(config, new OdooClient(config, List.of()));
    }

    /** An Odoo 17 that accepts admin/secret (uid 2) and answers execute_kw with a list of ids. */
    private FakeOdoo realistic(String acceptedSecret) {
        JsonObject version = Recordings.json("common.version.json").getJsonObject("response");
        return odoo.route(request -> {
            JsonObject params = request.getJsonObject("params");
            String method = params.getString("method");
            JsonArray args = params.getJsonArray("args");
            return switch (method) {
                case "version" -> Reply.json(FakeOdoo.withId(version, request));
                case "authenticate" -> Reply.json(FakeOdoo.resultReply(request,
                        args.getString(2).equals(acceptedSecret) ? OdooJson.toJson(2) : JsonValue.FALSE));
                case "execute_kw" -> args.getString(2).equals(acceptedSecret)
                        ? Reply.json(FakeOdoo.resultReply(request, OdooJson.array(1, 2, 3)))
                        : Reply.json(FakeOdoo.errorReply(request, "odoo.exceptions.AccessDenied", "Access Denied"));
                default -> Reply.raw(500, "text/plain", "unexpected " + method);
            };
        });
    }

    @Test
    void logsInLazilyOnceAndCallsExecuteKwAsThatUser() {
        realistic("secret");
        OdooSession session = session(Map.of());
        assertTrue(odoo.seen().isEmpty(), "nothing is sent before the first call");

        JsonValue first = session.executeKw("mrp.production", "search", OdooJson.array(List.of()),
                JsonValue.EMPTY_JSON_OBJECT);
        session.executeKw("mrp.production", "search", OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT);

        assertEquals(OdooJson.array(1, 2, 3), first);
        assertEquals(List.of("authenticate", "execute_kw", "execute_kw"),
                odoo.seen().stream().map(FakeOdoo.Seen::method).toList());
        assertEquals(OdooJson.array("mfg", "admin", "secret", Map.of()), odoo.seen().get(0).args());
        assertEquals(OdooJson.array("mfg", 2, "secret", "mrp.production", "search", List.of(List.of()), Map.of()),
                odoo.seen().get(1).args());
    }

    @Test
    void aRefusedLoginNamesTheUserAndDatabase() {
        realistic("another-secret");
        OdooSession session = session(Map.of());

        var e = assertThrows(OdooRejectedException.class, () -> session.executeKw("mrp.production", "search",
                OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT));

        assertEquals("Odoo refused the login of user 'admin' on database 'mfg': wrong login, password or API key",
                e.getMessage());
        assertTrue(e.isAccessDenied());
        assertEquals("odoo.exceptions.AccessDenied", e.odooErrorName());
        assertTrue(odoo.executeKws().isEmpty());
    }

    @Test
    void anApiKeyWinsOverThePassword() {
        realistic("the-key");
        OdooSession session = session(Map.of("takt.odoo.api-key", "the-key"));

        session.executeKw("res.partner", "search", OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT);

        assertEquals("the-key", odoo.seen().get(0).args().getString(2));
        assertEquals("the-key", odoo.seen().get(1).args().getString(2));
    }

    @Test
    void logsInAgainOnceWhenAWorkingLoginIsRefused() {
        AtomicBoolean rotated = new AtomicBoolean();
        odoo.route(request -> {
            JsonObject params = request.getJsonObject("params");
            int currentUid = rotated.get() ? 7 : 2;
            if (params.getString("method").equals("authenticate")) {
                return Reply.json(FakeOdoo.resultReply(request, OdooJson.toJson(currentUid)));
            }
            return Reply.json(params.getJsonArray("args").getInt(1) == currentUid
                    ? FakeOdoo.resultReply(request, JsonValue.TRUE)
                    : FakeOdoo.errorReply(request, "odoo.exceptions.AccessDenied", "Access Denied"));
        });
        OdooSession session = session(Map.of());
        session.executeKw("res.partner", "search", OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT);
        rotated.set(true); // Odoo now refuses uid 2 and hands out uid 7 at the next login

        JsonValue result = session.executeKw("res.partner", "search", OdooJson.array(List.of()),
                JsonValue.EMPTY_JSON_OBJECT);

        assertEquals(JsonValue.TRUE, result);
        assertEquals(List.of("authenticate", "execute_kw", "execute_kw", "authenticate", "execute_kw"),
                odoo.seen().stream().map(FakeOdoo.Seen::method).toList());
        assertEquals(7, session.uid());
    }

    @Test
    void reLogsInOnlyOnceWhenOdooKeepsRefusing() {
        AtomicInteger calls = new AtomicInteger();
        odoo.route(request -> {
            if (request.getJsonObject("params").getString("method").equals("authenticate")) {
                return Reply.json(FakeOdoo.resultReply(request, OdooJson.toJson(2)));
            }
            return Reply.json(calls.incrementAndGet() == 1
                    ? FakeOdoo.resultReply(request, JsonValue.TRUE)
                    : FakeOdoo.errorReply(request, "odoo.exceptions.AccessDenied", "Access Denied"));
        });
        OdooSession session = session(Map.of());
        session.executeKw("res.partner", "search", OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT);

        var e = assertThrows(OdooPermanentCallException.class, () -> session.executeKw("res.partner", "search",
                OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT));

        assertEquals("Access Denied", e.getMessage());
        assertEquals(List.of("authenticate", "execute_kw", "execute_kw", "authenticate", "execute_kw"),
                odoo.seen().stream().map(FakeOdoo.Seen::method).toList());
    }

    @Test
    void otherPermanentErrorsDoNotTriggerALogin() {
        JsonObject recorded = Recordings.json("errors/access_error_read_mrp_production.json")
                .getJsonObject("response");
        odoo.route(request -> request.getJsonObject("params").getString("method").equals("authenticate")
                ? Reply.json(FakeOdoo.resultReply(request, OdooJson.toJson(8)))
                : Reply.json(FakeOdoo.withId(recorded, request)));
        OdooSession session = session(Map.of());

        assertThrows(OdooPermanentCallException.class, () -> session.executeKw("mrp.production", "search_read",
                OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT));
        assertThrows(OdooPermanentCallException.class, () -> session.executeKw("mrp.production", "search_read",
                OdooJson.array(List.of()), JsonValue.EMPTY_JSON_OBJECT));

        assertEquals(1, odoo.seen().stream().filter(s -> s.method().equals("authenticate")).count());
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        JsonObject recorded = Recordings.json("errors/unknown_db.json").getJsonObject("response");
        odoo.route(request -> Reply.json(FakeOdoo.withId(recorded, request)));
        OdooSession session = session(Map.of("takt.odoo.database", "nodb"));

        var e = assertThrows(OdooPermanentCallException.class, session::uid);

        assertEquals("Odoo at " + odoo.baseUrl() + " has no database 'nodb': check takt.odoo.database",
                e.getMessage());
    }

    @Test
    void readsTheDialectFromTheServerVersionOnce() {
        realistic("secret");
        OdooSession session = session(Map.of());

        assertEquals(OdooDialect.V17, session.dialect());
        assertEquals(OdooDialect.V17, session.dialect());
        assertEquals("17.0-20240709", session.version().serverVersion());
        assertEquals(1, odoo.seen().size());
    }

    @Test
    void aConfiguredVersionOverridesTheServer() {
        realistic("secret");
        OdooSession session = session(Map.of("takt.odoo.version", "16.0"));

        assertEquals(OdooDialect.V16, session.dialect());
        assertTrue(odoo.seen().isEmpty());
    }

    @Test
    void missingSettingsAreNamedAtFirstUseWithoutCallingOdoo() {
        realistic("secret");
        OdooConnectorConfig config = new OdooConnectorConfig(Map.of("takt.odoo.url", odoo.baseUrl(),
                "takt.odoo.username", "admin"));
        OdooSession session = new OdooSession(config, new OdooClient(config, List.of()));

        var e = assertThrows(OdooConfigurationException.class, session::uid);

        assertEquals("Odoo at " + odoo.baseUrl() + " is not fully configured: set takt.odoo.database, "
                + "takt.odoo.api-key (or takt.odoo.password)", e.getMessage());
        assertTrue(odoo.seen().isEmpty());
    }
}
