package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The frePPLe sandbox on the IT server: its REST API (as admin) and its control endpoints (calls, faults, reset). */
final class Frepple {

    static final String ROOT = TaktIT.BASE + "/sandbox/frepple";

    private Frepple() {
    }

    /** Fresh manufacturing_demo data, no faults, an empty call log. */
    static void reset() {
        clearFaults();
        RestAssured.post(ROOT + "/control/reset").then().statusCode(200);
        resetCalls();
    }

    static void resetCalls() {
        RestAssured.delete(ROOT + "/control/calls").then().statusCode(204);
    }

    /** Calls logged since the last reset, as "METHOD entity" → count. */
    static Map<String, Integer> counts() {
        return RestAssured.get(ROOT + "/control/calls").then().statusCode(200).extract().jsonPath()
                .getMap("counts");
    }

    static long total() {
        return RestAssured.get(ROOT + "/control/calls").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    static void down() {
        RestAssured.given().contentType(ContentType.JSON).body("{\"down\": true}").put(ROOT + "/control/faults")
                .then().statusCode(200);
    }

    static void clearFaults() {
        RestAssured.delete(ROOT + "/control/faults").then().statusCode(204);
    }

    /** Creates or updates records (frePPLe's upserting POST, a list in one request). */
    @SafeVarargs
    static void post(String entity, Map<String, ?>... records) {
        var array = Json.createArrayBuilder();
        for (Map<String, ?> r : records) {
            array.add(Json.createObjectBuilder(new java.util.HashMap<String, Object>(r)));
        }
        Response reply = RestAssured.given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON)
                .body(array.build().toString()).post(ROOT + "/api/input/" + entity + "/");
        assertEquals(201, reply.statusCode(), () -> entity + ": " + reply.asString());
    }

    static List<Map<String, Object>> list(String entity, Map<String, String> filters) {
        JsonPath json = RestAssured.given().auth().preemptive().basic("admin", "admin").queryParams(filters)
                .get(ROOT + "/api/input/" + entity + "/").then().statusCode(200).extract().jsonPath();
        return new ArrayList<>(json.getList("$"));
    }
}
