package dev.takt.sandbox.frepple;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.takt.sandbox.frepple.FreppleSandboxContractTest.RECORDING_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the frePPLe sandbox beyond the recordings: filters, keys, cascades, auth, tasks, faults, control. */
class FreppleSandboxTest {

    private static final String ADMIN = "Basic YWRtaW46YWRtaW4=";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    private final FreppleSandbox sandbox = new FreppleSandbox(RECORDING_DAY, CLOCK, "test-secret");

    private FreppleReply call(String method, String path, String query, String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", ADMIN);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return sandbox.handle(method, path, query, headers, body);
    }

    private static JsonValue json(FreppleReply reply) {
        return FreppleSandboxContractTest.parse(reply.body());
    }

    private JsonArray list(String entity, String query) {
        FreppleReply reply = call("GET", "/api/input/" + entity + "/", query, null);
        assertEquals(200, reply.status(), reply.body());
        return json(reply).asJsonArray();
    }

    private static List<String> names(JsonArray records, String key) {
        return records.stream().map(v -> v.asJsonObject().getString(key)).toList();
    }

    @Test
    void filtersByLookupAndIgnoresUnknownAndEmptyParameters() {
        assertEquals(List.of("Demand 03", "Demand 06", "Demand 07", "Demand 10", "Demand 11"),
                names(list("demand", "item=chair"), "name"));
        assertEquals(List.of("Demand 01", "Demand 02", "Demand 08"),
                names(list("demand", "item__in=round%20table%2Csquare%20table&location=shop%202"), "name"));
        assertEquals(List.of("Demand 10"), names(list("demand", "name__icontains=MAND%201&quantity__gt=5"), "name"));
        assertEquals(11, list("demand", "name=&foo=bar&customer__startswith=").size());
        assertEquals(List.of("chair", "chair leg"), names(list("item", "name__startswith=chair"), "name"));
        assertEquals(List.of("All items"), names(list("item", "owner__isnull=true"), "name"));
        assertEquals(List.of("Demand 07", "Demand 10"), names(list("demand", "due__lte=2026-11-27"), "name"));
    }

    @Test
    void aFilterValueOfTheWrongTypeIsRefused() {
        FreppleReply reply = call("GET", "/api/input/demand/", "quantity__gte=lots&due__lt=soon", null);
        assertEquals(400, reply.status());
        assertEquals("{\"quantity__gte\":[\"Enter a number.\"],\"due__lt\":[\"Enter a valid date/time.\"]}",
                reply.body());
    }

    @Test
    void detailKeysArePercentDecodedAndMayHoldSlashes() {
        FreppleReply created = call("POST", "/api/input/location/", null, "{\"name\": \"aisle 3/B\"}");
        assertEquals(201, created.status(), created.body());
        FreppleReply read = call("GET", "/api/input/location/aisle%203%2FB/", null, null);
        assertEquals(200, read.status(), read.body());
        assertEquals("aisle 3/B", json(read).asJsonObject().getString("name"));
        assertEquals(200, call("GET", "/api/input/buffer/2/", null, null).status());
        assertEquals(404, call("GET", "/api/input/buffer/two/", null, null).status());
    }

    @Test
    void aMissingTrailingSlashRedirectsAndUnknownPathsGoHome() {
        FreppleReply reply = call("GET", "/api/input/demand", "name=Demand%2001", null);
        assertEquals(301, reply.status());
        assertEquals("/api/input/demand/?name=Demand+01", reply.headers().get("Location"));
        assertEquals("/sandbox/frepple/api/input/demand/?name=Demand+01", reply.location("/sandbox/frepple"));
        FreppleReply unknown = call("GET", "/no/such/page/", null, null);
        assertEquals(302, unknown.status());
        assertEquals("/sandbox/frepple/", unknown.location("/sandbox/frepple"));
        assertEquals(302, sandbox.handle("GET", "/api/input/workorder/", null, Map.of(), null).status(),
                "the unknown entity redirects before authentication");
    }

    @Test
    void deletingCascadesToRowsThatNeedTheRecordAndClearsOptionalReferences() {
        assertEquals(204, call("DELETE", "/api/input/item/chair/", null, null).status());
        assertTrue(list("demand", "item=chair").isEmpty());
        assertTrue(list("buffer", "item=chair").isEmpty());
        assertTrue(list("operationmaterial", "item=chair").isEmpty());
        assertTrue(list("operation", "name=Assemble%20chair").get(0).asJsonObject().isNull("item"));
        assertEquals(204, call("DELETE", "/api/input/location/All%20locations/", null, null).status());
        assertTrue(list("location", "name=factory").get(0).asJsonObject().isNull("owner"));
    }

    @Test
    void numberedEntitiesTakeNewIdsAndUpsertByGivenId() {
        FreppleReply created = call("POST", "/api/input/buffer/", null,
                "{\"item\": \"screws\", \"location\": \"warehouse\", \"onhand\": 7}");
        assertEquals(201, created.status(), created.body());
        assertEquals(20, json(created).asJsonObject().getInt("id"));
        FreppleReply upsert = call("POST", "/api/input/buffer/", null, "{\"id\": 20, \"onhand\": \"9.5\"}");
        assertEquals("9.50000000", json(upsert).asJsonObject().getString("onhand"));
        assertEquals("screws", json(upsert).asJsonObject().getString("item"));
        assertEquals(20, list("buffer", null).size());
    }

    @Test
    void bulkUpdatesNeedExistingKeysAndAList() {
        FreppleReply missing = call("PATCH", "/api/input/demand/", null,
                "[{\"name\": \"Demand 01\", \"priority\": 3}, {\"name\": \"nobody\", \"priority\": 3}]");
        assertEquals(400, missing.status());
        assertEquals("[\"Could not find all objects to update.\"]", missing.body());
        assertEquals(1, list("demand", "name=Demand%2001").get(0).asJsonObject().getInt("priority"));
        FreppleReply notList = call("PUT", "/api/input/demand/", null, "{\"name\": \"Demand 01\"}");
        assertEquals(400, notList.status());
        assertEquals("{\"non_field_errors\":[\"Expected a list of items but got type \\\"dict\\\".\"]}",
                notList.body());
        FreppleReply noKey = call("PATCH", "/api/input/demand/", null, "[{\"priority\": 3}]");
        assertEquals("[{\"name\":[\"This field is required.\"]}]", noKey.body());
    }

    @Test
    void ordersWithoutReferenceAreNumbered() {
        FreppleReply created = call("POST", "/api/input/purchaseorder/", null, "[{\"item\": \"screws\", "
                + "\"supplier\": \"screw supplier\", \"location\": \"factory\", \"quantity\": 500, "
                + "\"startdate\": \"2026-12-01T00:00:00\", \"enddate\": \"2026-12-02T00:00:00\", \"status\": "
                + "\"approved\"}, {\"reference\": \"PO 900\", \"item\": \"screws\", \"supplier\": \"screw supplier\", "
                + "\"location\": \"factory\"}]");
        assertEquals(201, created.status(), created.body());
        assertEquals(List.of("1", "PO 900"), names(json(created).asJsonArray(), "reference"));
        assertEquals("proposed", json(created).asJsonArray().getJsonObject(1).getString("status"));
    }

    @Test
    void webTokensAreCheckedForSignatureExpiryAndUser() {
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + sandbox.token("admin", 60));
        assertEquals(200, sandbox.handle("GET", "/api/input/item/", null, bearer, null).status());
        assertEquals(200, sandbox.handle("GET", "/api/input/item/", "webtoken=" + sandbox.token("admin", 60),
                Map.of(), null).status());
        FreppleReply expired = sandbox.handle("GET", "/api/input/item/", null,
                Map.of("Authorization", "Bearer " + sandbox.token("admin", -1)), null);
        assertEquals(403, expired.status());
        assertEquals("Missing or invalid webtoken", expired.body());
        FreppleSandbox other = new FreppleSandbox(RECORDING_DAY, CLOCK, "another-secret");
        assertEquals(403, sandbox.handle("GET", "/api/input/item/", null,
                Map.of("Authorization", "Bearer " + other.token("admin", 60)), null).status());
        assertEquals(403, sandbox.handle("GET", "/api/input/item/", null,
                Map.of("Authorization", "Bearer " + sandbox.token("mallory", 60)), null).status());
        FreppleReply noCredentials = sandbox.handle("GET", "/api/input/item/", null, Map.of(), null);
        assertEquals(401, noCredentials.status());
        assertEquals("Basic realm=\"api\"", noCredentials.headers().get("WWW-Authenticate"));
    }

    @Test
    void planningIsDeterministicAndKeepsApprovedOrders() {
        FreppleSandbox twin = new FreppleSandbox(RECORDING_DAY, CLOCK, "test-secret");
        assertEquals(200, call("POST", "/execute/api/runplan/", "constraint=15&plantype=1&env=supply", "").status());
        twin.handle("POST", "/execute/api/runplan/", "constraint=15&plantype=1&env=supply", Map.of("Authorization",
                ADMIN), "");
        for (String entity : List.of("manufacturingorder", "purchaseorder", "distributionorder", "deliveryorder",
                "operationplanmaterial", "operationplanresource", "demand")) {
            assertEquals(call("GET", "/api/input/" + entity + "/", null, null).body(),
                    twin.handle("GET", "/api/input/" + entity + "/", null, Map.of("Authorization", ADMIN), null).body(),
                    entity);
        }
        JsonArray demands = list("demand", null);
        demands.forEach(d -> assertEquals(d.asJsonObject().getString("quantity"),
                d.asJsonObject().getString("plannedquantity"), d.toString()));
        JsonObject mo = list("manufacturingorder", "status=proposed").getJsonObject(0);
        String ref = mo.getString("reference");
        assertFalse(mo.getJsonArray("materials").isEmpty());
        assertFalse(mo.getJsonArray("resources").isEmpty());
        assertEquals(200, call("PATCH", "/api/input/manufacturingorder/" + ref + "/", null,
                "{\"status\": \"approved\"}").status());
        call("POST", "/execute/api/runplan/", "env=supply", "");
        JsonObject kept = json(call("GET", "/api/input/manufacturingorder/" + ref + "/", null, null)).asJsonObject();
        assertEquals("approved", kept.getString("status"));
        assertEquals(mo.getString("quantity"), kept.getString("quantity"));
    }

    @Test
    void withoutEnvSupplyThePlanIsNotRunAndClosedDemandsAreNotPlanned() {
        call("PATCH", "/api/input/demand/Demand%2001/", null, "{\"status\": \"closed\"}");
        call("POST", "/execute/api/runplan/", "constraint=15", "");
        assertTrue(list("manufacturingorder", null).isEmpty());
        call("POST", "/execute/api/runplan/", "env=fcst,supply", "");
        assertFalse(list("manufacturingorder", null).isEmpty());
        JsonObject closed = list("demand", "name=Demand%2001").getJsonObject(0);
        assertTrue(closed.isNull("plannedquantity"));
        assertTrue(list("deliveryorder", "demand=Demand%2001").isEmpty());
    }

    @Test
    void tasksCanBeMadeToRunLongerOrFail() {
        sandbox.faults(FreppleFaults.fromJson(FreppleJson.parse("{\"taskPolls\": 2}")));
        String id = String.valueOf(json(call("POST", "/execute/api/runplan/", "env=supply", "")).asJsonObject()
                .getInt("taskid"));
        assertEquals(List.of(id), List.copyOf(json(call("GET", "/execute/api/status/", null, null)).asJsonObject()
                .keySet()));
        List<String> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject task = json(call("GET", "/execute/api/status/", "id=" + id, null)).asJsonObject()
                    .getJsonObject(id);
            statuses.add(task.getString("status"));
        }
        assertEquals(List.of("0%", "50%", "Done"), statuses);
        assertEquals("{}", call("GET", "/execute/api/status/", null, null).body());

        sandbox.faults(FreppleFaults.fromJson(FreppleJson.parse("{\"taskFails\": true}")));
        call("PATCH", "/api/input/demand/Demand%2001/", null, "{\"quantity\": 99}");
        String failed = String.valueOf(json(call("POST", "/execute/api/runplan/", "env=supply", "")).asJsonObject()
                .getInt("taskid"));
        JsonObject task = json(call("GET", "/execute/api/status/", "id=" + failed, null)).asJsonObject()
                .getJsonObject(failed);
        assertEquals("Failed", task.getString("status"));
        assertEquals("20.00000000", list("demand", "name=Demand%2001").getJsonObject(0).getString("plannedquantity"));
    }

    @Test
    void faultsApplyToTheirEntitiesAndEveryCallIsLogged() {
        sandbox.faults(FreppleFaults.fromJson(FreppleJson.parse(
                "{\"http503Ratio\": 1.0, \"entities\": [\"demand\"], \"methods\": [\"get\"]}")));
        assertEquals(503, call("GET", "/api/input/demand/", null, null).status());
        assertEquals(201, call("POST", "/api/input/demand/", null, "{\"name\": \"x\", \"item\": \"chair\", "
                + "\"location\": \"shop 1\", \"customer\": \"Customer near shop 1\", \"due\": "
                + "\"2027-01-01T00:00:00\"}").status());
        assertEquals(200, call("GET", "/api/input/item/", null, null).status());
        sandbox.faults(FreppleFaults.fromJson(FreppleJson.parse("{\"http429Ratio\": 1.0}")));
        FreppleReply throttled = call("GET", "/api/input/item/", null, null);
        assertEquals(429, throttled.status());
        assertEquals("1", throttled.headers().get("Retry-After"));
        sandbox.faults(FreppleFaults.fromJson(FreppleJson.parse("{\"down\": true, \"entities\": [\"nothing\"]}")));
        assertTrue(call("GET", "/api/input/item/", null, null).dropConnection());
        assertEquals(200, call("GET", "/control/stats", null, null).status(), "control endpoints are never faulted");
        sandbox.faults(FreppleFaults.NONE);

        assertEquals(5, sandbox.calls().total());
        assertEquals(3, sandbox.calls().count("GET", "item"));
        assertEquals(1, sandbox.calls().count("POST", "demand"));
        assertEquals("HTTP_503", sandbox.calls().calls().get(0).fault());
        assertEquals(0, sandbox.calls().calls().get(4).status());
    }

    @Test
    void controlEndpoints() {
        FreppleReply faults = sandbox.handle("PUT", "/control/faults", null, Map.of(),
                "{\"latencyMs\": 5, \"resetRatio\": 0.5, \"seed\": 3}");
        assertEquals(200, faults.status(), faults.body());
        assertEquals(5, json(sandbox.handle("GET", "/control/faults", null, Map.of(), null)).asJsonObject()
                .getInt("latencyMs"));
        assertEquals(400, sandbox.handle("PUT", "/control/faults", null, Map.of(), "{\"bogus\": 1}").status());
        assertEquals(204, sandbox.handle("DELETE", "/control/faults", null, Map.of(), null).status());
        assertEquals(FreppleFaults.NONE, sandbox.faults());

        call("DELETE", "/api/input/demand/", "name__contains=Demand", null);
        assertEquals(0, list("demand", null).size());
        JsonObject stats = json(sandbox.handle("POST", "/control/reset", "baseDate=2027-01-01", Map.of(), null))
                .asJsonObject();
        assertEquals("2027-01-01", stats.getString("baseDate"));
        assertEquals(11, stats.getJsonObject("entities").getInt("demand"));
        assertEquals("2027-01-03T00:00:00", list("demand", "name=Demand%2001").getJsonObject(0).getString("due"));

        JsonObject token = json(sandbox.handle("POST", "/control/token", "expires=120", Map.of(), null))
                .asJsonObject();
        assertEquals("admin", token.getString("user"));
        assertEquals(200, sandbox.handle("GET", "/api/input/item/", "webtoken=" + token.getString("token"), Map.of(),
                null).status());

        JsonObject calls = json(sandbox.handle("GET", "/control/calls", null, Map.of(), null)).asJsonObject();
        assertTrue(calls.getInt("total") > 0);
        assertEquals(204, sandbox.handle("DELETE", "/control/calls", null, Map.of(), null).status());
        assertEquals(0, sandbox.calls().total());
        assertEquals(404, sandbox.handle("GET", "/control/nothing", null, Map.of(), null).status());
    }

    @Test
    void otherRequestShapes() {
        FreppleReply notJson = call("POST", "/api/input/demand/", null, "\"just text\"");
        assertEquals("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got str.\"]}", notJson.body());
        FreppleReply form = sandbox.handle("POST", "/api/input/demand/", null, Map.of("Authorization", ADMIN,
                "Content-Type", "application/x-www-form-urlencoded"), "name=x");
        assertEquals(415, form.status());
        assertEquals(405, call("POST", "/api/input/demand/Demand%2001/", null, "{}").status());
        FreppleReply emptyPatch = call("PATCH", "/api/input/demand/Demand%2001/", null, "");
        assertEquals(200, emptyPatch.status());
        FreppleReply nulls = call("PATCH", "/api/input/demand/Demand%2001/", null,
                "{\"item\": null, \"quantity\": null, \"description\": null, \"operation\": 7}");
        assertEquals("{\"item\":[\"This field may not be null.\"],\"operation\":[\"Invalid pk \\\"7\\\" - object does "
                + "not exist.\"],\"quantity\":[\"This field may not be null.\"]}", nulls.body());
        assertNull(call("DELETE", "/api/input/demand/", null, null).contentType());
    }
}
