package dev.takt.bench;

import dev.takt.it.Sandbox;
import dev.takt.it.TaktIT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The federated dashboard of {@link FederatedDashboardBenchmark} (200 items × forecast 12 weeks, ATP 12 weeks, open
 * MOs, stock) with frePPLe as the planner ({@code frepple-it} execution, {@code takt.planning.adapter=frepple}),
 * against the minimal direct sequence: the same Odoo JSON-RPC calls plus the frePPLe REST calls that fetch the
 * planner's part (demand, operations, proposed manufacturing, purchase and distribution orders). Figures only.
 * Run with {@code ./mvnw verify -Pbench}.
 */
class FederatedDashboardFreppleBenchmark extends TaktIT {

    private static final int ITEMS = 200;
    private static final int WARMUP = 3;
    private static final int RUNS = 11;
    private static final String FREPPLE = BASE + "/sandbox/frepple";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin"
            .getBytes(StandardCharsets.UTF_8));

    @Test
    void federatedDashboardWithFrepple() {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = monday.plusWeeks(12).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Object> vars = Map.of("n", ITEMS, "from", from.toString(), "to", to.toString(),
                "fromDay", monday.toString(), "toDay", monday.plusWeeks(12).minusDays(1).toString());
        io.restassured.path.json.JsonPath items = graphql("query($n: Int) { items(first: $n, type: STORABLE) { "
                + "nodes { code uom } } }", Map.of("n", ITEMS));
        List<String> codes = items.getList("data.items.nodes.code");
        seed(codes, items.getList("data.items.nodes.uom"), monday);

        DirectOdoo odoo = new DirectOdoo();
        for (int i = 0; i < WARMUP; i++) {
            FederatedDashboardBenchmark.viaTakt(vars);
            direct(odoo, codes, monday);
        }
        Sandbox.resetCalls();
        resetFreppleCalls();
        FederatedDashboardBenchmark.viaTakt(vars);
        int taktOdoo = Sandbox.calls().getInt("total");
        long taktFrepple = freppleCalls();
        Sandbox.resetCalls();
        resetFreppleCalls();
        int rows = direct(odoo, codes, monday);
        int directOdoo = Sandbox.calls().getInt("total");
        long directFrepple = freppleCalls();
        double takt = DirectOdoo.median(RUNS, () -> FederatedDashboardBenchmark.viaTakt(vars));
        double direct = DirectOdoo.median(RUNS, () -> direct(odoo, codes, monday));
        System.out.printf("%nFederated dashboard with frePPLe — %d items × (forecast 12 weeks, ATP 12 weeks, open MOs,"
                + " stock); frePPLe holds %d planner rows for them%n", codes.size(), rows);
        System.out.printf("calls per query: Odoo Takt %d / direct %d; frePPLe Takt %d / direct %d%n", taktOdoo,
                directOdoo, taktFrepple, directFrepple);
        System.out.printf("median: Takt %.1f ms, direct Odoo JSON-RPC + frePPLe REST %.1f ms, ratio %.2fx%n", takt,
                direct, takt / direct);
    }

    /** frePPLe data for the items (in Odoo's units, as frePPLe's Odoo connector names them): 12 weekly demands, an operation, one proposed MO and one proposed PO each. */
    private static void seed(List<String> codes, List<String> units, LocalDate monday) {
        send("POST", "/control/reset", null);
        post("location", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "WH")));
        post("customer", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Bench")));
        post("supplier", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Bench supplier")));
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder operations = Json.createArrayBuilder();
        JsonArrayBuilder demands = Json.createArrayBuilder();
        JsonArrayBuilder mos = Json.createArrayBuilder();
        JsonArrayBuilder pos = Json.createArrayBuilder();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            items.add(Json.createObjectBuilder().add("name", code).add("uom", units.get(i)));
            operations.add(Json.createObjectBuilder().add("name", "Make " + code).add("item", code)
                    .add("location", "WH"));
            for (int week = 0; week < 12; week++) {
                demands.add(Json.createObjectBuilder().add("name", code + " w" + week).add("item", code)
                        .add("customer", "Bench").add("location", "WH")
                        .add("due", monday.plusWeeks(week) + "T00:00:00").add("quantity", String.valueOf(5 + week)));
            }
            mos.add(Json.createObjectBuilder().add("reference", "MO " + code).add("operation", "Make " + code)
                    .add("quantity", "10").add("status", "proposed").add("startdate", monday.plusDays(2) + "T08:00:00")
                    .add("enddate", monday.plusDays(3) + "T08:00:00"));
            pos.add(Json.createObjectBuilder().add("reference", "PO " + code).add("item", code)
                    .add("supplier", "Bench supplier").add("location", "WH").add("quantity", "20")
                    .add("status", "proposed").add("startdate", monday.plusDays(5) + "T08:00:00")
                    .add("enddate", monday.plusDays(9) + "T08:00:00"));
        }
        post("item", items);
        post("operation", operations);
        post("demand", demands);
        post("manufacturingorder", mos);
        post("purchaseorder", pos);
    }

    /** The Odoo part (as FederatedDashboardBenchmark) and the planner's part by hand: five frePPLe lists. */
    private static int direct(DirectOdoo odoo, List<String> codes, LocalDate monday) {
        FederatedDashboardBenchmark.direct(odoo);
        String in = String.join(",", codes);
        String due = monday.plusWeeks(12) + "T00:00:00";
        int rows = list("demand", Map.of("item__in", in, "status__in", "open,quote", "due__gte",
                monday + "T00:00:00", "due__lt", due)).size();
        JsonArray operations = list("operation", Map.of("item__in", in));
        String names = operations.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name"))
                .collect(Collectors.joining(","));
        rows += list("manufacturingorder", Map.of("operation__in", names, "status__in", "proposed,approved",
                "enddate__lte", due)).size();
        rows += list("purchaseorder", Map.of("item__in", in, "status__in", "proposed,approved", "enddate__lte", due))
                .size();
        rows += list("distributionorder", Map.of("item__in", in, "status__in", "proposed,approved", "enddate__lte",
                due)).size();
        return rows;
    }

    private static JsonArray list(String entity, Map<String, String> filters) {
        Map<String, String> ordered = new LinkedHashMap<>(filters);
        String query = ordered.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return Json.createReader(new java.io.StringReader(send("GET", "/api/input/" + entity + "/?" + query, null)))
                .readArray();
    }

    private static void post(String entity, JsonArrayBuilder records) {
        send("POST", "/api/input/" + entity + "/", records.build().toString());
    }

    private static void resetFreppleCalls() {
        send("DELETE", "/control/calls", null);
    }

    private static long freppleCalls() {
        return Json.createReader(new java.io.StringReader(send("GET", "/control/calls", null))).readObject()
                .getJsonNumber("total").longValue();
    }

    private static String send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FREPPLE + path)).header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> reply = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": HTTP " + reply.statusCode() + " "
                        + reply.body().substring(0, Math.min(300, reply.body().length())));
            }
            return reply.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
