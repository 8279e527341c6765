package dev.takt.it;

import dev.takt.sandbox.RecordedExchange;
import dev.takt.sandbox.ReplyShape;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract test over real HTTP: every exchange recorded with a real Odoo 17 is sent, byte for byte, to the
 * sandbox served by Takt on Liberty, and the reply must have the recorded structure (same HTTP status, same keys,
 * same JSON type per field, same error name and message pattern; values may differ — rules in
 * {@link ReplyShape}). {@code SandboxContractTest} checks the same against the dispatcher without a container.
 */
class SandboxContractIT extends TaktIT {

    private static final String JSONRPC = BASE + "/sandbox/odoo/jsonrpc";

    @TestFactory
    Stream<DynamicTest> everyRecordedExchangeOverHttp() {
        return RecordedExchange.all().stream().map(recorded -> DynamicTest.dynamicTest(recorded.name(), () -> {
            for (String request : recorded.preconditions()) {
                assertTrue(post(request).asString().contains("\"result\""), request);
            }
            Response reply = post(recorded.body());
            List<String> problems = ReplyShape.compare(recorded, reply.statusCode(), reply.asString(),
                    recorded.fieldTypes());
            assertTrue(problems.isEmpty(), recorded.name() + ":\n  " + String.join("\n  ", problems)
                    + "\nreply: " + reply.asString());
            if (recorded.status() == 400) {
                assertEquals("text/plain", reply.contentType().split(";")[0].trim(), "Odoo answers 400 in plain text");
            }
        }));
    }

    private static Response post(String body) {
        return RestAssured.given().contentType("application/json").body(body).post(JSONRPC);
    }
}
