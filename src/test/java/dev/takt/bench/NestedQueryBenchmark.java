package dev.takt.bench;

import dev.takt.it.Queries;
import dev.takt.it.Sandbox;
import dev.takt.it.TaktIT;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

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
    private DirectOdoo odoo;

    @Test
    void nestedDashboardQuery() throws Exception {
        odoo = new DirectOdoo();
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

            double takt = DirectOdoo.median(RUNS, () -> viaTakt(n));
            double direct = DirectOdoo.median(RUNS, () -> direct(n));
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
        JsonArray mos = odoo.searchRead("mrp.production", Json.createArrayBuilder(),
                List.of("name", "state", "date_start", "product_id", "bom_id"), n);
        Set<Long> products = DirectOdoo.ids(mos, "product_id");
        Set<Long> boms = DirectOdoo.ids(mos, "bom_id");
        Set<Long> moIds = DirectOdoo.ids(mos, "id");
        odoo.searchRead("product.product", DirectOdoo.in("id", products), List.of("default_code", "name"), 0);
        odoo.searchRead("stock.quant", DirectOdoo.in("product_id", products).add(DirectOdoo.leaf("location_id.usage", "=", "internal")),
                List.of("product_id", "location_id", "quantity", "reserved_quantity"), 0);
        odoo.searchRead("mrp.bom", DirectOdoo.in("id", boms), List.of("id"), 0);
        JsonArray lines = odoo.searchRead("mrp.bom.line", DirectOdoo.in("bom_id", boms), List.of("bom_id", "product_qty",
                "product_id"), 0);
        odoo.searchRead("product.product", DirectOdoo.in("id", DirectOdoo.ids(lines, "product_id")), List.of("default_code"), 0);
        JsonArray wos = odoo.searchRead("mrp.workorder", DirectOdoo.in("production_id", moIds), List.of("production_id", "name",
                "state", "workcenter_id"), 0);
        odoo.searchRead("mrp.workcenter", DirectOdoo.in("id", DirectOdoo.ids(wos, "workcenter_id")), List.of("name"), 0);
    }
}
