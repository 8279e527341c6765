package dev.takt.odoo;

import dev.takt.odoo.FakeOdoo.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OdooProbeTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T16:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final FakeOdoo odoo = new FakeOdoo();
    private final ManualClock clock = new ManualClock();

    @AfterEach
    void stop() {
        odoo.close();
    }

    private OdooProbe probe(Map<String, String> extra) {
        Map<String, String> settings = odoo.settings();
        settings.putAll(extra);
        OdooConnectorConfig config = new OdooConnectorConfig(settings);
        return new OdooProbe(new OdooClient(config, List.of()), config, clock);
    }

    @Test
    void reportsTheVersionAndTrustsItForTheCachePeriod() {
        JsonObject version = Recordings.json("common.version.json").getJsonObject("response");
        odoo.route(request -> Reply.json(FakeOdoo.withId(version, request)));
        OdooProbe probe = probe(Map.of("takt.health.odoo.cache-ms", "10000"));

        OdooProbe.Result first = probe.check();
        clock.advance(Duration.ofSeconds(9));
        OdooProbe.Result cached = probe.check();
        clock.advance(Duration.ofSeconds(1));
        OdooProbe.Result fresh = probe.check();

        assertTrue(first.reachable());
        assertEquals("17.0-20240709", first.serverVersion());
        assertNull(first.reason());
        assertSame(first, cached);
        assertEquals(Instant.parse("2026-11-26T16:00:10Z"), fresh.checkedAt());
        assertEquals(2, odoo.seen().size());
        assertEquals("version", odoo.seen().get(0).method());
    }

    @Test
    void reportsWhyOdooIsNotReadyWithoutRetrying() {
        odoo.route(request -> Reply.raw(503, "text/html", "maintenance"));

        OdooProbe.Result result = probe(Map.of()).check();

        assertFalse(result.reachable());
        assertEquals("Odoo at " + odoo.baseUrl() + " did not answer common/version: HTTP 503", result.reason());
        assertEquals(1, odoo.seen().size());
    }

    @Test
    void usesItsOwnShortTimeout() {
        odoo.enqueue(Reply.never());

        OdooProbe.Result result = probe(Map.of("takt.health.odoo.timeout-ms", "200",
                "takt.odoo.request-timeout-ms", "60000")).check();

        assertFalse(result.reachable());
        assertEquals("Odoo at " + odoo.baseUrl() + " did not answer common/version: no answer within 200 ms",
                result.reason());
    }

    @Test
    void somethingThatIsNotOdooIsNotReady() {
        odoo.route(request -> Reply.json(FakeOdoo.resultReply(request, OdooJson.toJson(Map.of("hello", "world")))));

        OdooProbe.Result result = probe(Map.of()).check();

        assertFalse(result.reachable());
        assertTrue(result.reason().endsWith("without a version number: is it an Odoo server?"), result.reason());
    }

    @Test
    void aMissingUrlWithTheSandboxOffIsReported() {
        OdooConnectorConfig config = new OdooConnectorConfig(Map.of("takt.sandbox.enabled", "false"));

        OdooProbe.Result result = new OdooProbe(new OdooClient(config, List.of()), config, clock).check();

        assertFalse(result.reachable());
        assertTrue(result.reason().contains("takt.odoo.url"), result.reason());
    }
}
