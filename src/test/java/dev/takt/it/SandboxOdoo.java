package dev.takt.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the Odoo sandbox from the outside, over its JSON-RPC endpoint as any Odoo client would (JDK HttpClient):
 * what the system of execution really holds, independent of what Takt believes. Clear the sandbox's faults first.
 */
public final class SandboxOdoo {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ENDPOINT = TaktIT.BASE + "/sandbox/odoo/jsonrpc";

    private SandboxOdoo() {
    }

    /**
     * The manufacturing orders whose origin holds a Takt token starting with {@code TAKT:<prefix>}, counted per
     * token (the idempotency key): a count above 1 is a duplicate.
     */
    public static Map<String, Integer> manufacturingOrdersByKey(String prefix) {
        int uid = ((JsonNumber) call("common", "authenticate", Json.createArrayBuilder().add("mfg").add("admin")
                .add("admin").add(Json.createObjectBuilder()).build())).intValue();
        JsonArray domain = Json.createArrayBuilder().add(Json.createArrayBuilder().add("origin").add("ilike")
                .add("TAKT:" + prefix)).build();
        JsonArray args = Json.createArrayBuilder().add("mfg").add(uid).add("admin").add("mrp.production")
                .add("search_read").add(Json.createArrayBuilder().add(domain))
                .add(Json.createObjectBuilder().add("fields", Json.createArrayBuilder().add("origin"))).build();
        Map<String, Integer> byKey = new TreeMap<>();
        for (JsonValue v : call("object", "execute_kw", args).asJsonArray()) {
            for (String token : v.asJsonObject().getString("origin").split("[\\s,]+")) {
                if (token.startsWith("TAKT:" + prefix)) {
                    byKey.merge(token.substring("TAKT:".length()), 1, Integer::sum);
                }
            }
        }
        return byKey;
    }

    static JsonValue call(String service, String method, JsonArray args) {
        String body = Json.createObjectBuilder().add("jsonrpc", "2.0").add("method", "call").add("id", 1)
                .add("params", Json.createObjectBuilder().add("service", service).add("method", method)
                        .add("args", args)).build().toString();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ENDPOINT))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject reply = Json.createReader(new StringReader(response.body())).readObject();
            if (reply.containsKey("error")) {
                throw new IllegalStateException("sandbox error: " + reply.get("error"));
            }
            return reply.get("result");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
