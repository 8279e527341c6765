package dev.takt.planning.frepple;

import dev.takt.ops.ConfigKeys;
import dev.takt.planning.frepple.FreppleErrorClassifier.Classification;
import dev.takt.planning.frepple.FreppleErrorClassifier.Reason;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link FreppleClient} against the frePPLe sandbox over real HTTP on 127.0.0.1. */
class FreppleClientTest {

    private final FreppleSandboxServer frepple = new FreppleSandboxServer();

    @AfterEach
    void stop() {
        frepple.close();
    }

    private FreppleClient client(Map<String, String> extra) {
        Map<String, String> settings = frepple.settings();
        settings.putAll(extra);
        return new FreppleClient(new FreppleConnectorConfig(settings));
    }

    private FreppleClient client() {
        return client(Map.of());
    }

    private static JsonObject object(String json) {
        return FreppleJson.parse(json).asJsonObject();
    }

    private static List<String> keys(JsonArray records, String key) {
        return records.stream().map(v -> v.asJsonObject().getString(key)).toList();
    }

    private static FreppleCallException failure(Class<? extends FreppleCallException> kind, Runnable call) {
        return assertThrows(kind, call::run);
    }

    private void faults(String json) {
        frepple.sandbox.handle("PUT", "/control/faults", null, Map.of(), json);
    }

    @Test
    void listsWithFiltersAndReadsValues() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("item__in", "round table,square table");
        filters.put("due__lt", "2027-01-01T00:00:00");
        JsonArray demands = client().list("demand", filters);
        assertEquals(List.of("Demand 01", "Demand 02", "Demand 08", "Demand 09"), keys(demands, "name"));
        JsonObject first = demands.getJsonObject(0);
        assertEquals(new BigDecimal("20.00000000"), FreppleValues.decimal(first.get("quantity")));
        assertEquals(Instant.parse("2026-11-28T00:00:00Z"), FreppleValues.instant(first.get("due"), ZoneOffset.UTC));
        assertEquals(19, client().list("parameter", Map.of()).size(), "parameters live under /api/common/");
        assertEquals(11, client().list("item", Map.of("no_such_field", "x")).size());
    }

    @Test
    void getsOneRecordByAnEncodedKeyOrNothing() {
        FreppleClient client = client();
        client.post("location", object("{\"name\": \"bay 7/A & co\"}"));
        assertEquals("bay 7/A & co", client.get("location", "bay 7/A & co").orElseThrow().getString("name"));
        assertTrue(client.get("demand", "No such demand").isEmpty());
        assertEquals(2, client.get("buffer", "2").orElseThrow().getInt("id"), "numbered records by id");
    }

    @Test
    void postsUpsertsPatchesAndPuts() {
        FreppleClient client = client();
        JsonObject created = client.post("demand", object("{\"name\": \"T 1\", \"item\": \"chair\", \"location\": "
                + "\"shop 1\", \"customer\": \"Customer near shop 1\", \"due\": \"2027-02-01T00:00:00\", "
                + "\"quantity\": 5}"));
        assertEquals("5.00000000", created.getString("quantity"));
        JsonObject upserted = client.post("demand", object("{\"name\": \"T 1\", \"quantity\": 6}"));
        assertEquals("6.00000000", upserted.getString("quantity"));
        assertEquals("chair", upserted.getString("item"));

        JsonArray bulk = client.post("demand", FreppleJson.parse("[{\"name\": \"T 2\", \"item\": \"chair\", "
                + "\"location\": \"shop 1\", \"customer\": \"Customer near shop 1\", \"due\": \"2027-02-01T00:00:00\"},"
                + "{\"name\": \"T 3\", \"item\": \"round table\", \"location\": \"shop 2\", \"customer\": "
                + "\"Customer near shop 2\", \"due\": \"2027-02-02T00:00:00\"}]").asJsonArray());
        assertEquals(List.of("T 2", "T 3"), keys(bulk, "name"));

        assertEquals("open", client.patch("demand", "T 2", object("{\"status\": \"open\", \"priority\": 3}"))
                .getString("status"));
        JsonArray patched = client.patch("demand", FreppleJson.parse("[{\"name\": \"T 2\", \"description\": \"b\"}, "
                + "{\"name\": \"T 3\", \"description\": \"b\"}]").asJsonArray());
        assertEquals(List.of("b", "b"), keys(patched, "description"));
        JsonObject put = client.put("demand", "T 3", object("{\"item\": \"chair\", \"location\": \"shop 1\", "
                + "\"customer\": \"Customer near shop 1\", \"due\": \"2027-03-01T00:00:00\"}"));
        assertEquals("chair", put.getString("item"));
        assertEquals(3, client.list("demand", Map.of("name__startswith", "T ")).size());
    }

    @Test
    void deletesOneOrAFilteredSetButNeverAll() {
        FreppleClient client = client();
        assertTrue(client.delete("demand", "Demand 01"));
        assertFalse(client.delete("demand", "Demand 01"), "a repeated delete is not an error");
        client.deleteWhere("demand", Map.of("item", "chair"));
        assertTrue(client.list("demand", Map.of("item", "chair")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> client.deleteWhere("demand", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> client.deleteWhere("demand", Map.of("name", "")));
        assertEquals(5, client.list("demand", Map.of()).size());
    }

    @Test
    void launchesThePlanAndPollsItsTask() {
        faults("{\"taskPolls\": 3}");
        FreppleClient client = client();
        long id = client.launchPlan(FreppleClient.SUPPLY_PLAN);
        FreppleTask running = client.task(id);
        assertFalse(running.finishedRunning());
        FreppleTask task = client.awaitTask(id, Duration.ofSeconds(30));
        assertTrue(task.done(), task.toString());
        assertEquals("--constraint=15 --plantype=1 --env=supply", task.arguments());
        assertEquals("admin", task.user());
        assertEquals(Instant.parse("2026-11-26T09:00:00Z"), task.finished());
        assertEquals(4, frepple.sandbox.calls().count("GET", "status"), "one poll per status until Done");
        assertFalse(client.list("manufacturingorder", Map.of("status", "proposed")).isEmpty());
        FreppleCallException unknown = failure(FrepplePermanentCallException.class, () -> client.task(999));
        assertEquals(Reason.NOT_FOUND, unknown.reason());
    }

    @Test
    void keepsTheConnectionAlive() {
        FreppleClient client = client();
        for (int i = 0; i < 4; i++) {
            client.list("customer", Map.of());
        }
        assertEquals(1, Set.copyOf(frepple.clientPorts).size(), "four calls on one kept-alive connection");
    }

    @Test
    void authenticatesWithAWebToken() {
        String token = frepple.sandbox.token("admin", 600);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ConfigKeys.PLANNING_FREPPLE_TOKEN, token);
        settings.put(ConfigKeys.PLANNING_FREPPLE_PASSWORD, "wrong, but the token wins");
        assertEquals(2, client(settings).list("customer", Map.of()).size());

        FreppleCallException forbidden = failure(FrepplePermanentCallException.class,
                () -> client(Map.of(ConfigKeys.PLANNING_FREPPLE_TOKEN, "not.a.valid.token")).list("item", Map.of()));
        assertEquals(Reason.FORBIDDEN, forbidden.reason());
        assertEquals(403, forbidden.httpStatus());
        assertTrue(forbidden.getMessage().contains("Missing or invalid webtoken"), forbidden.getMessage());
    }

    @Test
    void wrongPasswordIsPermanent() {
        FreppleCallException e = failure(FrepplePermanentCallException.class,
                () -> client(Map.of(ConfigKeys.PLANNING_FREPPLE_PASSWORD, "nope")).list("item", Map.of()));
        assertEquals(Reason.UNAUTHENTICATED, e.reason());
        assertTrue(e.getMessage().contains("Invalid username/password."), e.getMessage());
        assertTrue(e.getMessage().contains(ConfigKeys.PLANNING_FREPPLE_PASSWORD), e.getMessage());
        assertFalse(e.getMessage().contains("nope"), "never the secret");
    }

    @Test
    void validationErrorsArePermanentWithFreppleMessages() {
        FreppleClient client = client();
        FreppleCallException single = failure(FrepplePermanentCallException.class, () -> client.post("demand",
                object("{\"name\": \"bad\", \"item\": \"no such item\", \"location\": \"shop 1\", \"customer\": "
                        + "\"Customer near shop 1\", \"due\": \"2027-02-01T00:00:00\", \"quantity\": \"lots\"}")));
        assertEquals(Reason.INVALID, single.reason());
        assertEquals("frePPLe rejected POST demand: item: Invalid pk \"no such item\" - object does not exist.; "
                + "quantity: A valid number is required.", single.getMessage());
        assertEquals(Set.of("item", "quantity"), single.details().asJsonObject().keySet());

        FreppleCallException bulk = failure(FrepplePermanentCallException.class, () -> client.post("demand",
                FreppleJson.parse("[{\"name\": \"ok\", \"item\": \"chair\"}, {\"name\": \"bad\", \"due\": \"soon\"}]")
                        .asJsonArray()));
        assertTrue(bulk.getMessage().contains("record 2: due: Datetime has wrong format."), bulk.getMessage());
        assertInstanceOf(JsonArray.class, bulk.details());
        assertTrue(client.get("demand", "ok").isEmpty(), "nothing stored");

        FreppleCallException partialPut = failure(FrepplePermanentCallException.class,
                () -> client.put("demand", "Demand 01", object("{\"quantity\": 9}")));
        assertEquals(Set.of("item", "customer", "location", "due"), partialPut.details().asJsonObject().keySet());
    }

    @Test
    void theMissingRequiredReferenceIsPermanentButOther500sAreNot() {
        FreppleClient client = client();
        FreppleCallException missing = failure(FrepplePermanentCallException.class,
                () -> client.post("demand", object("{\"name\": \"incomplete\"}")));
        assertEquals(Reason.MISSING_REQUIRED, missing.reason());
        assertEquals(500, missing.httpStatus());
        assertEquals(JsonValue.NULL, missing.details());

        faults("{\"http500Ratio\": 1.0, \"methods\": [\"GET\"]}");
        FreppleCallException read = failure(FreppleRetriableCallException.class, () -> client.list("item", Map.of()));
        assertEquals(Reason.SERVER_ERROR, read.reason());
        assertFalse(read.getMessage().contains("<"), "no HTML in messages: " + read.getMessage());
    }

    @Test
    void anUnknownEntityIsPermanent() {
        FreppleCallException e = failure(FrepplePermanentCallException.class,
                () -> client().list("workorder", Map.of()));
        assertEquals(Reason.UNKNOWN_ENTITY, e.reason());
        assertEquals(302, e.httpStatus());
        assertTrue(e.getMessage().contains("no entity 'workorder'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client().list("../execute", Map.of()));
    }

    @Test
    void overloadAndOutagesAreRetriable() {
        FreppleClient client = client();
        faults("{\"http503Ratio\": 1.0}");
        assertEquals(Reason.SERVER_ERROR, failure(FreppleRetriableCallException.class,
                () -> client.list("item", Map.of())).reason());
        faults("{\"http429Ratio\": 1.0}");
        assertEquals(Reason.THROTTLED, failure(FreppleRetriableCallException.class,
                () -> client.list("item", Map.of())).reason());
        faults("{\"resetRatio\": 1.0}");
        assertEquals(Reason.CONNECTION, failure(FreppleRetriableCallException.class,
                () -> client.list("item", Map.of())).reason());
        faults("{\"latencyMs\": 2000}");
        FreppleCallException slow = failure(FreppleRetriableCallException.class, () -> client(Map.of(
                ConfigKeys.PLANNING_FREPPLE_REQUEST_TIMEOUT_MS, "200")).list("item", Map.of()));
        assertEquals(Reason.TIMEOUT, slow.reason());
        assertEquals(Classification.RETRIABLE, slow.classification());
    }

    @Test
    void noServerIsRetriable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        FreppleCallException e = failure(FreppleRetriableCallException.class, () -> client(Map.of(
                ConfigKeys.PLANNING_FREPPLE_URL, "http://127.0.0.1:" + port + "/frepple")).list("item", Map.of()));
        assertEquals(Reason.CONNECTION, e.reason());
        assertEquals(0, e.httpStatus());
        assertTrue(e.getMessage().startsWith("the connection to frePPLe at 127.0.0.1:" + port + " failed"),
                e.getMessage());
    }
}
