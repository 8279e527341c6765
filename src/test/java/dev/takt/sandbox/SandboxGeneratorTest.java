package dev.takt.sandbox;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator is deterministic, scales with its size, and produces every state and structure planners need. */
class SandboxGeneratorTest {

    private static String dump(SandboxFixture s) {
        StringBuilder sb = new StringBuilder(s.rpc.stats().getJsonObject("models").toString());
        for (String model : new String[] {"product.product", "mrp.bom.line", "mrp.production", "mrp.workorder",
            "stock.quant", "sale.order", "purchase.order.line", "resource.calendar.leaves"}) {
            sb.append(s.searchRead(model, "[]", "id", 0));
        }
        return sb.toString();
    }

    @Test
    void sameSeedSameData() {
        assertEquals(dump(new SandboxFixture(120, 5)), dump(new SandboxFixture(120, 5)));
        assertNotEquals(dump(new SandboxFixture(120, 5)), dump(new SandboxFixture(120, 6)));
    }

    @Test
    void scalesWithSizeAndKeepsAMinimum() {
        Map<String, Integer> small = counts(new SandboxFixture(30, 1));
        Map<String, Integer> large = counts(new SandboxFixture(600, 1));
        assertEquals(SandboxGenerator.MIN_SIZE, small.get("product.product"));
        assertEquals(600, large.get("product.product"));
        for (String model : new String[] {"mrp.bom", "mrp.bom.line", "mrp.workcenter", "stock.quant", "sale.order",
            "purchase.order", "mrp.production", "stock.move", "product.supplierinfo"}) {
            assertTrue(large.get(model) > small.get(model), model);
        }
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            if (!Set.of("stock.picking", "stock.lot", "stock.quant.package", "mrp.bom.byproduct",
                    "mrp.workcenter.capacity", "product.template.attribute.value").contains(e.getKey())) {
                assertTrue(e.getValue() >= 1, e.getKey());
            }
        }
        assertTrue(small.get("sale.order") >= 24);
        assertTrue(small.get("mrp.workcenter") >= 3);
        assertTrue(small.get("resource.calendar") >= 3);
    }

    private static Map<String, Integer> counts(SandboxFixture s) {
        return s.rpc.read(SandboxDatabase::counts);
    }

    @Test
    void everyStateIsPresent() {
        SandboxFixture s = new SandboxFixture();
        assertEquals(Set.of("draft", "sent", "sale", "cancel"), states(s, "sale.order"));
        assertEquals(Set.of("draft", "sent", "to approve", "purchase", "done", "cancel"), states(s, "purchase.order"));
        assertEquals(Set.of("draft", "confirmed", "progress", "to_close", "done", "cancel"), states(s, "mrp.production"));
        assertEquals(Set.of("pending", "waiting", "ready", "progress", "done", "cancel"), states(s, "mrp.workorder"));
        JsonArray partly = s.searchRead("sale.order", "[[\"delivery_status\",\"=\",\"partial\"]]", null, 0, "name");
        assertFalse(partly.isEmpty());
        JsonArray received = s.searchRead("purchase.order.line", "[[\"qty_received\",\">\",0]]", null, 0, "id");
        assertFalse(received.isEmpty());
        assertEquals(Set.of("auto", "manual"), values(s, "stock.warehouse.orderpoint", "trigger"));
        assertEquals(Set.of("leave", "other"), values(s, "resource.calendar.leaves", "time_type"));
    }

    private static Set<String> states(SandboxFixture s, String model) {
        return values(s, model, "state");
    }

    private static Set<String> values(SandboxFixture s, String model, String field) {
        Set<String> out = new TreeSet<>();
        s.searchRead(model, "[]", null, 0, field).forEach(r -> out.add(r.asJsonObject().getString(field)));
        return out;
    }

    @Test
    void bomsAreAtLeastThreeLevelsDeepAndOneIsAKit() {
        SandboxFixture s = new SandboxFixture();
        int deepest = 0;
        for (JsonValue b : s.searchRead("mrp.bom", "[[\"type\",\"=\",\"normal\"]]", null, 0, "id")) {
            deepest = Math.max(deepest, depth(s, b.asJsonObject().getInt("id"), 0));
            if (deepest >= 3) {
                break;
            }
        }
        assertTrue(deepest >= 3, "deepest BoM: " + deepest);
        assertEquals(1, s.searchRead("mrp.bom", "[[\"type\",\"=\",\"phantom\"]]", null, 0, "id").size());
    }

    private static int depth(SandboxFixture s, int bom, int level) {
        int deepest = level + 1;
        for (JsonValue line : s.searchRead("mrp.bom.line", "[[\"bom_id\",\"=\"," + bom + "]]", null, 0, "child_bom_id")) {
            JsonValue child = line.asJsonObject().get("child_bom_id");
            if (child instanceof JsonArray pair && level < 5) {
                deepest = Math.max(deepest, depth(s, pair.getInt(0), level + 1));
            }
        }
        return deepest;
    }

    @Test
    void stockHasInventoryTwinsAndComputedQuantitiesAgree() {
        SandboxFixture s = new SandboxFixture();
        double internal = sum(s.searchRead("stock.quant", "[[\"location_id.usage\",\"=\",\"internal\"]]", null, 0,
                "quantity"));
        double twins = sum(s.searchRead("stock.quant", "[[\"location_id.usage\",\"=\",\"inventory\"]]", null, 0,
                "quantity"));
        assertEquals(internal, -twins, 1e-6);
        JsonObject product = s.searchRead("product.product", "[[\"qty_available\",\">\",0]]", "id", 1, "qty_available",
                "free_qty").getJsonObject(0);
        int id = product.getInt("id");
        double quants = sum(s.searchRead("stock.quant", "[[\"product_id\",\"=\"," + id
                + "],[\"location_id.usage\",\"=\",\"internal\"]]", null, 0, "quantity"));
        assertEquals(quants, product.getJsonNumber("qty_available").doubleValue(), 1e-6);
    }

    private static double sum(JsonArray records) {
        return records.stream().mapToDouble(r -> r.asJsonObject().getJsonNumber("quantity").doubleValue()).sum();
    }

    @Test
    void recordsTheRecordedRequestsNameExist() {
        SandboxFixture s = new SandboxFixture(30, 9);
        assertEquals(1, s.read("product.product", 1, "name").size());
        assertEquals(1, s.read("product.product", 49, "name").size());
        assertEquals(1, s.read("sale.order", 24, "name").size());
        assertEquals(1, s.read("mrp.bom", 1, "product_qty").size());
        assertEquals(1, s.read("mrp.production", 8, "name").size());
        JsonObject code = s.searchRead("product.product", "[[\"default_code\",\"=like\",\"FURN_%\"]]", "id", 1,
                "display_name", "default_code").getJsonObject(0);
        assertEquals("[" + code.getString("default_code") + "]", code.getString("display_name").split(" ")[0]);
    }
}
