package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Test-side handle on the outbox's test-only control endpoint ({@code dev.takt.it.control.OutboxTestControl}). */
public final class Outbox {

    private static final String CONTROL = TaktIT.BASE + "/it-control/outbox";

    private Outbox() {
    }

    /** A release of {@code quantity} of item {@code itemId} under {@code key}. */
    public record Release(String key, long itemId, double quantity) {
    }

    /** Queues the releases in real transactions through the CommandQueue; returns the command ids. */
    public static List<Long> enqueue(String correlationId, List<Release> releases) {
        return enqueueTimed(correlationId, releases).getList("ids", Long.class);
    }

    /** Queues the releases; returns {@code ids} and {@code elapsedMicros} (time spent queueing in the server). */
    public static JsonPath enqueueTimed(String correlationId, List<Release> releases) {
        JsonArrayBuilder commands = Json.createArrayBuilder();
        releases.forEach(r -> commands.add(Json.createObjectBuilder().add("key", r.key()).add("itemId", r.itemId())
                .add("quantity", r.quantity())));
        String body = Json.createObjectBuilder().add("correlationId", correlationId).add("commands", commands)
                .build().toString();
        return RestAssured.given().contentType(ContentType.JSON).body(body).post(CONTROL + "/enqueue")
                .then().statusCode(200).extract().jsonPath();
    }

    /** DONE rows of the prefix back to PENDING (and their ledger entries deleted when asked). */
    public static JsonPath requeue(String prefix, boolean clearLedger) {
        return RestAssured.given().queryParam("prefix", prefix).queryParam("clearLedger", clearLedger)
                .post(CONTROL + "/requeue").then().statusCode(200).extract().jsonPath();
    }

    /** PENDING rows of the prefix made to look leased by a relay that crashed, its lease ending in leaseMs. */
    public static int strand(String prefix, long leaseMs) {
        return RestAssured.given().queryParam("prefix", prefix).queryParam("leaseMs", leaseMs)
                .post(CONTROL + "/strand").then().statusCode(200).extract().jsonPath().getInt("stranded");
    }

    /** Counts by status, dead keys, attempts per key, audit entries per key, ledger size, relays seen. */
    public static JsonPath summary(String prefix) {
        return RestAssured.given().queryParam("prefix", prefix).get(CONTROL + "/summary").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Number of the prefix's commands in {@code status}. */
    public static int count(JsonPath summary, String status) {
        Integer n = summary.get("status." + status);
        return n == null ? 0 : n;
    }

    /** Polls the summary until {@code done} holds or the deadline passes; returns the last summary. */
    public static JsonPath awaitSummary(String prefix, Duration timeout, Predicate<JsonPath> done) {
        Instant deadline = Instant.now().plus(timeout);
        JsonPath last = summary(prefix);
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = summary(prefix);
        }
        return last;
    }

    /** Map form of a JSON object in a summary. */
    public static Map<String, Integer> map(JsonPath summary, String path) {
        Map<String, Integer> m = summary.getMap(path);
        return m == null ? Map.of() : m;
    }
}
