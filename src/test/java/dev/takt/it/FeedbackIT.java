package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Execution feedback on Liberty against the Odoo sandbox: manufacturing orders changed through Odoo's JSON-RPC reach
 * the native planner once, by polling alone (the persistent timer) or after a webhook hint; the cursor advances only
 * after the planner took the updates; a planner that is down leaves the cursor where it was; deleted orders are
 * reported; the webhook intake refuses wrong secrets and unknown models.
 *
 * <p>The test server starts every feedback model paused ({@code takt.feedback.start-paused=true}) so that the timer
 * does not read Odoo behind other tests' backs; each test here starts the manufacturing-order cursor from now.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackIT extends TaktIT {

    private static final String RPC = BASE + "/sandbox/odoo/jsonrpc";
    private static final String WEBHOOK = "/api/odoo/webhook";
    private static final String SECRET = "it-webhook-secret";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** Updates from earlier runs on the same database (the sandbox is regenerated, Derby is not) do not count. */
    private Instant testStart;

    @BeforeEach
    void startFromNow() {
        testStart = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        plannerDown(false);
        JsonPath reply = graphql("mutation { pauseFeedback(model: MANUFACTURING_ORDER) { paused } "
                + "resetFeedbackCursor(model: MANUFACTURING_ORDER, from: \"" + Instant.now().minusSeconds(2)
                + "\") { position initialLoad } }");
        assertNull(reply.get("errors"), () -> reply.prettify());
        assertEquals(Boolean.FALSE, reply.get("data.resetFeedbackCursor.initialLoad"));
    }

    @AfterEach
    void pauseAgain() {
        plannerDown(false);
        graphql("mutation { pauseFeedback(model: MANUFACTURING_ORDER) { paused } }");
    }

    @Test
    void pollingAloneDeliversAConfirmedOrderOnceAdvancesTheCursorAndTellsPartners() {
        Map<String, Object> mo = draftOrder(0);
        long id = ((Number) mo.get("id")).longValue();
        String before = cursorPosition();

        rpc("mrp.production", "action_confirm", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id)));
        // no webhook: the timer (1 s in the tests) alone must find the change
        graphql("mutation { resumeFeedback(model: MANUFACTURING_ORDER) { paused } }");
        List<Map<String, Object>> updates = await(() -> updates(id, "CONFIRMED"), list -> !list.isEmpty());
        graphql("mutation { pauseFeedback(model: MANUFACTURING_ORDER) { paused } }");

        assertEquals(1, updates.size(), () -> "received once: " + updates);
        assertEquals(mo.get("name"), updates.get(0).get("reference"));
        // polling again delivers nothing new for that change: the planner holds it once
        JsonPath again = graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { error } }");
        assertNull(again.get("data.pollOdooChanges[0].error"));
        assertEquals(1, updates(id, "CONFIRMED").size());

        String after = cursorPosition();
        assertNotNull(after);
        assertTrue(before == null || Instant.parse(after).isAfter(Instant.parse(before))
                || Instant.parse(after).equals(Instant.parse(before)), before + " -> " + after);
        assertFalse(Instant.parse(after).isBefore(Instant.parse((String) updates.get(0).get("changedAt"))),
                "cursor at " + after + " is past the change at " + updates.get(0).get("changedAt"));

        List<Map<String, Object>> events = graphql("{ recentEvents(type: PRODUCTION_STATUS_CHANGED, first: 500) "
                + "{ subject state } }").getList("data.recentEvents");
        assertTrue(events.stream().anyMatch(e -> mo.get("name").equals(e.get("subject"))
                && "CONFIRMED".equals(e.get("state"))), () -> "events: " + events);
    }

    @Test
    void aWebhookHintMakesTakt_readTheModelAtOnce() {
        Map<String, Object> mo = draftOrder(1);
        long id = ((Number) mo.get("id")).longValue();
        rpc("mrp.production", "action_confirm", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id)));

        // the model stays paused for the timer: only the hint can make Takt read it
        int hint = RestAssured.given().contentType(ContentType.JSON)
                .body("{\"_model\":\"mrp.production\",\"_id\":" + id + ",\"_action\":\"Takt feedback\","
                        + "\"state\":\"confirmed\"}")
                .post(WEBHOOK + "?secret=" + SECRET)
                .then().statusCode(202).body("model", equalTo("MANUFACTURING_ORDER"))
                .extract().path("hint");

        List<Map<String, Object>> updates = await(() -> updates(id, "CONFIRMED"), list -> !list.isEmpty());
        assertEquals(1, updates.size());
        List<Map<String, Object>> hints = await(() -> graphql("{ feedbackHints(model: MANUFACTURING_ORDER, "
                        + "first: 20) { id odooId readAt sha256 } }").getList("data.feedbackHints"),
                list -> list.stream().anyMatch(h -> ((Number) h.get("id")).intValue() == hint && h.get("readAt") != null));
        Map<String, Object> stored = hints.stream().filter(h -> ((Number) h.get("id")).intValue() == hint).findFirst()
                .orElseThrow();
        assertEquals(id, ((Number) stored.get("odooId")).longValue());
        assertEquals(64, ((String) stored.get("sha256")).length());
    }

    @Test
    void aPlannerThatIsDownLeavesTheCursorWhereItWasAndNothingIsLost() {
        Map<String, Object> mo = draftOrder(2);
        long id = ((Number) mo.get("id")).longValue();
        JsonPath drained = graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { error drained } }");
        assertNull(drained.get("data.pollOdooChanges[0].error"), drained::prettify);
        String before = cursorPosition();

        plannerDown(true);
        rpc("mrp.production", "action_confirm", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id)));
        JsonPath failed = graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) "
                + "{ pages delivered error } }");
        assertNull(failed.get("errors"), failed::prettify);
        assertEquals(0, (int) failed.get("data.pollOdooChanges[0].pages"));
        assertTrue(((String) failed.get("data.pollOdooChanges[0].error")).contains("planner is down"),
                failed::prettify);
        Map<String, Object> cursor = cursor();
        assertEquals(before, cursor.get("position"), "the cursor did not move");
        assertTrue(((String) cursor.get("lastError")).contains("planner is down"));
        assertTrue(updates(id, null).isEmpty(), "nothing reached the planner");

        plannerDown(false);
        JsonPath ok = graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { pages delivered error } }");
        assertNull(ok.get("data.pollOdooChanges[0].error"), ok::prettify);
        assertEquals(1, updates(id, "CONFIRMED").size());
        assertNull(cursor().get("lastError"));
        assertTrue(Instant.parse((String) cursor().get("position")).isAfter(before == null ? Instant.EPOCH
                : Instant.parse(before).minusMillis(1)));
    }

    @Test
    void aDeletedOrderIsReportedToThePlanner() {
        Map<String, Object> mo = draftOrder(3);
        long id = ((Number) mo.get("id")).longValue();
        rpc("mrp.production", "write", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id))
                .add(Json.createObjectBuilder().add("priority", "1")));
        graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { error } }");
        assertEquals(1, updates(id, "DRAFT").size(), "the draft is followed");

        rpc("mrp.production", "unlink", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id)));
        JsonPath poll = graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { deleted error } }");
        assertNull(poll.get("data.pollOdooChanges[0].error"), poll::prettify);
        List<Map<String, Object>> all = updates(id, null);
        assertTrue(all.stream().anyMatch(u -> Boolean.TRUE.equals(u.get("deleted"))), () -> "updates: " + all);
        graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { error } }");
        assertEquals(1, updates(id, null).stream().filter(u -> Boolean.TRUE.equals(u.get("deleted"))).count(),
                "a deletion is reported once");
    }

    @Test
    void theWebhookIntakeRefusesAMissingOrWrongSecretAndUnknownModels() {
        String body = "{\"_model\":\"mrp.production\",\"_id\":1}";
        RestAssured.given().contentType(ContentType.JSON).body(body).post(WEBHOOK)
                .then().statusCode(401).contentType(ContentType.JSON).body("error", containsString("secret"));
        RestAssured.given().contentType(ContentType.JSON).body(body).post(WEBHOOK + "?secret=not-it")
                .then().statusCode(401).body("error", containsString("secret missing or wrong"));
        RestAssured.given().contentType(ContentType.JSON).header("X-Takt-Webhook-Secret", SECRET)
                .body("{\"_model\":\"res.partner\",\"_id\":7}").post(WEBHOOK)
                .then().statusCode(400).body("error", containsString("does not follow the Odoo model 'res.partner'"))
                .body("error", containsString("mrp.production"));
        RestAssured.given().contentType(ContentType.JSON).body("[1,2]").post(WEBHOOK + "?secret=" + SECRET)
                .then().statusCode(400).body("error", containsString("JSON object"));
        RestAssured.given().contentType(ContentType.JSON).body("{\"_id\":3}").post(WEBHOOK + "?secret=" + SECRET)
                .then().statusCode(400).body("error", containsString("_model"));
    }

    @Test
    void anUnmappedItemRaisesOnePlanningExceptionThatPeopleAcknowledgeAndResolve() {
        Map<String, Object> mo = draftOrder(4);
        long id = ((Number) mo.get("id")).longValue();
        JsonObject order = rpc("mrp.production", "read", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(id)).add(Json.createArrayBuilder().add("product_id")))
                .asJsonArray().getJsonObject(0);
        long product = order.getJsonArray("product_id").getJsonNumber(0).longValue();
        JsonObject productRow = rpc("product.product", "read", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(product)).add(Json.createArrayBuilder().add("default_code")))
                .asJsonArray().getJsonObject(0);
        String code = productRow.getString("default_code");
        // an exception left open by an earlier run on the same database would absorb this one: resolve it first
        for (Map<String, Object> stale : openUnmapped(product)) {
            graphql("mutation { resolvePlanningException(id: " + stale.get("id") + ", resolution: \"earlier run\") "
                    + "{ status } }");
        }
        int occurrencesBefore;
        try {
            rpc("product.product", "write", Json.createArrayBuilder().add(Json.createArrayBuilder().add(product))
                    .add(Json.createObjectBuilder().add("default_code", false)));
            rpc("mrp.production", "action_confirm", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id)));
            graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { error } }");
            occurrencesBefore = openUnmapped(product).stream().mapToInt(e -> ((Number) e.get("occurrences")).intValue())
                    .sum();
            // Odoo's write_date has whole seconds: a second change in the same second is seen only at the next one
            Instant confirmed = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            await(Instant::now, now -> now.isAfter(confirmed.plusSeconds(1)));
            rpc("mrp.production", "write", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id))
                    .add(Json.createObjectBuilder().add("priority", "1")));
            graphql("mutation { pollOdooChanges(model: MANUFACTURING_ORDER) { error } }");
        } finally {
            rpc("product.product", "write", Json.createArrayBuilder().add(Json.createArrayBuilder().add(product))
                    .add(Json.createObjectBuilder().add("default_code", code)));
        }
        // the update still reached the planner, without an item
        List<Map<String, Object>> updates = updates(id, "CONFIRMED");
        assertFalse(updates.isEmpty());

        List<Map<String, Object>> open = openUnmapped(product);
        assertEquals(1, open.size(), () -> "one exception for the condition while open: " + open);
        Map<String, Object> e = open.get(0);
        assertEquals("MEDIUM", e.get("severity"));
        assertEquals("planner", e.get("ownerRole"));
        assertEquals(1, occurrencesBefore, "opened by the first change");
        assertEquals(2, ((Number) e.get("occurrences")).intValue(),
                "raised again while open: counted, not opened twice");
        assertTrue(((String) e.get("orderReference")).contains((String) mo.get("name")));
        long exception = ((Number) e.get("id")).longValue();
        List<Map<String, Object>> raised = graphql("{ recentEvents(type: PLANNING_EXCEPTION_RAISED, first: 500) "
                + "{ subject state } }").getList("data.recentEvents");
        assertTrue(raised.stream().anyMatch(r -> ("planning exception " + exception).equals(r.get("subject"))),
                () -> "events: " + raised);

        JsonPath ack = graphql("mutation { acknowledgePlanningException(id: " + exception + ", note: \"on it\") "
                + "{ status acknowledgedBy acknowledgementNote acknowledgedAt } }");
        assertEquals("ACKNOWLEDGED", ack.get("data.acknowledgePlanningException.status"), ack::prettify);
        assertEquals("on it", ack.get("data.acknowledgePlanningException.acknowledgementNote"));
        assertNotNull(ack.get("data.acknowledgePlanningException.acknowledgedAt"));
        JsonPath twice = graphql("mutation { acknowledgePlanningException(id: " + exception + ") { status } }");
        assertEquals("INVALID_STATE", twice.get("errors[0].extensions.code"), twice::prettify);
        assertTrue(((String) twice.get("errors[0].message")).contains("already"));

        JsonPath resolved = graphql("mutation { resolvePlanningException(id: " + exception
                + ", resolution: \"reference restored\") { status resolution resolvedBy } }");
        assertEquals("RESOLVED", resolved.get("data.resolvePlanningException.status"), resolved::prettify);
        assertEquals("reference restored", resolved.get("data.resolvePlanningException.resolution"));
        JsonPath again = graphql("mutation { resolvePlanningException(id: " + exception
                + ", resolution: \"again\") { status } }");
        assertEquals("INVALID_STATE", again.get("errors[0].extensions.code"), again::prettify);
        JsonPath missing = graphql("mutation { acknowledgePlanningException(id: 987654321) { status } }");
        assertEquals("NOT_FOUND", missing.get("errors[0].extensions.code"), missing::prettify);
        assertTrue(((String) missing.get("errors[0].message")).contains("planning exception 987654321 does not exist"));
        JsonPath blank = graphql("mutation { resolvePlanningException(id: " + exception
                + ", resolution: \" \") { status } }");
        assertEquals("BAD_ARGUMENT", blank.get("errors[0].extensions.code"), blank::prettify);

        List<Map<String, Object>> resolvedList = graphql("{ planningExceptions(filter: {status: RESOLVED, "
                + "kind: UNMAPPED_ITEM}) { nodes { id } } }").getList("data.planningExceptions.nodes");
        assertTrue(resolvedList.stream().anyMatch(r -> ((Number) r.get("id")).longValue() == exception));
    }

    @Test
    void aStockChangeThatLeavesAnItemBelowItsReorderMinimumRaisesAShortage() {
        JsonObject rule = rpc("stock.warehouse.orderpoint", "search_read", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder()),
                Json.createObjectBuilder().add("fields", Json.createArrayBuilder().add("id").add("product_id")
                        .add("product_min_qty")).add("limit", 1)).asJsonArray().getJsonObject(0);
        long ruleId = rule.getJsonNumber("id").longValue();
        long product = rule.getJsonArray("product_id").getJsonNumber(0).longValue();
        double minimum = rule.getJsonNumber("product_min_qty").doubleValue();
        String code = rpc("product.product", "read", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(product)).add(Json.createArrayBuilder().add("default_code")))
                .asJsonArray().getJsonObject(0).getString("default_code");
        JsonObject quant = rpc("stock.quant", "search_read", Json.createArrayBuilder().add(Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add("product_id").add("=").add(product))
                        .add(Json.createArrayBuilder().add("location_id.usage").add("=").add("internal"))),
                Json.createObjectBuilder().add("fields", Json.createArrayBuilder().add("id").add("quantity"))
                        .add("limit", 1)).asJsonArray().getJsonObject(0);
        for (Map<String, Object> stale : openShortages(code)) {
            graphql("mutation { resolvePlanningException(id: " + stale.get("id") + ", resolution: \"earlier run\") "
                    + "{ status } }");
        }
        graphql("mutation { resetFeedbackCursor(model: STOCK, from: \"" + Instant.now().minusSeconds(2)
                + "\") { position } }");
        try {
            rpc("stock.warehouse.orderpoint", "write", Json.createArrayBuilder()
                    .add(Json.createArrayBuilder().add(ruleId))
                    .add(Json.createObjectBuilder().add("product_min_qty", 1_000_000)));
            // a count of the quant (its quantity as counted): a change of the item's stock that Odoo stamps
            rpc("stock.quant", "write", Json.createArrayBuilder().add(Json.createArrayBuilder()
                            .add(quant.getJsonNumber("id").longValue()))
                    .add(Json.createObjectBuilder().add("inventory_quantity", quant.getJsonNumber("quantity"))));
            JsonPath poll = graphql("mutation { pollOdooChanges(model: STOCK) { delivered error } }");
            assertNull(poll.get("data.pollOdooChanges[0].error"), poll::prettify);
        } finally {
            rpc("stock.warehouse.orderpoint", "write", Json.createArrayBuilder()
                    .add(Json.createArrayBuilder().add(ruleId))
                    .add(Json.createObjectBuilder().add("product_min_qty", minimum)));
            graphql("mutation { pauseFeedback(model: STOCK) { paused } }");
        }
        List<Map<String, Object>> open = openShortages(code);
        assertEquals(1, open.size(), () -> "shortages: " + open);
        Map<String, Object> shortage = open.get(0);
        assertEquals("buyer", shortage.get("ownerRole"));
        assertEquals("HIGH", shortage.get("severity"));
        assertEquals("ITEM", shortage.get("demandKind"));
        assertEquals(code, shortage.get("demandReference"));
        assertNotNull(shortage.get("dueAt"));
        assertTrue(((String) shortage.get("message")).contains("is below the reorder minimum 1000000"),
                () -> "message: " + shortage.get("message"));
        List<Map<String, Object>> events = graphql("{ recentEvents(type: INVENTORY_SHORTAGE, first: 500) "
                + "{ item plant quantity } }").getList("data.recentEvents");
        assertTrue(events.stream().anyMatch(e -> code.equals(e.get("item"))
                && ((Number) e.get("quantity")).doubleValue() > 0), () -> "events: " + events);
    }

    private static List<Map<String, Object>> openShortages(String item) {
        return graphql("{ planningExceptions(filter: {kind: SHORTAGE, status: OPEN, item: \"" + item + "\"}) "
                + "{ nodes { id ownerRole severity message demandKind demandReference dueAt plant } } }")
                .getList("data.planningExceptions.nodes");
    }

    private static List<Map<String, Object>> openUnmapped(long product) {
        String list = "{ planningExceptions(filter: {kind: UNMAPPED_ITEM, status: OPEN}, first: 1000) "
                + "{ totalCount nodes { id kind severity ownerRole status message occurrences orderReference } } }";
        return graphql(list).<Map<String, Object>>getList("data.planningExceptions.nodes")
                .stream().filter(e -> ((String) e.get("message")).contains("Odoo product " + product + " ")).toList();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void plannerDown(boolean down) {
        RestAssured.given().post("/api/sandbox/planner/faults?feedbackDown=" + down).then().statusCode(200);
    }

    private static Map<String, Object> cursor() {
        return graphql("{ feedbackCursors { model position lastError } }")
                .<Map<String, Object>>getList("data.feedbackCursors").stream()
                .filter(c -> "MANUFACTURING_ORDER".equals(c.get("model"))).findFirst().orElseThrow();
    }

    private static String cursorPosition() {
        return (String) cursor().get("position");
    }

    private List<Map<String, Object>> updates(long id, String state) {
        JsonPath reply = graphql("{ receivedExecution(kind: MANUFACTURING_ORDER, odooId: " + id + ", first: 100) "
                + "{ nodes { sequence reference state changedAt deleted } } }");
        assertNull(reply.get("errors"), reply::prettify);
        return reply.<Map<String, Object>>getList("data.receivedExecution.nodes").stream()
                .filter(u -> state == null || state.equals(u.get("state")))
                .filter(u -> !Instant.parse((String) u.get("changedAt")).isBefore(testStart)).toList();
    }

    /** The n-th draft manufacturing order of the sandbox (id and name). */
    private static Map<String, Object> draftOrder(int n) {
        JsonValue result = rpc("mrp.production", "search_read",
                Json.createArrayBuilder().add(Json.createArrayBuilder().add(Json.createArrayBuilder()
                        .add("state").add("=").add("draft"))),
                Json.createObjectBuilder().add("fields", Json.createArrayBuilder().add("id").add("name"))
                        .add("order", "id desc").add("offset", n).add("limit", 1));
        JsonArray rows = result.asJsonArray();
        if (rows.isEmpty()) {
            fail("the sandbox has no draft manufacturing order left at offset " + n);
        }
        JsonObject row = rows.getJsonObject(0);
        return Map.of("id", row.getJsonNumber("id").longValue(), "name", row.getString("name"));
    }

    private static JsonValue rpc(String model, String method, jakarta.json.JsonArrayBuilder args) {
        return rpc(model, method, args, Json.createObjectBuilder());
    }

    private static JsonValue rpc(String model, String method, jakarta.json.JsonArrayBuilder args,
            jakarta.json.JsonObjectBuilder kwargs) {
        JsonObject request = Json.createObjectBuilder().add("jsonrpc", "2.0").add("method", "call").add("id", 1)
                .add("params", Json.createObjectBuilder().add("service", "object").add("method", "execute_kw")
                        .add("args", Json.createArrayBuilder().add("mfg").add(2).add("admin").add(model).add(method)
                                .add(args).add(kwargs)))
                .build();
        String reply = RestAssured.given().contentType(ContentType.JSON).body(request.toString()).post(RPC)
                .then().statusCode(200).extract().asString();
        JsonObject json = Json.createReader(new StringReader(reply)).readObject();
        if (json.containsKey("error")) {
            fail(model + "." + method + " failed in the sandbox: " + json.get("error"));
        }
        return json.getOrDefault("result", JsonValue.NULL);
    }

    private <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant end = Instant.now().plus(DEADLINE);
        T value = read.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(end)) {
                fail("not reached within " + DEADLINE + ": " + value);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            value = read.get();
        }
        return value;
    }
}
