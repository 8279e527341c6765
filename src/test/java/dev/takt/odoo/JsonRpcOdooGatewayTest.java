package dev.takt.odoo;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.Item;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.Slice;
import dev.takt.odoo.FakeOdoo.Reply;
import dev.takt.odoo.OdooErrorClassifier.Classification;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway against a fake Odoo over real HTTP, without a container (Fault Tolerance annotations are inert). */
class JsonRpcOdooGatewayTest {

    private final FakeOdoo odoo = new FakeOdoo();

    @AfterEach
    void stop() {
        odoo.close();
    }

    /** Five manufacturing orders shaped like the recorded ones (ids 1..5). */
    private static List<JsonObject> fiveOrders() {
        JsonObject recorded = Recordings.searchReadResult("mrp.production").getJsonObject(0);
        return IntStream.rangeClosed(1, 5).mapToObj(i -> OdooJson.JSON.createObjectBuilder(recorded)
                .add("id", i).add("name", "WH/MO/0000" + i).build()).toList();
    }

    private JsonRpcOdooGateway gateway(Function<JsonObject, Reply> router, Map<String, String> extra) {
        odoo.route(router);
        Map<String, String> settings = odoo.settings();
        settings.putAll(extra);
        OdooConnectorConfig config = new OdooConnectorConfig(settings);
        return new JsonRpcOdooGateway(new OdooRpc(new OdooSession(config, new OdooClient(config, List.of()))),
                config);
    }

    private JsonRpcOdooGateway gateway(FakeOdooDatabase database, int pageSize) {
        return gateway(database, Map.of("takt.odoo.page-size", String.valueOf(pageSize)));
    }

    private List<FakeOdoo.Seen> searchReads() {
        return odoo.executeKws().stream().filter(s -> s.modelMethod().equals("search_read")).toList();
    }

    private static final Set<String> NAME_STATE = Set.of("name", "state");

    @Test
    void findReadsOnePagePlusOneAndCountsOnlyWhenAsked() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", fiveOrders()), 500);

        Slice<ManufacturingOrder> first = gateway.find(new EntityQuery<>(Entity.MANUFACTURING_ORDER,
                List.of(Criterion.eq("state", ManufacturingOrderState.CONFIRMED)), NAME_STATE, null, 2, true));

        assertEquals(List.of(1L, 2L), first.items().stream().map(ManufacturingOrder::id).toList());
        assertEquals("WH/MO/00001", first.items().get(0).name());
        assertNull(first.items().get(0).itemId(), "not asked for");
        assertTrue(first.hasMore());
        assertEquals(5L, first.totalCount());
        FakeOdoo.Seen read = searchReads().get(0);
        assertEquals("mrp.production", read.model());
        assertEquals(OdooJson.parse("[[[\"state\",\"=\",\"confirmed\"]]]"), read.positional());
        assertEquals(OdooJson.parse("{\"fields\":[\"id\",\"name\",\"state\"],\"limit\":3,\"order\":\"id asc\"}"),
                read.kwargs());
        FakeOdoo.Seen count = odoo.executeKws().stream().filter(s -> s.modelMethod().equals("search_count"))
                .findFirst().orElseThrow();
        assertEquals(OdooJson.parse("[[[\"state\",\"=\",\"confirmed\"]]]"), count.positional());
    }

    @Test
    void findContinuesAfterTheCursor() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", fiveOrders()), 500);

        Slice<ManufacturingOrder> last = gateway.find(new EntityQuery<>(Entity.MANUFACTURING_ORDER, List.of(),
                NAME_STATE, 4L, 2, false));

        assertEquals(List.of(5L), last.items().stream().map(ManufacturingOrder::id).toList());
        assertFalse(last.hasMore());
        assertNull(last.totalCount());
        assertEquals(OdooJson.parse("[[[\"id\",\">\",4]]]"), searchReads().get(0).positional());
        assertTrue(odoo.executeKws().stream().noneMatch(s -> s.modelMethod().equals("search_count")));
    }

    @Test
    void streamHandsOverOnePageAtATimeByKeyset() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", fiveOrders()), 2);
        List<List<Long>> pages = new ArrayList<>();

        gateway.stream(EntityQuery.all(Entity.MANUFACTURING_ORDER, List.of(), NAME_STATE),
                page -> pages.add(page.stream().map(ManufacturingOrder::id).toList()));

        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L), List.of(5L)), pages);
        assertEquals(List.of("[[]]", "[[[\"id\",\">\",2]]]", "[[[\"id\",\">\",4]]]"),
                searchReads().stream().map(s -> s.positional().toString()).toList());
        assertTrue(searchReads().stream().allMatch(s -> s.kwargs().getInt("limit") == 2));
    }

    @Test
    void streamHonoursTheQueryLimit() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", fiveOrders()), 2);

        List<ManufacturingOrder> three = new ArrayList<>();
        gateway.stream(new EntityQuery<>(Entity.MANUFACTURING_ORDER, List.of(), NAME_STATE, null, 3, false),
                three::addAll);

        assertEquals(List.of(1L, 2L, 3L), three.stream().map(ManufacturingOrder::id).toList());
        assertEquals(List.of(2, 1), searchReads().stream().map(s -> s.kwargs().getInt("limit")).toList());
    }

    @Test
    void findAllReadsEverythingInIdOrderInOneBatch() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", fiveOrders()), 2);

        List<ManufacturingOrder> all = gateway.findAll(EntityQuery.all(Entity.MANUFACTURING_ORDER, List.of(),
                Set.of("scheduledStart")));

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all.stream().map(ManufacturingOrder::id).toList());
        assertEquals(OdooJson.parse("[\"id\",\"date_start\"]"), searchReads().get(0).kwargs().get("fields"));
        assertEquals(1, searchReads().size(), "a bounded batch is one call, whatever the streaming page size");
    }

    @Test
    void findAllContinuesPastTheBatchSize() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", fiveOrders()),
                Map.of("takt.odoo.batch-size", "3"));

        List<ManufacturingOrder> all = gateway.findAll(EntityQuery.all(Entity.MANUFACTURING_ORDER, List.of(),
                NAME_STATE));

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all.stream().map(ManufacturingOrder::id).toList());
        assertEquals(List.of(3, 3), searchReads().stream().map(s -> s.kwargs().getInt("limit")).toList());
    }

    @Test
    void findByIdsReadsChunksIncludingArchivedRecords() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", fiveOrders()),
                Map.of("takt.odoo.batch-size", "2"));

        List<ManufacturingOrder> found = gateway.findByIds(Entity.MANUFACTURING_ORDER, List.of(5L, 1L, 3L, 1L, 99L),
                Set.of("name"));

        assertEquals(List.of(1L, 3L, 5L), found.stream().map(ManufacturingOrder::id).toList());
        assertEquals(List.of("[[[\"id\",\"in\",[1,3]]]]", "[[[\"id\",\"in\",[5,99]]]]"),
                searchReads().stream().map(s -> s.positional().toString()).toList());
        assertEquals(OdooJson.parse("{\"active_test\":false}"), searchReads().get(0).kwargs().get("context"));
        assertTrue(gateway.findByIds(Entity.MANUFACTURING_ORDER, List.of(), Set.of("name")).isEmpty());
    }

    @Test
    void speaksTheDialectOfTheServer() {
        JsonObject recorded = fiveOrders().get(0);
        JsonObject v16 = OdooJson.JSON.createObjectBuilder(recorded)
                .add("date_planned_start", recorded.get("date_start")).add("date_start", JsonValue.FALSE).build();
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("mrp.production", List.of(v16))
                .version("{\"server_version\":\"16.0\",\"server_version_info\":[16,0,0,\"final\",0,\"\"]}"), 500);

        ManufacturingOrder order = gateway.findAll(EntityQuery.all(Entity.MANUFACTURING_ORDER, List.of(),
                Set.of("scheduledStart"))).get(0);

        assertEquals(java.time.Instant.parse("2026-11-26T15:44:26Z"), order.scheduledStart());
        assertEquals(OdooJson.parse("[\"id\",\"date_planned_start\"]"), searchReads().get(0).kwargs().get("fields"));
    }

    @Test
    void readsTemplatesOncePerPageForTemplateBoms() {
        JsonArray boms = Recordings.searchReadResult("mrp.bom");
        List<JsonObject> templates = List.of(
                OdooJson.parse("{\"id\":8,\"product_variant_id\":[8,\"Desk\"]}").asJsonObject(),
                OdooJson.parse("{\"id\":29,\"product_variant_id\":[37,\"Table\"]}").asJsonObject(),
                OdooJson.parse("{\"id\":30,\"product_variant_id\":[38,\"Table Top\"]}").asJsonObject());
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase()
                .add("mrp.bom", boms.getValuesAs(JsonObject.class))
                .add("product.template", templates), 500);

        List<BillOfMaterials> found = gateway.findAll(EntityQuery.all(Entity.BOM, List.of(), Set.of("itemId")));

        assertEquals(List.of(8L, 37L, 38L), found.stream().map(BillOfMaterials::itemId).toList());
        List<FakeOdoo.Seen> reads = odoo.executeKws().stream().filter(s -> s.modelMethod().equals("read")).toList();
        assertEquals(1, reads.size());
        assertEquals("product.template", reads.get(0).model());
        assertEquals(OdooJson.parse("[[8,29,30]]"), reads.get(0).positional());
    }

    @Test
    void serverVersionAsksOdooEachTime() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase(), 500);

        assertEquals("17.0-20240709", gateway.serverVersion());
        assertEquals("17.0-20240709", gateway.serverVersion());

        assertEquals(2, odoo.seen().stream().filter(s -> s.method().equals("version")).count());
    }

    // ---- failures, in the port's terms ----------------------------------------------------------------------

    @Test
    void aRetriableFailureBecomesUnavailableNamingTheCall() {
        FakeOdooDatabase database = new FakeOdooDatabase();
        JsonRpcOdooGateway gateway = gateway(request -> request.getJsonObject("params").getString("method")
                .equals("execute_kw") ? Reply.raw(503, "text/html", "busy") : database.apply(request), Map.of());

        var e = assertThrows(OdooUnavailableException.class, () -> gateway.find(new EntityQuery<>(
                Entity.MANUFACTURING_ORDER, List.of(), NAME_STATE, null, 10, false)));

        assertEquals("Odoo at " + odoo.baseUrl() + " did not answer mrp.production/search_read: HTTP 503",
                e.getMessage());
    }

    /** An adapter whose execute_kw fails the way Fault Tolerance would report it, after counting attempts. */
    private JsonRpcOdooGateway failingWith(int attempts, RuntimeException failure) {
        odoo.route(new FakeOdooDatabase());
        OdooConnectorConfig config = new OdooConnectorConfig(odoo.settings());
        OdooRpc rpc = new OdooRpc(new OdooSession(config, new OdooClient(config, List.of()))) {
            @Override
            public JsonValue executeKw(OdooCall call) {
                for (int i = 0; i < attempts; i++) {
                    call.attempt();
                }
                throw failure;
            }
        };
        return new JsonRpcOdooGateway(rpc, config);
    }

    private static final EntityQuery<ManufacturingOrder> ANY_ORDERS =
            new EntityQuery<>(Entity.MANUFACTURING_ORDER, List.of(), NAME_STATE, null, 10, false);

    @Test
    void unavailableMessagesSayWhatHappened() {
        String odooAt = "Odoo at " + odoo.baseUrl();
        OdooCallException http503 = OdooCallException.of(Classification.RETRIABLE, "HTTP 503", null, 503,
                "mrp.production", "search_read", null);

        assertEquals(odooAt + " did not answer mrp.production/search_read: HTTP 503 after 4 attempts",
                assertThrows(OdooUnavailableException.class, () -> failingWith(4, http503).find(ANY_ORDERS))
                        .getMessage());
        assertEquals(odooAt + " was not called for mrp.production/search_read: circuit open after repeated "
                        + "failures; calls resume by themselves after a pause",
                assertThrows(OdooUnavailableException.class,
                        () -> failingWith(0, new CircuitBreakerOpenException("x")).find(ANY_ORDERS)).getMessage());
        assertEquals(odooAt + " was not called for mrp.production/search_read: too many Odoo calls in progress "
                        + "from this server (bulkhead full)",
                assertThrows(OdooUnavailableException.class,
                        () -> failingWith(0, new BulkheadException("x")).find(ANY_ORDERS)).getMessage());
        assertEquals(odooAt + " did not answer mrp.production/search_read in time after 2 attempts",
                assertThrows(OdooUnavailableException.class,
                        () -> failingWith(2, new TimeoutException("x")).find(ANY_ORDERS)).getMessage());
    }

    @Test
    void permanentFailuresAreRejectionsWithOdoosOwnMessage() {
        JsonObject data = Recordings.json("errors/access_error_read_mrp_production.json").getJsonObject("response")
                .getJsonObject("error").getJsonObject("data");
        OdooCallException accessError = OdooCallException.of(Classification.PERMANENT, data.getString("message"),
                data.getString("name"), 200, "mrp.production", "search_read", null);
        OdooCallException validation = OdooCallException.of(Classification.PERMANENT, "The quantity must be positive",
                "odoo.exceptions.ValidationError", 200, "mrp.production", "search_read", null);

        var denied = assertThrows(OdooRejectedException.class, () -> failingWith(1, accessError).find(ANY_ORDERS));
        var invalid = assertThrows(OdooRejectedException.class, () -> failingWith(1, validation).find(ANY_ORDERS));

        assertEquals(data.getString("message"), denied.getMessage());
        assertTrue(denied.isAccessDenied());
        assertEquals("odoo.exceptions.AccessError", denied.odooErrorName());
        assertEquals("The quantity must be positive", invalid.getMessage());
        assertFalse(invalid.isAccessDenied());
    }

    @Test
    void aRefusedLoginReachesTheCallerAsARejection() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase(), Map.of("takt.odoo.password", "wrong"));

        var e = assertThrows(OdooRejectedException.class,
                () -> gateway.findAll(EntityQuery.all(Entity.ITEM, List.of(), Set.of("name"))));

        assertEquals("Odoo refused the login of user 'admin' on database 'mfg': wrong login, password or API key",
                e.getMessage());
        assertTrue(e.isAccessDenied());
    }

    @Test
    void aMalformedRequestIsARejection() {
        FakeOdooDatabase database = new FakeOdooDatabase();
        JsonRpcOdooGateway gateway = gateway(request -> request.getJsonObject("params").getString("method")
                .equals("execute_kw") ? Reply.raw(400, "text/plain", "Invalid JSON data") : database.apply(request),
                Map.of());

        var e = assertThrows(OdooRejectedException.class,
                () -> gateway.findAll(EntityQuery.all(Entity.ITEM, List.of(), Set.of("name"))));

        assertEquals("Odoo rejected the request as malformed: Invalid JSON data", e.getMessage());
        assertFalse(e.isAccessDenied());
    }

    @Test
    void anUnanswerableCriterionFailsBeforeAnythingIsRead() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase(), 500);

        assertThrows(IllegalArgumentException.class, () -> gateway.find(new EntityQuery<>(Entity.STOCK_POSITION,
                List.of(Criterion.ge("available", 1.0)), Set.of(), null, 10, false)));
        assertTrue(odoo.executeKws().isEmpty());
    }

    @Test
    void messagesNeverNameJavaClasses() {
        OdooCallException http503 = OdooCallException.of(Classification.RETRIABLE, "HTTP 503", null, 503,
                "product.product", "search_read", null);
        List<RuntimeException> failures = List.of(http503, new CircuitBreakerOpenException("CircuitBreakerOpen"),
                new BulkheadException("BulkheadException"), new TimeoutException("TimeoutException"));
        for (RuntimeException failure : failures) {
            String message = assertThrows(OdooUnavailableException.class,
                    () -> failingWith(1, failure).findAll(EntityQuery.all(Entity.ITEM, List.of(),
                            Set.of("name")))).getMessage();
            assertFalse(message.contains("Exception") || message.contains("dev.takt") || message.contains("java."),
                    message);
        }
    }

    @Test
    void itemsComeBackAsItems() {
        JsonRpcOdooGateway gateway = gateway(new FakeOdooDatabase().add("product.product",
                Recordings.searchReadResult("product.product").getValuesAs(JsonObject.class)), 500);

        List<Item> items = gateway.findAll(EntityQuery.all(Entity.ITEM, List.of(), Set.of("name", "uom")));

        assertEquals(new Item(2, null, "Hotel Accommodation", null, "Days", null, null, null, null), items.get(1));
        assertEquals(OdooJson.parse("[\"id\",\"name\",\"uom_id\"]"), searchReads().get(0).kwargs().get("fields"));
    }
}
