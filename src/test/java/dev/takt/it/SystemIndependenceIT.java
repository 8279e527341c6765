package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** With Odoo down, planner-owned fields still resolve and Odoo-owned ones fail alone, never the whole query. */
class SystemIndependenceIT extends TaktIT {

    @Test
    void odooDownLeavesThePlannersDataReadable() {
        Sandbox.faults(Map.of("down", true));

        JsonPath result = graphql("{ forecastVersions(first: 5) { totalCount } plannedOrderBatches(first: 1) "
                + "{ totalCount } items(first: 1) { nodes { code } } }");

        assertNotNull(result.get("data.forecastVersions.totalCount"), result::prettify);
        assertNotNull(result.get("data.plannedOrderBatches.totalCount"), result::prettify);
        assertNull(result.get("data.items"));
        assertEquals("ODOO_UNAVAILABLE", result.getString("errors[0].extensions.code"));
        assertEquals("items", result.getString("errors[0].path[0]"));
        GraphQLReadIT.assertNoJavaLeak(result);
    }
}
