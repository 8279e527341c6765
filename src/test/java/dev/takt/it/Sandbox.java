package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

/** Test-side handle on the embedded Odoo sandbox's control endpoints (call log and fault injection). */
public final class Sandbox {

    private static final String CONTROL = TaktIT.BASE + "/sandbox/odoo/control";

    private Sandbox() {
    }

    /** Forgets every call logged so far. */
    public static void resetCalls() {
        RestAssured.given().delete(CONTROL + "/calls").then().statusCode(204);
    }

    /** The call log: {@code total}, {@code counts} by "model/method", and {@code calls} with fields and domain. */
    public static JsonPath calls() {
        return RestAssured.given().get(CONTROL + "/calls").then().statusCode(200).extract().jsonPath();
    }

    /** Number of calls logged for {@code model}/{@code method} since the last reset. */
    public static int count(String model, String method) {
        Integer n = calls().get("counts.'" + model + "/" + method + "'");
        return n == null ? 0 : n;
    }

    /** The calls of the log made on {@code model}, in order, each with its method, fields and domain. */
    public static List<Map<String, Object>> callsOn(String model) {
        return calls().<Map<String, Object>>getList("calls").stream()
                .filter(c -> model.equals(c.get("model")))
                .toList();
    }

    /** Installs a fault configuration (see the sandbox's documentation for the keys). */
    public static void faults(Map<String, Object> config) {
        RestAssured.given().contentType(ContentType.JSON).body(TaktIT.json(config)).put(CONTROL + "/faults")
                .then().statusCode(200);
    }

    /** Removes every fault. */
    public static void clearFaults() {
        RestAssured.given().delete(CONTROL + "/faults").then().statusCode(204);
    }

    /** Regenerates the sandbox's data at {@code size} products with {@code seed}. */
    public static void reset(int size, long seed) {
        RestAssured.given().post(CONTROL + "/reset?size=" + size + "&seed=" + seed).then().statusCode(200);
    }

    /** {@code size}, {@code seed}, {@code buildMillis} and record counts per model under {@code models}. */
    public static JsonPath stats() {
        return RestAssured.given().get(CONTROL + "/stats").then().statusCode(200).extract().jsonPath();
    }
}
