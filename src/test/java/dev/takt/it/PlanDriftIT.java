package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ManufacturingOrder.plan}: the planner's latest proposal next to Odoo's schedule, with the drift. */
class PlanDriftIT extends TaktIT {

    @Test
    void planShowsTheProposalAndItsDriftFromOdoo() {
        JsonPath orders = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 3) { nodes { name "
                + "scheduledStart scheduledFinish } } }");
        Map<String, Object> mo = orders.<Map<String, Object>>getList("data.manufacturingOrders.nodes").get(0);
        Instant odooStart = Instant.parse((String) mo.get("scheduledStart"));
        Instant odooFinish = Instant.parse((String) mo.get("scheduledFinish"));
        Instant plannedStart = odooStart.plus(Duration.ofHours(30));
        Instant plannedFinish = odooFinish.plus(Duration.ofHours(6));
        JsonPath submitted = graphql("""
                mutation($p: [ScheduleProposalInput]!) { submitSchedule(proposals: $p) { batch accepted { line }
                  rejected { reason } } }""", Map.of("p", List.of(Map.of("manufacturingOrder", mo.get("name"),
                "plannedStart", plannedStart.toString(), "plannedFinish", plannedFinish.toString(),
                "priority", "URGENT"))));
        assertEquals(1, submitted.getList("data.submitSchedule.accepted").size(), submitted::prettify);

        Sandbox.resetCalls();
        JsonPath plans = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 3) { nodes { name "
                + "plan { startDriftHours finishDriftHours proposal { plannedStart priority } } } } }");
        assertNull(plans.get("errors"), plans::prettify);
        assertEquals(30.0, plans.getDouble("data.manufacturingOrders.nodes[0].plan.startDriftHours"), 1e-3);
        assertEquals(6.0, plans.getDouble("data.manufacturingOrders.nodes[0].plan.finishDriftHours"), 1e-3);
        assertEquals("URGENT", plans.getString("data.manufacturingOrders.nodes[0].plan.proposal.priority"));
        assertTrue(plans.getList("data.manufacturingOrders.nodes.plan").subList(1, 3).stream()
                .allMatch(p -> p == null), "orders the batch does not mention have no plan");
        Map<String, Integer> perModel = new TreeMap<>();
        Sandbox.calls().<Map<String, Object>>getList("calls")
                .forEach(c -> perModel.merge((String) c.get("model"), 1, Integer::sum));
        assertEquals(Map.of("mrp.production", 1), perModel, "the plan costs no Odoo call beyond the orders");
    }
}
