package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unified read API against the sandbox: queries, filters, pagination, limits and error shapes. */
class GraphQLReadIT extends TaktIT {

    /** Anything that looks like a Java class, package or stack frame must never reach a client. */
    static final Pattern JAVA_LEAK = Pattern.compile(
            "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*" // a fully qualified class name
            + "|Caused by|\\bat [a-z][\\w.$]+\\(" // stack frames
            + "|(?<![A-Za-z])(?!DataFetchingException\\b)[A-Z]\\w*Exception\\b"); // a simple class name
            // (DataFetchingException is graphql-java's error classification, part of the GraphQL vocabulary)

    @Test
    void pagesThroughItemsWithCursors() {
        JsonPath first = graphql("{ items(first: 5) { totalCount pageInfo { hasNextPage endCursor } "
                + "edges { cursor node { id code name } } } }");
        assertNull(first.get("errors"), first::prettify);
        List<Long> ids = first.getList("data.items.edges.node.id", Long.class);
        assertEquals(5, ids.size());
        assertTrue(first.getLong("data.items.totalCount") > 5);
        assertTrue(first.getBoolean("data.items.pageInfo.hasNextPage"));

        String after = first.getString("data.items.pageInfo.endCursor");
        JsonPath second = graphql("query($after: String) { items(first: 5, after: $after) { nodes { id } } }",
                Map.of("after", after));
        List<Long> next = second.getList("data.items.nodes.id", Long.class);
        assertEquals(5, next.size());
        assertTrue(next.get(0) > ids.get(4), "the second page starts after the first: " + ids + " then " + next);
    }

    @Test
    void findsAnItemByCodeWithItsLinks() {
        String code = graphql("{ manufacturingOrders(first: 1) { nodes { item { code } } } }")
                .getString("data.manufacturingOrders.nodes[0].item.code");
        assertNotNull(code);

        JsonPath item = graphql("query($code: String!) { item(code: $code) { code name type "
                + "boms { id lines { quantity component { code } } operations { name workCenter { name } } } "
                + "stock { warehouseId onHand available } openManufacturingOrders { name state } "
                + "openSalesOrderLines { quantity state } openPurchaseOrderLines { quantity } reorderRules { minimum } "
                + "} }",
                Map.of("code", code));
        assertNull(item.get("errors"), item::prettify);
        assertEquals(code, item.getString("data.item.code"));
        assertFalse(item.getList("data.item.boms").isEmpty(), "a manufactured item has a BoM");
        assertFalse(item.getList("data.item.boms[0].lines").isEmpty(), "its BoM has components");
        assertFalse(item.getList("data.item.openManufacturingOrders.state").contains("DONE"));
        assertTrue(item.getList("data.item.openSalesOrderLines.state").stream().allMatch("CONFIRMED"::equals));

        JsonPath lines = graphql("{ salesOrders(state: [CONFIRMED], first: 5) { nodes { lines { quantity "
                + "item { code openSalesOrderLines { quantity } openPurchaseOrderLines { quantity } } } } } }");
        assertNull(lines.get("errors"), lines::prettify);
        assertFalse(lines.getList("data.salesOrders.nodes.lines.flatten()").isEmpty());

        assertNull(graphql("{ item(code: \"NO_SUCH_CODE\") { id } }").get("data.item"));
    }

    @Test
    void filtersManufacturingOrdersByStateAndDates() {
        JsonPath done = graphql("{ manufacturingOrders(state: [DONE], first: 50) { nodes { state } } }");
        List<String> states = done.getList("data.manufacturingOrders.nodes.state");
        assertFalse(states.isEmpty());
        assertTrue(states.stream().allMatch("DONE"::equals), states::toString);

        JsonPath all = graphql("{ manufacturingOrders(first: 200) { nodes { scheduledStart } } }");
        List<String> starts = all.getList("data.manufacturingOrders.nodes.scheduledStart");
        Instant from = starts.stream().filter(s -> s != null).map(Instant::parse).sorted().toList()
                .get(starts.size() / 4);
        Instant to = from.plusSeconds(14 * 86_400);
        JsonPath window = graphql("query($from: DateTime, $to: DateTime) { manufacturingOrders(from: $from, "
                + "to: $to, first: 500) { nodes { scheduledStart } } }",
                Map.of("from", from.toString(), "to", to.toString()));
        assertNull(window.get("errors"), window::prettify);
        List<String> inWindow = window.getList("data.manufacturingOrders.nodes.scheduledStart");
        assertFalse(inWindow.isEmpty());
        assertTrue(inWindow.stream().map(Instant::parse).allMatch(s -> !s.isBefore(from) && !s.isAfter(to)),
                inWindow::toString);
    }

    @Test
    void filtersStockByWarehouse() {
        List<Long> warehouses = graphql("{ warehouses { nodes { id } } }").getList("data.warehouses.nodes.id",
                Long.class);
        assertTrue(warehouses.size() >= 2, "two plants");
        JsonPath stock = graphql("query($w: BigInteger) { stockPositions(warehouseId: $w, first: 100) "
                + "{ nodes { warehouseId onHand reserved available } } }", Map.of("w", warehouses.get(1)));
        List<Long> seen = stock.getList("data.stockPositions.nodes.warehouseId", Long.class);
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(warehouses.get(1)::equals), seen::toString);
    }

    @Test
    void badArgumentsAreNamed() {
        JsonPath negative = graphql("{ items(first: -1) { nodes { id } } }");
        assertEquals("BAD_ARGUMENT", negative.getString("errors[0].extensions.code"), negative::prettify);
        assertEquals("first", negative.getString("errors[0].extensions.argument"));
        assertTrue(negative.getString("errors[0].message").contains("'first'"));

        JsonPath cursor = graphql("{ items(after: \"not-a-cursor\") { nodes { id } } }");
        assertEquals("BAD_ARGUMENT", cursor.getString("errors[0].extensions.code"), cursor::prettify);
        assertEquals("after", cursor.getString("errors[0].extensions.argument"));

        JsonPath state = graphql("{ manufacturingOrders(state: [SHIPPED]) { nodes { id } } }");
        assertTrue(state.getString("errors[0].message").contains("state"), state::prettify);
        assertNull(state.get("data.manufacturingOrders"));

        JsonPath range = graphql("{ salesOrders(from: \"2026-12-31T00:00:00Z\", to: \"2026-01-01T00:00:00Z\") "
                + "{ nodes { id } } }");
        assertEquals("from", range.getString("errors[0].extensions.argument"), range::prettify);
    }

    @Test
    void odooUnavailableKeepsWhatCouldBeResolved() {
        Sandbox.faults(Map.of("http503Ratio", 1.0, "models", List.of("mrp.workcenter")));

        JsonPath result = graphql("{ manufacturingOrders(first: 5) { nodes { name workOrders { name "
                + "workCenter { name } } } } }");

        List<String> names = result.getList("data.manufacturingOrders.nodes.name");
        assertEquals(5, names.size(), result::prettify);
        assertFalse(names.contains(null));
        assertFalse(result.getList("errors").isEmpty());
        assertEquals("ODOO_UNAVAILABLE", result.getString("errors[0].extensions.code"));
        assertTrue(result.<List<?>>getList("errors.path").stream().allMatch(p -> p.contains("workCenter")),
                () -> result.getList("errors.path").toString());
        assertNoJavaLeak(result);
    }

    @Test
    void odooAccessDeniedCarriesOdoosMessage() {
        String odooMessage = "You are not allowed to access 'Production Order' (mrp.production) records.";
        Sandbox.faults(Map.of("errorRatio", 1.0, "errorName", "odoo.exceptions.AccessError",
                "errorMessage", odooMessage, "models", List.of("mrp.production")));

        JsonPath result = graphql("{ manufacturingOrders(first: 1) { nodes { name } } items(first: 1) "
                + "{ nodes { code } } }");

        assertEquals("ODOO_ACCESS_DENIED", result.getString("errors[0].extensions.code"), result::prettify);
        assertEquals(odooMessage, result.getString("errors[0].message"));
        assertEquals(1, result.getList("data.items.nodes").size(), "the other root field still resolves");
        assertNoJavaLeak(result);
    }

    @Test
    void depthComplexityAndTokenLimitsApply() {
        String deep = "{ manufacturingOrders(first: 1) { nodes { " + "workOrders { manufacturingOrder { ".repeat(6)
                + "name" + " } }".repeat(6) + " } } }";
        JsonPath tooDeep = graphql(deep);
        assertNotNull(tooDeep.get("errors"), tooDeep::prettify);
        assertNull(tooDeep.get("data.manufacturingOrders"));
        assertNoJavaLeak(tooDeep);

        StringBuilder many = new StringBuilder("{ items(first: 1) { nodes { ");
        for (int i = 0; i < 1200; i++) {
            many.append("a").append(i).append(": code ");
        }
        JsonPath complex = graphql(many.append("} } }").toString());
        assertNotNull(complex.get("errors"), "complexity limit");
        assertNull(complex.get("data.items"));

        StringBuilder tokens = new StringBuilder("{ items(first: 1) { nodes { ");
        tokens.append("id ".repeat(16_000)).append("} } }");
        JsonPath tooLong = graphql(tokens.toString());
        assertNotNull(tooLong.get("errors"), "token limit");
        assertNoJavaLeak(tooLong);
    }

    @Test
    void theSameRecordMetAtTwoLevelsResolvesEachSelection() {
        String revisit = "{ manufacturingOrders(first: 2) { nodes { workOrders { manufacturingOrder { workOrders "
                + "{ name workCenter { name } } } } } } }";
        JsonPath result = graphql(revisit);
        assertNull(result.get("errors"), result::prettify);
        List<String> deepNames = result.getList(
                "data.manufacturingOrders.nodes.workOrders.flatten().manufacturingOrder.workOrders.flatten().name");
        assertFalse(deepNames.isEmpty());
        assertFalse(deepNames.contains(null), "names at the deeper level were selected: " + deepNames);
    }

    @Test
    void schemaAndGraphiqlAreServed() {
        String sdl = RestAssured.get(BASE + "/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertTrue(sdl.contains("manufacturingOrders"));
        String ui = RestAssured.get(BASE + "/graphql-ui/").then().statusCode(200).extract().asString();
        assertTrue(ui.toLowerCase().contains("graphiql"));
    }

    @Test
    void malformedRequestsGetAnErrorWithoutJavaDetails() {
        String body = RestAssured.given().contentType(ContentType.JSON).body("{\"query\": \"{ items( \"}")
                .post(BASE + "/graphql").then().extract().asString();
        assertNotEquals("", body);
        assertFalse(JAVA_LEAK.matcher(body).find(), body);
    }

    static void assertNoJavaLeak(JsonPath response) {
        String text = response.prettify();
        assertFalse(JAVA_LEAK.matcher(text).find(), () -> "Java detail leaked: " + text);
    }
}
