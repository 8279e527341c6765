package dev.takt.bench;

import dev.takt.it.Queries;
import dev.takt.it.Sandbox;
import dev.takt.it.TaktIT;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints, for a dashboard of 200 items × (forecast 12 weeks, ATP 12 weeks, open MOs, stock): Odoo calls per query,
 * the median latency through Takt, and the median of the minimal direct JSON-RPC sequence that fetches the Odoo part
 * of the same data (the native planner lives inside Takt, so its part has no external baseline), with the ratio.
 * Figures only. Run with {@code ./mvnw verify -Pbench}.
 */
class FederatedDashboardBenchmark extends TaktIT {

    private static final int ITEMS = 200;
    private static final int WARMUP = 3;
    private static final int RUNS = 11;

    static final String DASHBOARD = """
            query($n: Int, $from: DateTime!, $to: DateTime!, $fromDay: Date, $toDay: Date) {
              items(first: $n, type: STORABLE) { nodes { code name
                stock { onHand reserved available }
                openManufacturingOrders { name state quantity scheduledFinish }
                forecast(from: $fromDay, to: $toDay) { bucketStart quantity }
                availableToPromise(from: $from, to: $to, bucket: WEEK) { label cumulative promisable } } }
            }""";

    @Test
    void federatedDashboard() {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = monday.plusWeeks(12).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Object> vars = Map.of("n", ITEMS, "from", from.toString(), "to", to.toString(),
                "fromDay", monday.toString(), "toDay", monday.plusWeeks(12).minusDays(1).toString());
        List<String> codes = graphql("query($n: Int) { items(first: $n, type: STORABLE) { nodes { code } } }",
                Map.of("n", ITEMS)).getList("data.items.nodes.code");
        publishForecast(codes, monday);

        DirectOdoo odoo = new DirectOdoo();
        for (int i = 0; i < WARMUP; i++) {
            viaTakt(vars);
            direct(odoo);
        }
        Sandbox.resetCalls();
        viaTakt(vars);
        int taktCalls = Sandbox.calls().getInt("total");
        Sandbox.resetCalls();
        direct(odoo);
        int directCalls = Sandbox.calls().getInt("total");
        double takt = DirectOdoo.median(RUNS, () -> viaTakt(vars));
        double direct = DirectOdoo.median(RUNS, () -> direct(odoo));
        System.out.printf("%nFederated dashboard — %d items × (forecast 12 weeks, ATP 12 weeks, open MOs, stock)%n",
                codes.size());
        System.out.printf("Odoo calls per query: Takt %d, direct %d; planning-port calls per query: 3 (forecast: the "
                + "published version and its lines; ATP: the latest planned orders), counted from the code path%n",
                taktCalls, directCalls);
        System.out.printf("median: Takt %.1f ms, direct Odoo JSON-RPC %.1f ms, ratio %.2fx%n", takt, direct,
                takt / direct);
    }

    private static void publishForecast(List<String> codes, LocalDate monday) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String code : codes) {
            for (int week = 0; week < 12; week++) {
                lines.add(Map.of("item", code, "location", "WH", "bucketStart", monday.plusWeeks(week).toString(),
                        "bucket", "WEEK", "quantity", 5 + week));
            }
        }
        JsonPath submitted = graphql(Queries.SUBMIT_FORECAST, Map.of("input", Map.of("lines", lines)));
        int version = submitted.getInt("data.submitForecast.version");
        graphql("mutation($v: Int!) { publishForecast(version: $v) { version { state } } }", Map.of("v", version));
    }

    static void viaTakt(Map<String, Object> vars) {
        JsonPath result = graphql(DASHBOARD, vars);
        if (result.get("errors") != null) {
            throw new IllegalStateException(result.prettify());
        }
    }

    /** The Odoo part: items, units, stock, open MOs, confirmed PO lines, confirmed SO lines and their orders. */
    static void direct(DirectOdoo odoo) {
        JsonArray items = odoo.searchRead("product.product", Json.createArrayBuilder()
                .add(DirectOdoo.leaf("type", "=", "product")), List.of("default_code", "name", "uom_id"), ITEMS);
        Set<Long> ids = DirectOdoo.ids(items, "id");
        odoo.searchRead("uom.uom", Json.createArrayBuilder(), List.of("name", "category_id", "factor"), 0);
        odoo.searchRead("stock.quant", DirectOdoo.in("product_id", ids)
                .add(DirectOdoo.leaf("location_id.usage", "=", "internal")),
                List.of("product_id", "quantity", "reserved_quantity", "product_uom_id"), 0);
        odoo.searchRead("mrp.production", DirectOdoo.in("product_id", ids)
                .add(Json.createArrayBuilder().add("state").add("in").add(Json.createArrayBuilder()
                        .add("confirmed").add("progress").add("to_close"))),
                List.of("name", "state", "product_id", "product_qty", "product_uom_id", "date_finished"), 0);
        odoo.searchRead("purchase.order.line", DirectOdoo.in("product_id", ids)
                .add(DirectOdoo.leaf("state", "=", "purchase")),
                List.of("product_id", "product_qty", "qty_received", "product_uom", "date_planned"), 0);
        JsonArray sales = odoo.searchRead("sale.order.line", DirectOdoo.in("product_id", ids)
                .add(DirectOdoo.leaf("state", "=", "sale")),
                List.of("order_id", "product_id", "product_uom_qty", "qty_delivered", "product_uom"), 0);
        odoo.searchRead("sale.order", DirectOdoo.in("id", DirectOdoo.ids(sales, "order_id")),
                List.of("name", "state", "commitment_date", "expected_date"), 0);
    }
}
