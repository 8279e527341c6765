package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A nested query over N parents costs the same Odoo calls for N = 10 as for N = 500 — one per (model, nesting
 * level) — and asks Odoo only for the fields the selection needs. Proven with the sandbox's call log.
 */
class NoNPlusOneIT extends TaktIT {

    @BeforeEach
    void warmUp() {
        // the first query of a fresh server also authenticates; keep that out of the counts
        JsonPath warm = graphql("{ items(first: 1) { nodes { id } } }");
        assertNull(warm.get("errors"), () -> "warm-up failed: " + warm.prettify());
    }

    @Test
    void oneCallPerModelAndLevelWhateverTheNumberOfParents() {
        Map<String, Integer> ten = callsPerModel(10);
        Map<String, Integer> fiveHundred = callsPerModel(500);

        Map<String, Integer> expected = new TreeMap<>(Map.of(
                "mrp.production", 1,      // level 1
                "product.product", 2,     // level 2 (item) and level 4 (component)
                "stock.quant", 1,         // level 3
                "mrp.bom", 1,             // level 2
                "mrp.bom.line", 1,        // level 3
                "mrp.workorder", 1,       // level 2
                "mrp.workcenter", 1));    // level 3
        assertEquals(expected, ten, "calls for 10 parents");
        assertEquals(expected, fiveHundred, "calls for 500 parents");
    }

    @Test
    void asksOdooOnlyForTheSelectedFields() {
        Sandbox.resetCalls();
        JsonPath result = graphql("{ manufacturingOrders(first: 5) { nodes { name item { code } } } }");
        assertNull(result.get("errors"), result::prettify);

        assertEquals(Set.of("id", "name", "product_id"), fieldsAskedOf("mrp.production"));
        assertEquals(Set.of("id", "default_code"), fieldsAskedOf("product.product"));
        assertEquals(2, Sandbox.calls().getInt("total"), "one call per level, nothing else");
    }

    private Map<String, Integer> callsPerModel(int n) {
        Sandbox.resetCalls();
        JsonPath result = graphql(Queries.DASHBOARD, Map.of("n", n));
        assertNull(result.get("errors"), result::prettify);
        List<Map<String, Object>> nodes = result.getList("data.manufacturingOrders.nodes");
        assertEquals(n, nodes.size(), "the sandbox must hold at least " + n + " manufacturing orders");
        assertTrue(nodes.stream().anyMatch(mo -> !((List<?>) mo.get("workOrders")).isEmpty()),
                "some orders have work orders");
        assertFalse(result.getList("data.manufacturingOrders.nodes.item.code").contains(null));

        Map<String, Integer> perModel = new TreeMap<>();
        for (Map<String, Object> call : Sandbox.calls().<Map<String, Object>>getList("calls")) {
            perModel.merge((String) call.get("model"), 1, Integer::sum);
        }
        return perModel;
    }

    private static Set<String> fieldsAskedOf(String model) {
        List<Map<String, Object>> calls = Sandbox.callsOn(model);
        assertEquals(1, calls.size(), () -> "calls on " + model + ": " + calls);
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>) calls.get(0).get("fields");
        return new HashSet<>(fields);
    }
}
