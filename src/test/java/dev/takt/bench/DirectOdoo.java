package dev.takt.bench;

import dev.takt.it.TaktIT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmarks' baseline: the same data fetched by hand-written JSON-RPC {@code search_read}s against the sandbox,
 * as a client that knows Odoo would write them (one call per model, only the needed fields), and a median timer.
 */
final class DirectOdoo {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ENDPOINT = TaktIT.BASE + "/sandbox/odoo/jsonrpc";

    private final int uid;

    DirectOdoo() {
        JsonArray args = Json.createArrayBuilder().add("mfg").add("admin").add("admin")
                .add(Json.createObjectBuilder()).build();
        this.uid = ((JsonNumber) call("common", "authenticate", args)).intValue();
    }

    /** {@code search_read(domain, fields, limit)} ordered by id; {@code limit} 0 for all. */
    JsonArray searchRead(String model, JsonArrayBuilder domain, List<String> fields, int limit) {
        JsonArrayBuilder f = Json.createArrayBuilder();
        fields.forEach(f::add);
        var kwargs = Json.createObjectBuilder().add("fields", f).add("order", "id asc");
        if (limit > 0) {
            kwargs.add("limit", limit);
        }
        JsonArray args = Json.createArrayBuilder().add("mfg").add(uid).add("admin").add(model).add("search_read")
                .add(Json.createArrayBuilder().add(domain)).add(kwargs).build();
        return call("object", "execute_kw", args).asJsonArray();
    }

    /** A domain of one {@code field in ids} leaf. */
    static JsonArrayBuilder in(String field, Collection<Long> ids) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        ids.forEach(values::add);
        return Json.createArrayBuilder().add(Json.createArrayBuilder().add(field).add("in").add(values));
    }

    /** One leaf {@code [field, op, value]}. */
    static JsonArray leaf(String field, String op, String value) {
        return Json.createArrayBuilder().add(field).add(op).add(value).build();
    }

    /** The ids held by {@code field} (a number or a many2one pair) in the records. */
    static Set<Long> ids(JsonArray records, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonValue r : records) {
            JsonValue v = r.asJsonObject().get(field);
            if (v instanceof JsonNumber number) {
                ids.add(number.longValue());
            } else if (v instanceof JsonArray pair && !pair.isEmpty()) {
                ids.add(pair.getJsonNumber(0).longValue());
            }
        }
        return ids;
    }

    /** Median wall time in milliseconds of {@code runs} runs. */
    static double median(int runs, Runnable run) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(runs / 2);
    }

    private static JsonValue call(String service, String method, JsonArray args) {
        JsonObject body = Json.createObjectBuilder().add("jsonrpc", "2.0").add("method", "call").add("id", 1)
                .add("params", Json.createObjectBuilder().add("service", service).add("method", method)
                        .add("args", args))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ENDPOINT))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject reply = Json.createReader(new StringReader(response.body())).readObject();
            if (reply.containsKey("error")) {
                throw new IllegalStateException(reply.toString());
            }
            return reply.get("result");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
