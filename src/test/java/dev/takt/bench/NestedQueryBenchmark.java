package dev.takt.bench;

import dev.takt.it.Queries;
import dev.takt.it.Sandbox;
import dev.takt.it.TaktIT;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

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
import java.util.Map;
import java.util.Set;

/**
 * Prints, for the nested dashboard query (manufacturing orders → item → stock, BoM → lines → component,
 * work orders → work center) at N = 10, 100, 1000 parents: Odoo calls per query, the median latency through
 * Takt, the median of the same data fetched by the minimal sequence of direct JSON-RPC calls to the same
 * sandbox, and their ratio. Figures only: nothing here asserts a timing.
 *
 * <p>Run with {@code ./mvnw verify -Pbench} (sandbox size: {@code -Dbench.size=20000}).
 */
class NestedQueryBenchmark extends TaktIT {

    private static final int WARMUP = 3;
    private static final int RUNS = 15;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ODOO = BASE + "/sandbox/odoo/jsonrpc";

    private int uid;

    @Test
    void nestedDashboardQuery() throws Exception {
        uid = authenticate();
        JsonPath stats = Sandbox.stats();
        System.out.printf("%nNested dashboard query — sandbox: %s products, %s manufacturing orders%n",
                stats.getString("models.'product.product'"), stats.getString("models.'mrp.production'"));
        System.out.printf("%6s %12s %14s %14s %8s%n", "N", "Odoo calls", "Takt median", "direct median",
                "ratio");
        for (int n : new int[] {10, 100, 1000}) {
            for (int i = 0; i < WARMUP; i++) {
                viaTakt(n);
                direct(n);
            }
            Sandbox.resetCalls();
            viaTakt(n);
            int calls = Sandbox.calls().getInt("total");
            Sandbox.resetCalls();
            direct(n);
            int directCalls = Sandbox.calls().getInt("total");

            double takt = median(() -> viaTakt(n));
            double direct = median(() -> direct(n));
            System.out.printf("%6d %5d (%2d) %11.1f ms %11.1f ms %7.2fx%n", n, calls, directCalls, takt, direct,
                    takt / direct);
        }
        System.out.println("Odoo calls: through Takt (direct sequence in brackets).");
    }

    private static void viaTakt(int n) {
        JsonPath result = graphql(Queries.DASHBOARD, Map.of("n", n));
        if (result.get("errors") != null) {
            throw new IllegalStateException(result.prettify());
        }
    }

    /** The fewest JSON-RPC calls that fetch the same data: one per model and level, only the needed fields. */
    private void direct(int n) {
        JsonArray mos = searchRead("mrp.production", Json.createArrayBuilder(),
                List.of("name", "state", "date_start", "product_id", "bom_id"), n);
        Set<Long> products = ids(mos, "product_id");
        Set<Long> boms = ids(mos, "bom_id");
        Set<Long> moIds = ids(mos, "id");
        searchRead("product.product", in("id", products), List.of("default_code", "name"), 0);
        searchRead("stock.quant", in("product_id", products).add(leaf("location_id.usage", "=", "internal")),
                List.of("product_id", "location_id", "quantity", "reserved_quantity"), 0);
        searchRead("mrp.bom", in("id", boms), List.of("id"), 0);
        JsonArray lines = searchRead("mrp.bom.line", in("bom_id", boms), List.of("bom_id", "product_qty",
                "product_id"), 0);
        searchRead("product.product", in("id", ids(lines, "product_id")), List.of("default_code"), 0);
        JsonArray wos = searchRead("mrp.workorder", in("production_id", moIds), List.of("production_id", "name",
                "state", "workcenter_id"), 0);
        searchRead("mrp.workcenter", in("id", ids(wos, "workcenter_id")), List.of("name"), 0);
    }

    private JsonArray searchRead(String model, JsonArrayBuilder domain, List<String> fields, int limit) {
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

    private static int authenticate() {
        JsonArray args = Json.createArrayBuilder().add("mfg").add("admin").add("admin")
                .add(Json.createObjectBuilder()).build();
        return ((jakarta.json.JsonNumber) call("common", "authenticate", args)).intValue();
    }

    private static JsonValue call(String service, String method, JsonArray args) {
        JsonObject body = Json.createObjectBuilder().add("jsonrpc", "2.0").add("method", "call").add("id", 1)
                .add("params", Json.createObjectBuilder().add("service", service).add("method", method)
                        .add("args", args))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ODOO))
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

    private static JsonArrayBuilder in(String field, Collection<Long> ids) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        ids.forEach(values::add);
        return Json.createArrayBuilder().add(Json.createArrayBuilder().add(field).add("in").add(values));
    }

    private static JsonArray leaf(String field, String op, String value) {
        return Json.createArrayBuilder().add(field).add(op).add(value).build();
    }

    private static Set<Long> ids(JsonArray records, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonValue r : records) {
            JsonValue v = r.asJsonObject().get(field);
            if (v instanceof jakarta.json.JsonNumber number) {
                ids.add(number.longValue());
            } else if (v instanceof JsonArray pair && !pair.isEmpty()) {
                ids.add(pair.getJsonNumber(0).longValue());
            }
        }
        return ids;
    }

    private static double median(Runnable run) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(RUNS / 2);
    }
}
