package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Odoo adapter's fault tolerance, counted as the FT TCK does: a retriable failure is tried exactly
 * 1 + maxRetries times, a permanent one exactly once, and nothing reaches Odoo while the circuit is open.
 * Faults are injected in the sandbox for one model only, so the session and other models are untouched.
 */
class FaultToleranceIT extends TaktIT {

    /** The adapter's default {@code @Retry(maxRetries)}; the test server does not override it. */
    static final int MAX_RETRIES = 3;

    static final String QUERY = "{ workCenters(first: 3) { nodes { id name } } }";
    static final String MODEL = "mrp.workcenter";

    @BeforeEach
    void circuitClosed() {
        awaitHealthyReads();
    }

    @Test
    void retriableFailureIsTriedOnePlusMaxRetriesTimes() {
        Sandbox.faults(Map.of("http503Ratio", 1.0, "models", List.of(MODEL)));
        Sandbox.resetCalls();

        JsonPath result = graphql(QUERY);

        assertEquals("ODOO_UNAVAILABLE", result.getString("errors[0].extensions.code"), result::prettify);
        assertEquals(1 + MAX_RETRIES, Sandbox.callsOn(MODEL).size());
    }

    @Test
    void permanentFailureIsTriedOnce() {
        Sandbox.faults(Map.of("errorRatio", 1.0, "errorName", "odoo.exceptions.ValidationError",
                "errorMessage", "The operation cannot be completed: injected", "models", List.of(MODEL)));
        Sandbox.resetCalls();

        JsonPath result = graphql(QUERY);

        assertEquals("ODOO_REJECTED", result.getString("errors[0].extensions.code"), result::prettify);
        assertTrue(result.getString("errors[0].message").contains("injected"), result::prettify);
        assertEquals(1, Sandbox.callsOn(MODEL).size());
    }

    @Test
    void noCallReachesOdooWhileTheCircuitIsOpen() {
        Sandbox.faults(Map.of("http503Ratio", 1.0, "models", List.of(MODEL)));
        // each failing query makes 1 + maxRetries failed attempts; the breaker opens once enough failed
        String message = "";
        for (int i = 0; i < 20 && !message.contains("circuit"); i++) {
            message = graphql(QUERY).getString("errors[0].message");
        }
        assertTrue(message.contains("circuit"), "the circuit never opened; last error: " + message);

        Sandbox.resetCalls();
        JsonPath result = graphql(QUERY);

        assertEquals("ODOO_UNAVAILABLE", result.getString("errors[0].extensions.code"), result::prettify);
        assertEquals(0, Sandbox.calls().getInt("total"), "no call while the circuit is open");

        Sandbox.clearFaults();
        awaitHealthyReads();
    }

    /**
     * Polls (with a deadline) until reads succeed several times in a row: the circuit is closed again, not
     * merely half-open (where one failure would reopen it and cut the retries short).
     */
    private static void awaitHealthyReads() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonPath last;
        int inARow = 0;
        do {
            last = graphql(QUERY);
            inARow = last.get("errors") == null ? inARow + 1 : 0;
            if (inARow == 3) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        } while (Instant.now().isBefore(deadline));
        assertNull(last.get("errors"), last.prettify());
    }
}
