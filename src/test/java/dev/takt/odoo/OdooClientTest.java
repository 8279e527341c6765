package dev.takt.odoo;

import dev.takt.odoo.FakeOdoo.Reply;
import dev.takt.odoo.OdooCallListener.Outcome;
import dev.takt.odoo.OdooErrorClassifier.Classification;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OdooClientTest {

    private final FakeOdoo odoo = new FakeOdoo();
    private final List<String> heard = new ArrayList<>();

    @AfterEach
    void stop() {
        odoo.close();
    }

    private OdooClient client(Map<String, String> extra) {
        Map<String, String> settings = odoo.settings();
        settings.putAll(extra);
        return new OdooClient(new OdooConnectorConfig(settings),
                List.of((model, method, duration, outcome) -> heard.add(model + "/" + method + "=" + outcome)));
    }

    private OdooClient client() {
        return client(Map.of());
    }

    private static JsonArray searchReadArgs() {
        return OdooJson.array("mfg", 2, "secret", "mrp.production", "search_read", List.of(List.of()),
                Map.of("fields", List.of("name"), "limit", 1));
    }

    @Test
    void postsAJsonRpcEnvelopeAndReturnsTheResult() {
        odoo.route(request -> Reply.json(FakeOdoo.resultReply(request, OdooJson.array(Map.of("id", 1)))));

        JsonValue result = client().call("object", "execute_kw", searchReadArgs());

        assertEquals(1, result.asJsonArray().getJsonObject(0).getInt("id"));
        JsonObject sent = odoo.seen().get(0).envelope();
        assertEquals("2.0", sent.getString("jsonrpc"));
        assertEquals("call", sent.getString("method"));
        assertEquals("object", sent.getJsonObject("params").getString("service"));
        assertEquals("execute_kw", sent.getJsonObject("params").getString("method"));
        assertEquals(searchReadArgs(), sent.getJsonObject("params").getJsonArray("args"));
        assertEquals(List.of("mrp.production/search_read=OK"), heard);
    }

    @Test
    void reusesTheConnection() {
        odoo.route(request -> Reply.json(FakeOdoo.resultReply(request, JsonValue.TRUE)));
        OdooClient client = client();

        for (int i = 0; i < 3; i++) {
            client.call("common", "version", JsonValue.EMPTY_JSON_ARRAY);
        }

        assertEquals(1, odoo.seen().stream().map(FakeOdoo.Seen::clientPort).distinct().count(),
                "all three calls should travel on one kept-alive connection");
    }

    @Test
    void aReplyWithoutResultIsOdoosNone() {
        JsonObject recorded = Recordings.json("errors/none_result_jsonrpc.json").getJsonObject("response");
        odoo.route(request -> Reply.json(FakeOdoo.withId(recorded, request)));

        assertEquals(JsonValue.NULL, client().call("object", "execute_kw", searchReadArgs()));
    }

    @Test
    void noAnswerWithinTheRequestTimeoutIsRetriable() {
        odoo.enqueue(Reply.never());

        var e = assertThrows(OdooRetriableCallException.class,
                () -> client(Map.of("takt.odoo.request-timeout-ms", "300"))
                        .call("object", "execute_kw", searchReadArgs()));

        assertEquals("no answer within 300 ms", e.getMessage());
        assertTrue(e.outcomeUnknown(), "Odoo may still be carrying the call out");
        assertEquals(0, e.httpStatus());
        assertEquals("mrp.production/search_read", e.call());
        assertEquals(List.of("mrp.production/search_read=RETRIABLE"), heard);
    }

    @Test
    void aRefusedConnectionIsRetriable() {
        OdooClient client = client();
        odoo.close();

        var e = assertThrows(OdooRetriableCallException.class,
                () -> client.call("common", "version", JsonValue.EMPTY_JSON_ARRAY));

        assertTrue(e.getMessage().startsWith("could not connect to 127.0.0.1:" + odoo.port())
                || e.getMessage().startsWith("the connection to 127.0.0.1:" + odoo.port()), e.getMessage());
    }

    @Test
    void http503And429AreRetriable() {
        odoo.enqueue(Reply.raw(503, "text/html", "<html>Service Unavailable</html>"),
                Reply.raw(429, "text/plain", "slow down"));
        OdooClient client = client();

        var unavailable = assertThrows(OdooRetriableCallException.class,
                () -> client.call("object", "execute_kw", searchReadArgs()));
        var tooMany = assertThrows(OdooRetriableCallException.class,
                () -> client.call("object", "execute_kw", searchReadArgs()));

        assertEquals("HTTP 503", unavailable.getMessage());
        assertEquals(503, unavailable.httpStatus());
        assertTrue(unavailable.outcomeUnknown(), "a proxy's 503 may come after Odoo carried the call out");
        assertEquals("HTTP 429", tooMany.getMessage());
        assertFalse(tooMany.outcomeUnknown(), "a 429 was never passed on");
    }

    @Test
    void http400WithPlainTextIsPermanent() {
        JsonObject recorded = Recordings.json("errors/malformed_json.json");
        odoo.enqueue(Reply.raw(recorded.getInt("http_status"), "text/plain; charset=utf-8",
                recorded.getString("response")));

        var e = assertThrows(OdooPermanentCallException.class,
                () -> client().call("object", "execute_kw", searchReadArgs()));

        assertEquals("Odoo rejected the request as malformed: Invalid JSON data", e.getMessage());
        assertEquals(400, e.httpStatus());
        assertNull(e.odooErrorName());
    }

    @Test
    void http404IsPermanentAndPointsAtTheUrl() {
        odoo.enqueue(Reply.raw(404, "text/html", "<html>Not Found</html>"));

        var e = assertThrows(OdooPermanentCallException.class,
                () -> client().call("common", "version", JsonValue.EMPTY_JSON_ARRAY));

        assertTrue(e.getMessage().startsWith("Odoo answered HTTP 404: is " + odoo.baseUrl() + "/jsonrpc"),
                e.getMessage());
    }

    @Test
    void anEmptyBodyIsRetriable() {
        odoo.enqueue(Reply.raw(200, "application/json", ""));

        var e = assertThrows(OdooRetriableCallException.class,
                () -> client().call("object", "execute_kw", searchReadArgs()));

        assertEquals("Odoo answered HTTP 200 with an empty body", e.getMessage());
        assertTrue(e.outcomeUnknown());
    }

    @Test
    void aNonJsonBodyIsRetriable() {
        odoo.enqueue(Reply.raw(200, "text/html", "<html><body>Odoo is being upgraded</body></html>"));

        var e = assertThrows(OdooRetriableCallException.class,
                () -> client().call("object", "execute_kw", searchReadArgs()));

        assertTrue(e.getMessage().startsWith("Odoo answered HTTP 200 with something that is not JSON (text/html)"),
                e.getMessage());
    }

    @Test
    void servesEveryRecordedExchangeBackAndReadsItAsTheClassifierSays() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Recordings.require().resolve("errors"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        OdooClient client = client();
        for (Path file : files) {
            JsonObject recording = OdooJson.parse(Files.readString(file)).asJsonObject();
            JsonValue response = recording.get("response");
            int status = recording.getInt("http_status");
            String name = file.getFileName().toString();
            JsonArray args = recording.get("request") instanceof JsonObject request
                    ? request.getJsonObject("params").getJsonArray("args") : searchReadArgs();
            String service = recording.get("request") instanceof JsonObject request
                    ? request.getJsonObject("params").getString("service") : "object";
            String method = recording.get("request") instanceof JsonObject request
                    ? request.getJsonObject("params").getString("method") : "execute_kw";

            if (response instanceof JsonString text) {
                odoo.enqueue(Reply.raw(status, "text/plain", text.getString()));
                var e = assertThrows(OdooCallException.class, () -> client.call(service, method, args), name);
                assertEquals(Classification.PERMANENT, e.classification(), name);
                continue;
            }
            JsonObject reply = response.asJsonObject();
            odoo.route(request -> Reply.json(FakeOdoo.withId(reply, request)));
            JsonObject error = reply.getJsonObject("error");
            if (error == null) {
                JsonValue expected = reply.containsKey("result") ? reply.get("result") : JsonValue.NULL;
                assertEquals(expected, client.call(service, method, args), name);
                continue;
            }
            JsonObject data = error.getJsonObject("data");
            var e = assertThrows(OdooCallException.class, () -> client.call(service, method, args), name);
            assertEquals(OdooErrorClassifier.classify(data.getString("name"), data.getString("message")),
                    e.classification(), name);
            assertEquals(data.getString("name"), e.odooErrorName(), name);
            assertEquals(data.getString("message").strip(), e.getMessage(), name);
            assertEquals(200, e.httpStatus(), name);
            assertFalse(e.outcomeUnknown(), name + ": Odoo's verdict, its transaction rolled back");
        }
    }

    @Test
    void namesTheModelAndMethodOfExecuteKwAndTheServiceOtherwise() {
        JsonObject recorded = Recordings.json("errors/access_error_read_mrp_production.json")
                .getJsonObject("response");
        odoo.route(request -> Reply.json(FakeOdoo.withId(recorded, request)));

        var e = assertThrows(OdooPermanentCallException.class,
                () -> client().call("object", "execute_kw", searchReadArgs()));
        assertEquals("mrp.production", e.model());
        assertEquals("search_read", e.method());
        assertEquals(List.of("mrp.production/search_read=" + Outcome.PERMANENT), heard);

        odoo.route(request -> Reply.raw(503, "text/plain", "down"));
        assertThrows(OdooRetriableCallException.class,
                () -> client().call("common", "version", JsonValue.EMPTY_JSON_ARRAY));
        assertEquals("common/version=RETRIABLE", heard.get(1));
    }

    @Test
    void aFailingListenerDoesNotBreakTheCall() {
        odoo.route(request -> Reply.json(FakeOdoo.resultReply(request, JsonValue.TRUE)));
        OdooClient client = new OdooClient(new OdooConnectorConfig(odoo.settings()), List.of(
                (model, method, duration, outcome) -> {
                    throw new IllegalStateException("listener bug");
                }));

        assertInstanceOf(JsonValue.class, client.call("common", "version", JsonValue.EMPTY_JSON_ARRAY));
    }
}
