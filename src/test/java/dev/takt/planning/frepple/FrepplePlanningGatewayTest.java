package dev.takt.planning.frepple;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.ScheduleProposal;
import dev.takt.planning.PlannedCapacity;
import dev.takt.planning.PlannedInventory;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link FrepplePlanningGateway} against the frePPLe sandbox over real HTTP (the manufacturing_demo seed). */
class FrepplePlanningGatewayTest {

    private final FreppleSandboxServer frepple = new FreppleSandboxServer();
    private final FreppleClient client = new FreppleClient(new FreppleConnectorConfig(frepple.settings()));
    private final FrepplePlanningGateway gateway = new FrepplePlanningGateway(new FreppleRpc(client),
            new FreppleConnectorConfig(frepple.settings()));

    @AfterEach
    void stop() {
        frepple.close();
    }

    private void plan() {
        long task = client.launchPlan(FreppleClient.SUPPLY_PLAN);
        assertTrue(client.awaitTask(task, Duration.ofSeconds(10)).finishedRunning());
    }

    private long calls() {
        return frepple.sandbox.calls().total();
    }

    private static Instant at(String naive) {
        return FreppleValues.instant(naive, java.time.ZoneOffset.UTC);
    }

    @Test
    void demandsAreTheForecastOfDayBucketsInOneReadPlusTheUnits() {
        JsonArray raw = client.list("demand", Map.of("item__in", "round table,square table", "status__in",
                "open,quote"));
        long before = calls();
        List<ForecastLine> lines = gateway.forecastLinesFor(1, List.of(new ItemCode("round table"),
                new ItemCode("square table")), null, null);
        assertEquals(2, calls() - before, "demands, then the items' units");
        assertEquals(raw.size(), lines.size());
        assertTrue(lines.size() >= 4, lines::toString);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, lines.get(i).line());
        }
        JsonObject first = raw.getValuesAs(JsonObject.class).stream()
                .min(java.util.Comparator.comparing((JsonObject d) -> d.getString("due"))
                        .thenComparing(d -> d.getString("name"))).orElseThrow();
        ForecastLine line = lines.get(0);
        assertEquals(first.getString("item"), line.item().value());
        assertEquals(first.getString("location"), line.location());
        assertEquals(LocalDate.parse(first.getString("due").substring(0, 10)), line.bucket().start());
        assertEquals(0, new BigDecimal(first.getString("quantity")).compareTo(line.quantity().amount()));
        assertEquals("Units", line.quantity().unit(), "manufacturing_demo's items have no uom");

        long again = calls();
        List<ForecastLine> window = gateway.forecastLinesFor(1, List.of(new ItemCode("round table")),
                line.bucket().start(), line.bucket().start());
        assertEquals(2, calls() - again);
        assertTrue(window.stream().allMatch(l -> l.bucket().start().equals(line.bucket().start())), window::toString);
        assertEquals(List.of(), gateway.forecastLinesFor(2, List.of(new ItemCode("round table")), null, null));
    }

    @Test
    void theReadCostsTheSameForTwoItemsAndForEleven() {
        plan();
        List<ItemCode> all = client.list("item", Map.of()).getValuesAs(JsonObject.class).stream()
                .map(i -> new ItemCode(i.getString("name"))).toList();
        long a = calls();
        gateway.latestPlannedOrders(all.subList(0, 2), null, null);
        long few = calls() - a;
        long b = calls();
        gateway.latestPlannedOrders(all, null, null);
        assertEquals(few, calls() - b);
        assertEquals(5, few, "operations, manufacturing, purchase and distribution orders, units");
    }

    @Test
    void proposalsBecomeMakeBuyAndTransferOrders() {
        plan();
        List<PlannedOrder> orders = gateway.latestPlannedOrders(List.of(new ItemCode("chair"),
                new ItemCode("screws")), null, null);
        Map<PlannedOrderType, List<PlannedOrder>> byType = orders.stream()
                .collect(Collectors.groupingBy(PlannedOrder::type));
        assertFalse(byType.getOrDefault(PlannedOrderType.MAKE, List.of()).isEmpty(), orders::toString);
        assertFalse(byType.getOrDefault(PlannedOrderType.BUY, List.of()).isEmpty(), orders::toString);
        assertFalse(byType.getOrDefault(PlannedOrderType.TRANSFER, List.of()).isEmpty(), orders::toString);

        JsonObject po = client.list("purchaseorder", Map.of("item", "screws", "status", "proposed"))
                .getValuesAs(JsonObject.class).stream().min(java.util.Comparator.comparing(
                        (JsonObject o) -> o.getString("enddate")).thenComparing(o -> o.getString("reference")))
                .orElseThrow();
        PlannedOrder buy = byType.get(PlannedOrderType.BUY).get(0);
        assertEquals("screws", buy.item().value());
        assertEquals(po.getString("supplier"), buy.supplier());
        assertEquals(po.getString("location"), buy.location());
        assertEquals(at(po.getString("startdate")), buy.start());
        assertEquals(at(po.getString("enddate")), buy.due());
        assertEquals(0, new BigDecimal(po.getString("quantity")).compareTo(buy.quantity().amount()));
        assertEquals(FrepplePlanMapper.mainDemand(po), buy.demand());

        PlannedOrder make = byType.get(PlannedOrderType.MAKE).get(0);
        assertEquals("chair", make.item().value());
        PlannedOrder move = byType.get(PlannedOrderType.TRANSFER).get(0);
        assertEquals("chair", move.item().value());
        assertTrue(move.origin() != null && !move.origin().equals(move.location()));
        for (int i = 0; i < orders.size(); i++) {
            assertEquals(i + 1, orders.get(i).line());
        }
        Instant cut = make.due();
        assertTrue(gateway.latestPlannedOrders(List.of(new ItemCode("chair")), cut.plusSeconds(1), null).stream()
                .allMatch(o -> o.due().isAfter(cut)));
    }

    @Test
    void ordersAndTheirWorkOrderStepsAreScheduleProposals() {
        plan();
        JsonObject mo = client.list("manufacturingorder", Map.of("operation", "Assemble chair"))
                .getJsonObject(0);
        String ref = mo.getString("reference");
        client.post("manufacturingorder", FreppleJson.parse("{\"reference\": \"" + ref + " - 42\", \"owner\": \""
                + ref + "\", \"operation\": \"Assemble chair\", \"quantity\": \"1\", \"status\": \"approved\", "
                + "\"startdate\": \"2026-12-01T08:00:00\", \"enddate\": \"2026-12-01T10:00:00\"}").asJsonObject());
        long before = calls();
        List<ScheduleProposal> proposals = gateway.latestScheduleProposals(List.of(ref, "WH/MO/unknown"));
        assertEquals(2, calls() - before, "the orders, then their steps");
        assertEquals(2, proposals.size(), proposals::toString);
        ScheduleProposal whole = proposals.stream().filter(p -> p.workOrderId() == null).findFirst().orElseThrow();
        assertEquals(ref, whole.manufacturingOrder());
        assertEquals(at(mo.getString("startdate")), whole.plannedStart());
        assertEquals(at(mo.getString("enddate")), whole.plannedFinish());
        assertEquals("assembly line", whole.workCenter());
        ScheduleProposal step = proposals.stream().filter(p -> p.workOrderId() != null).findFirst().orElseThrow();
        assertEquals(42L, step.workOrderId());
        assertEquals(ref, step.manufacturingOrder());

        long w = calls();
        List<ScheduleProposal> load = gateway.latestWorkOrderProposals(at("2026-12-01T00:00:00"),
                at("2026-12-02T00:00:00"));
        assertEquals(1, calls() - w);
        assertEquals(List.of(42L), load.stream().map(ScheduleProposal::workOrderId).toList());
        assertEquals(List.of(), gateway.latestWorkOrderProposals(at("2026-12-02T00:00:00"),
                at("2026-12-03T00:00:00")));
    }

    @Test
    void stepReferencesNameTheOdooWorkOrder() {
        assertEquals(42L, FrepplePlanMapper.workOrderId("WH/MO/00012", "WH/MO/00012 - 42"));
        assertEquals(7L, FrepplePlanMapper.workOrderId("WH/MO/00012", "WH/MO/00012/7"));
        assertNull(FrepplePlanMapper.workOrderId("WH/MO/00012", "57"), "frePPLe's own numbering");
        assertNull(FrepplePlanMapper.workOrderId("WH/MO/00012", "WH/MO/00012"));
        assertNull(FrepplePlanMapper.workOrderId("WH/MO/00012", "WH/MO/00012 - step"));
    }

    @Test
    void executionFeedbackUpdatesOrdersAndBuffersAndIsSafeToRepeat() {
        plan();
        JsonObject mo = client.list("manufacturingorder", Map.of("owner__isnull", "true")).getJsonObject(0);
        String ref = mo.getString("reference");
        Instant t = Instant.parse("2026-11-26T10:00:00Z");
        List<ExecutionUpdate> updates = List.of(
                new ExecutionUpdate(ExecutionUpdate.Kind.MANUFACTURING_ORDER, 5, ref, null, null,
                        new BigDecimal("3"), "IN_PROGRESS", at("2026-11-26T08:00:00"), at("2026-11-27T08:00:00"), t,
                        false),
                new ExecutionUpdate(ExecutionUpdate.Kind.MANUFACTURING_ORDER, 5, ref, null, null,
                        new BigDecimal("4"), "DONE", at("2026-11-26T08:00:00"), at("2026-11-26T16:00:00"),
                        t.plusSeconds(60), false),
                new ExecutionUpdate(ExecutionUpdate.Kind.MANUFACTURING_ORDER, 6, "WH/MO/not-in-frepple", null, null,
                        BigDecimal.ONE, "DONE", null, null, t, false),
                new ExecutionUpdate(ExecutionUpdate.Kind.STOCK, 9, "factory", new ItemCode("chair"), "factory",
                        new BigDecimal("12.5"), null, null, null, t, false),
                new ExecutionUpdate(ExecutionUpdate.Kind.SALES_DELIVERY, 10, "SO1", new ItemCode("chair"), "shop 1",
                        BigDecimal.ONE, "DONE", null, null, t, false));
        long before = calls();
        gateway.receiveExecution(updates);
        assertEquals(4, calls() - before, "read + write of orders, read + write of buffers");
        JsonObject after = client.get("manufacturingorder", ref).orElseThrow();
        assertEquals("completed", after.getString("status"), "the later update wins");
        assertEquals(0, new BigDecimal("4").compareTo(FreppleValues.decimal(after.get("quantity_completed"))));
        assertEquals("2026-11-26T16:00:00", after.getString("enddate"));
        assertTrue(client.get("manufacturingorder", "WH/MO/not-in-frepple").isEmpty(), "not created");
        JsonObject buffer = client.list("buffer", Map.of("item", "chair", "location", "factory")).getJsonObject(0);
        assertEquals(0, new BigDecimal("12.5").compareTo(FreppleValues.decimal(buffer.get("onhand"))));

        gateway.receiveExecution(updates);
        assertEquals(withoutLastModified(after), withoutLastModified(client.get("manufacturingorder", ref)
                .orElseThrow()), "a repeated batch changes nothing");

        gateway.receiveExecution(List.of(new ExecutionUpdate(ExecutionUpdate.Kind.MANUFACTURING_ORDER, 5, ref, null,
                null, null, null, null, null, t.plusSeconds(120), true)));
        assertTrue(client.get("manufacturingorder", ref).isEmpty(), "deleted in Odoo, deleted in frePPLe");
        gateway.receiveExecution(List.of(new ExecutionUpdate(ExecutionUpdate.Kind.MANUFACTURING_ORDER, 5, ref, null,
                null, null, null, null, null, t.plusSeconds(120), true)));
    }

    private static JsonObject withoutLastModified(JsonObject o) {
        return o.entrySet().stream().filter(e -> !e.getKey().equals("lastmodified"))
                .collect(jakarta.json.stream.JsonCollectors.toJsonObject());
    }

    @Test
    void inventoryAndCapacityViewsComeFromBuffersAndResourceLoads() {
        plan();
        List<PlannedInventory> inventory = gateway.inventoryProjection(new ItemCode("chair"), "factory");
        assertFalse(inventory.isEmpty());
        assertTrue(inventory.stream().allMatch(p -> p.location().equals("factory")));
        List<PlannedCapacity> capacity = gateway.capacityView("assembly line");
        assertFalse(capacity.isEmpty());
        assertTrue(capacity.stream().allMatch(c -> c.workCenter().equals("assembly line") && c.loadHours() > 0
                && c.availableHours() == 24.0), capacity::toString);
    }

    @Test
    void writesThatFreppleOwnsAreRefusedWithAReason() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> gateway.storeForecast("n", List.of(), List.of(), Instant.now()));
        assertTrue(e.getMessage().contains("takt.planning.adapter=native"), e.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> gateway.storePlannedOrders("n", List.of(), List.of(), Instant.now()));
        assertThrows(UnsupportedOperationException.class,
                () -> gateway.storeSchedule("n", List.of(), List.of(), Instant.now()));
        assertThrows(UnsupportedOperationException.class, () -> gateway.publishForecast(1, Instant.now()));
        assertEquals(1, gateway.publishedForecast().orElseThrow().version());
    }

    @Test
    void longKeyListsAreSplitAndKeysWithCommasFilteredAlone() {
        List<String> many = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "ITEM_" + i).toList();
        List<Map<String, String>> filters = FrepplePlanningGateway.inFilters("item", many, Map.of("status", "open"));
        assertEquals(2, filters.size());
        assertTrue(filters.stream().allMatch(f -> f.get("item__in").length() <= FrepplePlanningGateway.MAX_IN_CHARS
                && f.get("status").equals("open")));
        assertEquals(1, FrepplePlanningGateway.inFilters("item", many.subList(0, 200), Map.of()).size());
        List<Map<String, String>> odd = FrepplePlanningGateway.inFilters("item", List.of("a", "b,c", "d"), Map.of());
        assertEquals(List.of(Map.of("item", "b,c"), Map.of("item__in", "a,d")), odd);
    }
}
