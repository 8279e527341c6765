package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * frePPLe fully down (its sandbox drops every connection): a query that mixes Odoo-owned and planner-owned fields
 * answers the Odoo fields, and each planner field is an error with {@code PLANNER_UNAVAILABLE}; and the reverse,
 * Odoo down, leaves frePPLe's fields answering.
 */
class PlannerUnavailableFreppleIT extends TaktIT {

    private static final String MIXED = """
            query($from: Date, $to: Date) {
              items(first: 3, type: STORABLE) { nodes { code name stock { onHand }
                openManufacturingOrders { name state }
                forecast(from: $from, to: $to) { quantity }
                plannedOrders { type } } }
              manufacturingOrders(state: [CONFIRMED], first: 3) { nodes { name plan { startDriftHours } } }
            }""";

    @BeforeEach
    void plannerDown() {
        FreppleAdapter.requireFrepple();
        Frepple.reset();
    }

    @AfterEach
    void plannerBack() {
        Frepple.clearFaults();
        Sandbox.clearFaults();
        awaitPlanner();
    }

    @Test
    void odooFieldsResolveAndPlannerFieldsSayPlannerUnavailable() {
        Map<String, Object> vars = Map.of("from", LocalDate.now(ZoneOffset.UTC).toString(),
                "to", LocalDate.now(ZoneOffset.UTC).plusWeeks(12).toString());
        JsonPath healthy = graphql(MIXED, vars);
        assertNull(healthy.get("errors"), healthy::prettify);

        Frepple.down();
        JsonPath result = graphql(MIXED, vars);
        List<String> codes = result.getList("data.items.nodes.code");
        assertEquals(healthy.getList("data.items.nodes.code"), codes, result::prettify);
        assertEquals(healthy.getList("data.items.nodes.stock"), result.getList("data.items.nodes.stock"));
        assertEquals(healthy.getList("data.items.nodes.openManufacturingOrders"),
                result.getList("data.items.nodes.openManufacturingOrders"));
        assertEquals(healthy.getList("data.manufacturingOrders.nodes.name"),
                result.getList("data.manufacturingOrders.nodes.name"));
        assertEquals(3, codes.size());

        List<Map<String, Object>> errors = result.getList("errors");
        assertNotNull(errors, result::prettify);
        assertTrue(errors.stream().allMatch(e -> "PLANNER_UNAVAILABLE".equals(
                ((Map<?, ?>) e.get("extensions")).get("code"))), result::prettify);
        Set<String> fields = errors.stream().map(e -> {
            List<?> path = (List<?>) e.get("path");
            return String.valueOf(path.get(path.size() - 1));
        }).collect(Collectors.toSet());
        assertEquals(Set.of("forecast", "plannedOrders", "plan"), fields, result::prettify);
        assertTrue(errors.stream().noneMatch(e -> String.valueOf(e.get("message")).contains("Exception")),
                result::prettify);
        assertTrue(result.getList("data.items.nodes.forecast").stream().allMatch(Objects::isNull));
    }

    @Test
    void withOdooDownFrepplesOwnRootsStillAnswer() {
        Sandbox.faults(Map.of("down", true));
        JsonPath result = graphql("{ forecastVersions(first: 5) { totalCount } "
                + "plannedOrderBatches(first: 1) { totalCount } items(first: 1) { nodes { code } } }");
        assertEquals(1, result.getInt("data.forecastVersions.totalCount"), result::prettify);
        assertEquals(1, result.getInt("data.plannedOrderBatches.totalCount"), result::prettify);
        List<Map<String, Object>> errors = result.getList("errors");
        assertFalse(errors == null || errors.isEmpty(), "items come from Odoo, which is down");
        assertTrue(errors.stream().allMatch(e -> "ODOO_UNAVAILABLE".equals(
                ((Map<?, ?>) e.get("extensions")).get("code"))), result::prettify);
    }

    /** Waits (with a deadline) until planner fields answer again: the circuit breaker may still be open. */
    private static void awaitPlanner() {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            JsonPath r = graphql("{ items(first: 1, type: STORABLE) { nodes { plannedOrders { type } } } }");
            if (r.get("errors") == null) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
