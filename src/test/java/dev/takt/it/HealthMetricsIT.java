package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readiness follows Odoo's reachability, liveness does not; metrics expose Odoo calls and FT figures. */
class HealthMetricsIT extends TaktIT {

    @Test
    void readinessFollowsOdooButLivenessStaysUp() {
        assertEquals(200, awaitReadiness(200).statusCode());

        Sandbox.faults(Map.of("down", true));
        Response down = awaitReadiness(503);
        assertTrue(down.asString().contains("odoo"), down.asString());
        RestAssured.get(BASE + "/health/live").then().statusCode(200);

        Sandbox.clearFaults();
        assertEquals(200, awaitReadiness(200).statusCode());
    }

    @Test
    void metricsCountOdooCallsPerModelAndMethod() {
        graphql("{ workCenters(first: 2) { nodes { name } } }");
        String metrics = RestAssured.get(BASE + "/metrics?scope=application").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.contains("odoo_calls_total{"), metrics);
        assertTrue(metrics.contains("model=\"mrp.workcenter\""), metrics);
        assertTrue(metrics.contains("odoo_call_duration_seconds"), metrics);

        String base = RestAssured.get(BASE + "/metrics?scope=base").then().statusCode(200).extract().asString();
        assertTrue(base.contains("ft_"), "fault-tolerance metrics");
    }

    /** Polls /health/ready until it answers {@code status} or a deadline passes; returns the last response. */
    private static Response awaitReadiness(int status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Response last;
        do {
            last = RestAssured.get(BASE + "/health/ready");
            if (last.statusCode() == status) {
                return last;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        } while (Instant.now().isBefore(deadline));
        return last;
    }
}
