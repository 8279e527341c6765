package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sandbox answers every recorded Odoo 17 request in the recorded shape (rules in {@link ReplyShape}), its
 * {@code fields_get} agrees with the recorded field definitions, and the recorded MO write flow has the same
 * structure. Each exchange runs against a fresh sandbox (size 300, fixed seed and day).
 */
class SandboxContractTest {

    @TestFactory
    Stream<DynamicTest> everyRecordedExchange() {
        return RecordedExchange.all().stream().map(rec -> DynamicTest.dynamicTest(rec.name(), () -> {
            SandboxFixture sandbox = new SandboxFixture();
            for (String request : rec.preconditions()) {
                assertTrue(sandbox.rpc.handle(request).body().contains("\"result\""), request);
            }
            SandboxReply reply = sandbox.rpc.handle(rec.body());
            Map<String, String> types = rec.fieldTypes();
            List<String> problems = ReplyShape.compare(rec, reply.status(), reply.body(), types);
            assertTrue(problems.isEmpty(), rec.name() + ":\n  " + String.join("\n  ", problems) + "\nreply: "
                    + reply.body());
        }));
    }

    @TestFactory
    Stream<DynamicTest> fieldsGetMatchesRecordedDefinitions() throws Exception {
        Path dir = RecordedExchange.directory().resolve("fields_get");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        SandboxFixture sandbox = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String model = file.getFileName().toString().replaceAll("\\.json$", "");
            JsonObject recorded = RecordedExchange.read(file).asJsonObject();
            JsonObject actual = sandbox.call(model, "fields_get", JsonValue.EMPTY_JSON_ARRAY,
                    Json.createObjectBuilder().add("attributes", Json.createArrayBuilder().add("type").add("relation")
                            .add("string").add("required").add("readonly").add("store")).build()).asJsonObject();
            List<String> problems = new ArrayList<>();
            recorded.forEach((field, def) -> {
                JsonObject want = def.asJsonObject();
                JsonObject got = actual.getJsonObject(field);
                if (got == null) {
                    problems.add(field + " missing");
                    return;
                }
                for (String attr : List.of("type", "relation", "string", "required", "readonly", "store")) {
                    if (!String.valueOf(want.get(attr)).equals(String.valueOf(got.get(attr)))) {
                        problems.add(field + "." + attr + " = " + got.get(attr) + ", recorded " + want.get(attr));
                    }
                }
            });
            assertTrue(problems.isEmpty(), model + ": " + problems);
        }));
    }

    @Test
    void writeFlowHasTheRecordedStructure() {
        JsonObject flow = RecordedExchange.json("mrp.production.write_flow.json").asJsonObject();
        SandboxFixture sandbox = new SandboxFixture();
        // a product whose BoM has exactly one operation, like the recorded [FURN_8522] Table Top
        JsonArray boms = sandbox.searchRead("mrp.bom", "[[\"type\",\"=\",\"normal\"]]", "id", 0, "product_tmpl_id",
                "operation_ids", "product_qty");
        JsonObject bom = boms.stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonArray("operation_ids").size() == 1).findFirst().orElseThrow();
        int tmpl = bom.getJsonArray("product_tmpl_id").getInt(0);
        int product = sandbox.searchRead("product.product", "[[\"product_tmpl_id\",\"=\"," + tmpl + "]]", null, 1,
                "id").getJsonObject(0).getInt("id");

        String[] moFields = flow.getJsonObject("after_create").keySet().toArray(new String[0]);
        String[] woFields = flow.getJsonArray("workorders_after_write").getJsonObject(0).keySet().toArray(new String[0]);
        int mo = ((jakarta.json.JsonNumber) sandbox.call("mrp.production", "create", SandboxFixture.args(
                Json.createObjectBuilder().add("product_id", product).add("product_qty", 3.0).build()))).intValue();
        assertShape("after_create", flow.getJsonObject("after_create"), sandbox.read("mrp.production", mo, moFields));
        assertEquals("draft", sandbox.read("mrp.production", mo, "state").getJsonObject(0).getString("state"));

        assertEquals(flow.getJsonObject("action_confirm").get("result"),
                sandbox.call("mrp.production", "action_confirm", SandboxFixture.args(new int[] {mo})));
        assertShape("after_confirm", flow.getJsonObject("after_confirm"), sandbox.read("mrp.production", mo, moFields));

        assertEquals(JsonValue.TRUE, sandbox.call("mrp.production", "write", SandboxFixture.args(new int[] {mo},
                Json.createObjectBuilder().add("date_start", flow.getString("write_date_start_value")).build())));
        JsonObject afterWrite = sandbox.read("mrp.production", mo, moFields).getJsonObject(0);
        assertShape("after_write", flow.getJsonObject("after_write"), Json.createArrayBuilder().add(afterWrite).build());
        assertEquals(flow.getString("write_date_start_value"), afterWrite.getString("date_start"));
        JsonArray wos = sandbox.searchRead("mrp.workorder", "[[\"production_id\",\"=\"," + mo + "]]", "id", 0,
                woFields);
        assertShape("workorders_after_write", flow.getJsonArray("workorders_after_write").getJsonObject(0), wos);
        JsonArray raw = sandbox.searchRead("stock.move", "[[\"raw_material_production_id\",\"=\"," + mo + "]]", "id", 0,
                flow.getJsonArray("raw_moves_after_write").getJsonObject(0).keySet().toArray(new String[0]));
        assertShape("raw_moves_after_write", flow.getJsonArray("raw_moves_after_write").getJsonObject(0), raw);
        raw.forEach(m -> assertEquals(flow.getString("write_date_start_value"), m.asJsonObject().getString("date")));

        assertEquals(JsonValue.TRUE, sandbox.call("mrp.production", "button_plan", SandboxFixture.args(new int[] {mo})));
        wos = sandbox.searchRead("mrp.workorder", "[[\"production_id\",\"=\"," + mo + "]]", "id", 0, woFields);
        assertShape("workorders_after_button_plan",
                flow.getJsonArray("workorders_after_button_plan").getJsonObject(0), wos);
        JsonObject planned = wos.getJsonObject(0);
        assertTrue(planned.getJsonArray("leave_id").getString(1).matches("WH/MO/\\d{5} - .+"), planned.toString());

        assertEquals(JsonValue.TRUE, sandbox.call("mrp.production", "action_assign", SandboxFixture.args(new int[] {mo})));
        JsonObject unplan = sandbox.send("mrp.production", "button_unplan", SandboxFixture.args(new int[] {mo}),
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(flow.getJsonObject("button_unplan").keySet(), unplan.keySet());
        assertFalse(unplan.containsKey("result"));
        wos = sandbox.searchRead("mrp.workorder", "[[\"production_id\",\"=\"," + mo + "]]", "id", 0, woFields);
        assertShape("workorders_after_button_unplan",
                flow.getJsonArray("workorders_after_button_unplan").getJsonObject(0), wos);
        assertEquals(JsonValue.FALSE, wos.getJsonObject(0).get("leave_id"));
        assertEquals(JsonValue.FALSE, wos.getJsonObject(0).get("date_start"));
    }

    private static void assertShape(String step, JsonObject recorded, JsonArray actual) {
        if (actual.isEmpty()) {
            fail(step + ": no records");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            ReplyShape.compareRecord(step + "[" + i + "]", recorded, actual.getJsonObject(i), Map.of(), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
