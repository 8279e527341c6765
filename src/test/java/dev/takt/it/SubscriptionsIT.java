package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GraphQL subscriptions over a real WebSocket (the JDK's client) on Liberty: the {@code graphql-transport-ws}
 * handshake, ping/pong, a forecastPublished event caused by a real publishForecast mutation, filters, complete,
 * protocol errors, the legacy {@code graphql-ws} subprotocol, and an unknown one refused. Events other than
 * forecastPublished are fired through the sandbox's event drill ({@code POST /sandbox/events/<kind>}), which exists
 * only while {@code takt.sandbox.enabled} is true.
 */
class SubscriptionsIT extends TaktIT {

    private static final String SHORTAGES = "subscription { inventoryShortage(item: \"ITEM_A\") { item plant shortBy "
            + "unit from at } }";
    private static final String ALL_SHORTAGES = "subscription { inventoryShortage { item plant shortBy } }";

    @Test
    void theHandshakeIsAcknowledgedAndPingsAreAnswered() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connected()) {
            assertEquals("graphql-transport-ws", client.subprotocol());
            client.send("{\"type\":\"ping\"}");
            assertEquals("pong", client.next().getString("type"));
        }
    }

    @Test
    void publishingAForecastReachesTheSubscriberEndToEnd() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connected()) {
            client.subscribe("f", "subscription { forecastPublished { version lines superseded at } }");
            awaitSubscribers("forecastPublished", 1);
            int version = submitAForecast();

            JsonPath published = graphql("mutation($v: Int!) { publishForecast(version: $v) { version { version state } } }",
                    Map.of("v", version));
            assertNull(published.get("errors"), published::prettify);

            JsonObject next = client.nextFor("f");
            assertEquals("next", next.getString("type"));
            JsonObject event = next.getJsonObject("payload").getJsonObject("data").getJsonObject("forecastPublished");
            assertEquals(version, event.getInt("version"));
            assertEquals(1, event.getInt("lines"));
            assertFalse(event.getString("at").isBlank());
        }
    }

    @Test
    void filtersLetThroughOnlyTheirEventsInOrder() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connected()) {
            client.subscribe("a", SHORTAGES);
            client.subscribe("all", ALL_SHORTAGES);
            awaitSubscribers("inventoryShortage", 2);

            fire("inventoryShortage", shortage("ITEM_B", "WH", 4));
            fire("inventoryShortage", shortage("ITEM_A", "WH", 7));
            for (int i = 1; i <= 20; i++) {
                fire("inventoryShortage", shortage("ITEM_SEQ", "WH", i));
            }

            JsonObject onlyA = client.nextFor("a");
            JsonObject shortage = data(onlyA, "inventoryShortage");
            assertEquals("ITEM_A", shortage.getString("item"), "ITEM_B was filtered out, so A comes first");
            assertEquals(7, shortage.getInt("shortBy"));
            assertEquals("2026-03-09", shortage.getString("from"));

            List<String> heard = new ArrayList<>();
            for (int i = 0; i < 22; i++) {
                JsonObject e = data(client.nextFor("all"), "inventoryShortage");
                heard.add(e.getString("item") + ":" + e.getInt("shortBy"));
            }
            List<String> expected = new ArrayList<>(List.of("ITEM_B:4", "ITEM_A:7"));
            for (int i = 1; i <= 20; i++) {
                expected.add("ITEM_SEQ:" + i);
            }
            assertEquals(expected, heard, "every event, in the order it was committed");
            assertTrue(client.drain().stream().noneMatch(m -> "a".equals(m.getString("id", null))),
                    "the filtered subscription heard nothing but ITEM_A");
        }
    }

    @Test
    void aCompletedSubscriptionHearsNothingMore() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connected()) {
            client.subscribe("gone", ALL_SHORTAGES);
            awaitSubscribers("inventoryShortage", 1);
            client.send("{\"id\":\"gone\",\"type\":\"complete\"}");
            awaitSubscribers("inventoryShortage", 0);

            client.subscribe("marker", "subscription { forecastPublished { version } }");
            awaitSubscribers("forecastPublished", 1);
            fire("inventoryShortage", shortage("ITEM_A", "WH", 1));
            fire("forecastPublished", Map.of("version", 9999, "lines", 1));

            List<JsonObject> before = new ArrayList<>();
            client.next(m -> "marker".equals(m.getString("id", null)), before);
            before.addAll(client.drain());
            assertTrue(before.stream().noneMatch(m -> "gone".equals(m.getString("id", null))), before::toString);
        }
    }

    @Test
    void otherKindsAndTheirFiltersWork() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connected()) {
            client.subscribe("p", "subscription { productionStatusChanged(workCenter: \"Assembly 1\") "
                    + "{ manufacturingOrder state quantityProduced workCenter } }");
            client.subscribe("s", "subscription { scheduleApplied(plant: \"EAST\") { manufacturingOrder outcome "
                    + "changedFields plant } }");
            client.subscribe("x", "subscription { planningExceptionRaised(item: \"ITEM_A\") { id kind severity "
                    + "ownerRole message item } }");
            client.subscribe("d", "subscription { commandDeadLettered(target: \"ODOO\") { commandId target "
                    + "aggregate operation error } }");
            awaitSubscribers("productionStatusChanged", 1);
            awaitSubscribers("scheduleApplied", 1);
            awaitSubscribers("planningExceptionRaised", 1);
            awaitSubscribers("commandDeadLettered", 1);

            fire("productionStatusChanged", Map.of("manufacturingOrder", "WH/MO/00001", "state", "PROGRESS",
                    "workCenter", "Drilling"));
            fire("productionStatusChanged", Map.of("manufacturingOrder", "WH/MO/00002", "state", "DONE",
                    "quantityProduced", 12, "workCenter", "Assembly 1"));
            fire("scheduleApplied", Map.of("manufacturingOrder", "WH/MO/00003", "outcome", "APPLIED",
                    "changedFields", List.of("date_start"), "plant", "WH"));
            fire("scheduleApplied", Map.of("manufacturingOrder", "EAST/MO/00004", "outcome", "UNCHANGED",
                    "plant", "EAST"));
            fire("planningExceptionRaised", Map.of("id", 41, "kind", "SHORTAGE", "severity", "HIGH",
                    "ownerRole", "buyer", "message", "short", "item", "ITEM_B"));
            fire("planningExceptionRaised", Map.of("id", 42, "kind", "SHORTAGE", "severity", "HIGH",
                    "ownerRole", "buyer", "message", "short", "item", "ITEM_A"));
            fire("commandDeadLettered", Map.of("commandId", 7, "target", "PLANNER", "aggregate", "p",
                    "operation", "o", "error", "e"));
            fire("commandDeadLettered", Map.of("commandId", 8, "target", "ODOO", "aggregate", "WH/MO/00009",
                    "operation", "applySchedule", "error", "ValidationError"));

            assertEquals("WH/MO/00002", data(client.nextFor("p"), "productionStatusChanged")
                    .getString("manufacturingOrder"));
            assertEquals("EAST/MO/00004", data(client.nextFor("s"), "scheduleApplied")
                    .getString("manufacturingOrder"));
            assertEquals(42, data(client.nextFor("x"), "planningExceptionRaised").getInt("id"));
            assertEquals(8, data(client.nextFor("d"), "commandDeadLettered").getInt("commandId"));
        }
    }

    @Test
    void anInvalidSubscriptionGetsAnErrorMessageForItsId() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connected()) {
            client.subscribe("bad", "subscription { noSuchEvent { at } }");
            JsonObject error = client.nextFor("bad");
            assertEquals("error", error.getString("type"), error::toString);
            assertTrue(error.getJsonArray("payload").getJsonObject(0).getString("message").contains("noSuchEvent"),
                    error::toString);

            client.subscribe("arg", "subscription { commandDeadLettered(target: \"MARS\") { commandId } }");
            JsonObject refused = client.nextFor("arg");
            assertTrue(refused.toString().contains("must be ODOO, PLANNER or PARTNER"), refused::toString);
            assertFalse(refused.toString().contains("Exception"), refused::toString);

            client.send("{\"type\":\"ping\"}");
            assertEquals("pong", client.next(m -> "pong".equals(m.getString("type")), new ArrayList<>())
                    .getString("type"), "the connection stays usable");
        }
    }

    @Test
    void theLegacyGraphqlWsSubprotocolWorks() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.open("graphql-ws")) {
            assertEquals("graphql-ws", client.subprotocol());
            client.send("{\"type\":\"connection_init\",\"payload\":{}}");
            assertEquals("connection_ack", client.next(m -> "connection_ack".equals(m.getString("type")),
                    new ArrayList<>()).getString("type"));
            client.send("{\"id\":\"1\",\"type\":\"start\",\"payload\":{\"query\":\"" + ALL_SHORTAGES.replace("\"",
                    "\\\"") + "\"}}");
            awaitSubscribers("inventoryShortage", 1);
            fire("inventoryShortage", shortage("ITEM_L", "WH", 3));
            JsonObject data = client.nextFor("1");
            assertEquals("data", data.getString("type"));
            assertEquals("ITEM_L", data(data, "inventoryShortage").getString("item"));
            client.send("{\"id\":\"1\",\"type\":\"stop\"}");
            awaitSubscribers("inventoryShortage", 0);
        }
    }

    @Test
    void anUnknownSubprotocolIsRefusedWithAReason() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.open(null)) {
            String closed = client.closedWith();
            assertTrue(closed.startsWith("1002 "), closed);
            assertTrue(closed.contains("Unknown subprotocol"), closed);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static JsonObject data(JsonObject message, String field) {
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject(field);
    }

    private static Map<String, Object> shortage(String item, String plant, int shortBy) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("item", item);
        event.put("plant", plant);
        event.put("shortBy", shortBy);
        event.put("unit", "Units");
        event.put("from", "2026-03-09");
        return event;
    }

    /** Fires an event through the sandbox's drill. */
    static void fire(String kind, Map<String, ?> fields) {
        RestAssured.given().baseUri(BASE).contentType(ContentType.JSON).body(json(fields))
                .post("/sandbox/events/" + kind).then().statusCode(202);
    }

    /** Waits (with a deadline) until the feed has {@code n} subscribers of that kind, as the drill reports. */
    static void awaitSubscribers(String kind, int n) throws InterruptedException {
        long deadline = System.nanoTime() + GraphQLWsClient.WAIT.toNanos();
        int now = -1;
        while (System.nanoTime() < deadline) {
            now = RestAssured.given().baseUri(BASE).get("/sandbox/events/" + kind).then().statusCode(200)
                    .extract().jsonPath().getInt("subscribers");
            if (now == n) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(kind + ": expected " + n + " subscriber(s), have " + now);
    }

    static int submitAForecast() {
        JsonPath items = graphql("{ items(type: STORABLE, first: 200) { nodes { code uom } } }");
        String code = items.<Map<String, Object>>getList("data.items.nodes").stream()
                .filter(n -> "Units".equals(n.get("uom")) && n.get("code") != null)
                .map(n -> (String) n.get("code")).findFirst().orElseThrow();
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("item", code);
        line.put("location", "WH");
        line.put("bucketStart", monday.toString());
        line.put("bucket", "WEEK");
        line.put("quantity", 10);
        JsonPath submitted = graphql(Queries.SUBMIT_FORECAST, Map.of("input", Map.of("lines", List.of(line),
                "note", "subscription test")));
        assertNull(submitted.get("errors"), submitted::prettify);
        return submitted.getInt("data.submitForecast.version");
    }
}
