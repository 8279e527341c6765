package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domains, ordering, limit and offset, on partners created for the test (all in the city "Testville"). */
class SandboxDomainTest {

    private SandboxFixture sandbox;
    private int parent;
    private int alpha;
    private int beta;
    private int gamma;
    private int archived;

    @BeforeEach
    void partners() {
        sandbox = new SandboxFixture(SandboxGenerator.MIN_SIZE, 3);
        parent = create("{\"name\":\"Parent Co\",\"city\":\"Testville\",\"is_company\":true,\"supplier_rank\":0}");
        alpha = create("{\"name\":\"Alpha Tools\",\"city\":\"Testville\",\"supplier_rank\":1,\"email\":\"a@x.test\","
                + "\"parent_id\":" + parent + "}");
        beta = create("{\"name\":\"beta_works\",\"city\":\"Testville\",\"supplier_rank\":2}");
        gamma = create("{\"name\":\"Gamma 100%\",\"city\":\"Testville\",\"supplier_rank\":3,\"email\":\"g@x.test\"}");
        archived = create("{\"name\":\"Old Alpha\",\"city\":\"Testville\",\"supplier_rank\":5,\"active\":false}");
    }

    private int create(String vals) {
        return ((JsonNumber) sandbox.call("res.partner", "create",
                SandboxFixture.args(SandboxFixture.parse(vals)))).intValue();
    }

    /** Ids matching {@code ["&", ["city","=","Testville"], <leaf>]} in id order. */
    private List<Integer> ids(String domain) {
        JsonArray d = Json.createArrayBuilder().add("&").add(Json.createArrayBuilder().add("city").add("=")
                .add("Testville")).addAll(Json.createArrayBuilder(SandboxFixture.parse(domain).asJsonArray()))
                .build();
        return sandbox.call("res.partner", "search", SandboxFixture.args(d), Json.createObjectBuilder()
                .add("order", "id").build()).asJsonArray().stream().map(v -> ((JsonNumber) v).intValue())
                .collect(Collectors.toList());
    }

    @Test
    void comparisonOperators() {
        assertEquals(List.of(beta), ids("[[\"supplier_rank\",\"=\",2]]"));
        assertEquals(List.of(parent, alpha, gamma), ids("[[\"supplier_rank\",\"!=\",2]]"));
        assertEquals(List.of(parent, alpha), ids("[[\"supplier_rank\",\"<\",2]]"));
        assertEquals(List.of(parent, alpha, beta), ids("[[\"supplier_rank\",\"<=\",2]]"));
        assertEquals(List.of(gamma), ids("[[\"supplier_rank\",\">\",2]]"));
        assertEquals(List.of(beta, gamma), ids("[[\"supplier_rank\",\">=\",2]]"));
        assertEquals(List.of(alpha, gamma), ids("[[\"supplier_rank\",\"in\",[1,3,7]]]"));
        assertEquals(List.of(parent, beta), ids("[[\"supplier_rank\",\"not in\",[1,3]]]"));
    }

    @Test
    void textOperators() {
        assertEquals(List.of(alpha), ids("[[\"name\",\"like\",\"Tools\"]]"));
        assertEquals(List.of(), ids("[[\"name\",\"like\",\"tools\"]]"));
        assertEquals(List.of(alpha), ids("[[\"name\",\"ilike\",\"tools\"]]"));
        assertEquals(List.of(beta), ids("[[\"name\",\"=like\",\"beta%\"]]"));
        assertEquals(List.of(), ids("[[\"name\",\"=like\",\"Beta%\"]]"));
        assertEquals(List.of(beta), ids("[[\"name\",\"=ilike\",\"BETA_WORKS\"]]"));
        assertEquals(List.of(parent, beta, gamma), ids("[[\"name\",\"not ilike\",\"alpha\"]]"));
        assertEquals(List.of(gamma), ids("[[\"name\",\"=\",\"Gamma 100%\"]]"));
    }

    @Test
    void logicalOperatorsInPrefixNotation() {
        assertEquals(List.of(alpha, gamma), ids("[\"|\",[\"supplier_rank\",\"=\",1],[\"supplier_rank\",\"=\",3]]"));
        assertEquals(List.of(gamma), ids("[\"&\",[\"supplier_rank\",\">\",1],[\"email\",\"!=\",false]]"));
        assertEquals(List.of(parent, alpha, gamma), ids("[\"!\",[\"supplier_rank\",\"=\",2]]"));
        // implicit AND between the remaining terms
        assertEquals(List.of(gamma), ids("[[\"supplier_rank\",\">\",1],[\"email\",\"!=\",false]]"));
        assertEquals(List.of(parent, alpha, gamma),
                ids("[\"|\",\"!\",[\"supplier_rank\",\">\",0],\"&\",[\"supplier_rank\",\"<\",5],[\"email\",\"!=\",false]]"));
    }

    @Test
    void falseIsTheEmptyValue() {
        assertEquals(List.of(parent, beta), ids("[[\"email\",\"=\",false]]"));
        assertEquals(List.of(alpha, gamma), ids("[[\"email\",\"!=\",false]]"));
        assertEquals(List.of(parent, beta, gamma), ids("[[\"parent_id\",\"=\",false]]"));
        assertEquals(List.of(alpha, gamma), ids("[[\"is_company\",\"=\",false],[\"supplier_rank\",\"!=\",2]]"));
    }

    @Test
    void many2oneByIdByNameAndThroughDottedPaths() {
        assertEquals(List.of(alpha), ids("[[\"parent_id\",\"=\"," + parent + "]]"));
        assertEquals(List.of(alpha), ids("[[\"parent_id\",\"in\",[" + parent + ", 99999]]]"));
        assertEquals(List.of(alpha), ids("[[\"parent_id\",\"ilike\",\"parent\"]]"));
        assertEquals(List.of(alpha), ids("[[\"parent_id.name\",\"=\",\"Parent Co\"]]"));
        assertEquals(List.of(alpha), ids("[[\"parent_id.is_company\",\"=\",true]]"));
        assertEquals(List.of(parent), ids("[[\"child_ids\",\"in\",[" + alpha + "]]]"));
    }

    @Test
    void archivedRecordsOnlyWhenTheDomainMentionsActive() {
        assertTrue(!ids("[[1,\"=\",1]]").contains(archived));
        assertEquals(List.of(archived), ids("[[\"active\",\"=\",false]]"));
        JsonValue all = sandbox.call("res.partner", "search_count", SandboxFixture.args(SandboxFixture.parse(
                "[[\"city\",\"=\",\"Testville\"]]")), Json.createObjectBuilder().add("context",
                Json.createObjectBuilder().add("active_test", false)).build());
        assertEquals(5, ((JsonNumber) all).intValue());
    }

    @Test
    void dottedPathsOnStockAndOrders() {
        JsonArray internal = sandbox.searchRead("stock.quant", "[[\"location_id.usage\",\"=\",\"internal\"]]", null, 0,
                "location_id");
        assertTrue(internal.size() > 0);
        JsonArray twins = sandbox.searchRead("stock.quant", "[[\"location_id.usage\",\"=\",\"inventory\"]]", null, 0,
                "quantity");
        assertTrue(twins.stream().allMatch(q -> q.asJsonObject().getJsonNumber("quantity").doubleValue() <= 0));
        JsonArray wh = sandbox.searchRead("mrp.production", "[[\"picking_type_id.warehouse_id\",\"=\",1]]", null, 0,
                "name");
        assertTrue(wh.size() > 0 && wh.stream().allMatch(m -> m.asJsonObject().getString("name").startsWith("WH/")));
        JsonArray lines = sandbox.searchRead("sale.order.line", "[[\"order_id.warehouse_id\",\"=\",2]]", null, 0,
                "order_id");
        assertTrue(lines.size() > 0);
    }

    @Test
    void orderLimitAndOffset() {
        JsonArray d = SandboxFixture.parse("[[\"city\",\"=\",\"Testville\"]]").asJsonArray();
        List<String> byNameDesc = names(sandbox.searchRead("res.partner", d.toString(), "name desc, id", 0, "name"));
        assertEquals(List.of("Parent Co", "Gamma 100%", "beta_works", "Alpha Tools"), byNameDesc);
        assertEquals(List.of("Gamma 100%", "beta_works"), names(sandbox.call("res.partner", "search_read",
                SandboxFixture.args(d, Json.createArrayBuilder().add("name").build(), 1, 2, "name desc"))
                .asJsonArray()));
        List<Integer> byIdDesc = sandbox.searchRead("res.partner", d.toString(), "id desc", 2, "id").stream()
                .map(v -> v.asJsonObject().getInt("id")).toList();
        assertEquals(List.of(gamma, beta), byIdDesc);
        assertEquals(List.of("Alpha Tools", "Parent Co"), names(sandbox.searchRead("res.partner", "[\"&\","
                + "[\"city\",\"=\",\"Testville\"],[\"supplier_rank\",\"<\",2]]", "supplier_rank desc", 0, "name")));
    }

    private static List<String> names(JsonArray records) {
        return records.stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    @Test
    void unknownFieldsAndOrdersAreOdooValueErrors() {
        JsonObject reply = sandbox.send("res.partner", "search_read", SandboxFixture.args(SandboxFixture.parse(
                "[[\"no_such_field\",\"=\",\"it's\"]]")), JsonValue.EMPTY_JSON_OBJECT);
        JsonObject data = reply.getJsonObject("error").getJsonObject("data");
        assertEquals("builtins.ValueError", data.getString("name"));
        assertEquals("Invalid field res.partner.no_such_field in leaf ('no_such_field', '=', \"it's\")",
                data.getString("message"));
        reply = sandbox.send("res.partner", "search_read", SandboxFixture.args(JsonValue.EMPTY_JSON_ARRAY),
                Json.createObjectBuilder().add("order", "nope desc").build());
        assertTrue(reply.getJsonObject("error").getJsonObject("data").getString("message")
                .startsWith("Invalid \"order\" specified (nope desc)."));
        reply = sandbox.send("res.partner", "read", SandboxFixture.args(new int[] {1}),
                Json.createObjectBuilder().add("fields", Json.createArrayBuilder().add("nope")).build());
        assertEquals("Invalid field 'nope' on model 'res.partner'",
                reply.getJsonObject("error").getJsonObject("data").getString("message"));
    }
}
