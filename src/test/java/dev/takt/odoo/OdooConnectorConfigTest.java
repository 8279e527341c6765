package dev.takt.odoo;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OdooConnectorConfigTest {

    @Test
    void withoutAnUrlTaktUsesItsSandboxWithTheFixtureLogin() {
        OdooConnectorConfig config = new OdooConnectorConfig(Map.of());

        assertTrue(config.usesSandbox());
        assertEquals(URI.create("http://localhost:9080/sandbox/odoo/jsonrpc"), config.jsonRpcEndpoint());
        assertEquals("mfg", config.credentials().database());
        assertEquals("admin", config.credentials().username());
        assertEquals("admin", config.credentials().secret());
    }

    @Test
    void theSandboxFollowsTheHttpPortOrItsOwnUrl() {
        assertEquals(URI.create("http://localhost:9181/sandbox/odoo/jsonrpc"),
                new OdooConnectorConfig(Map.of("http.port", "9181")).jsonRpcEndpoint());
        assertEquals(URI.create("http://sandbox.internal:8080/odoo/jsonrpc"),
                new OdooConnectorConfig(Map.of("takt.sandbox.url", "http://sandbox.internal:8080/odoo/"))
                        .jsonRpcEndpoint());
    }

    @Test
    void theSandboxLoginIsIgnoredForARealOdoo() {
        OdooConnectorConfig config = new OdooConnectorConfig(Map.of("takt.odoo.url", "https://erp.example.com/",
                "takt.odoo.database", "prod", "takt.odoo.username", "takt@example.com",
                "takt.odoo.password", "pw"));

        assertFalse(config.usesSandbox());
        assertEquals(URI.create("https://erp.example.com/jsonrpc"), config.jsonRpcEndpoint());
        assertEquals(new OdooConnectorConfig.Credentials("prod", "takt@example.com", "pw", "takt.odoo.password"),
                config.credentials());
    }

    @Test
    void theApiKeyWinsOverThePassword() {
        OdooConnectorConfig config = new OdooConnectorConfig(Map.of("takt.odoo.url", "https://erp.example.com",
                "takt.odoo.database", "prod", "takt.odoo.username", "takt", "takt.odoo.password", "pw",
                "takt.odoo.api-key", "key"));

        assertEquals("key", config.credentials().secret());
        assertEquals("takt.odoo.api-key", config.credentials().secretKey());
        assertFalse(config.credentials().toString().contains("key,"), "the secret never shows in logs");
    }

    @Test
    void missingKeysAreNamedAtFirstUseNotAtStart() {
        OdooConnectorConfig config = new OdooConnectorConfig(Map.of("takt.odoo.url", "https://erp.example.com"));

        var e = assertThrows(OdooConfigurationException.class, config::credentials);

        assertEquals("Odoo at https://erp.example.com is not fully configured: set takt.odoo.database, "
                + "takt.odoo.username, takt.odoo.api-key (or takt.odoo.password)", e.getMessage());
    }

    @Test
    void aDisabledSandboxWithoutUrlIsAConfigurationError() {
        OdooConnectorConfig config = new OdooConnectorConfig(Map.of("takt.sandbox.enabled", "false"));

        var e = assertThrows(OdooConfigurationException.class, config::jsonRpcEndpoint);

        assertTrue(e.getMessage().contains("set takt.odoo.url"), e.getMessage());
    }

    @Test
    void anUrlMustBeHttp() {
        var e = assertThrows(OdooConfigurationException.class,
                () -> new OdooConnectorConfig(Map.of("takt.odoo.url", "erp.example.com")));
        assertEquals("takt.odoo.url must be an http:// or https:// address, got 'erp.example.com'", e.getMessage());
    }

    @Test
    void anUrlAlreadyEndingInJsonRpcIsKept() {
        assertEquals(URI.create("https://erp.example.com/jsonrpc"), new OdooConnectorConfig(
                Map.of("takt.odoo.url", "https://erp.example.com/jsonrpc")).jsonRpcEndpoint());
    }

    @Test
    void timeoutsPageSizeAndProbeHaveDefaultsAndCanBeSet() {
        OdooConnectorConfig defaults = new OdooConnectorConfig(Map.of());
        assertEquals(Duration.ofSeconds(5), defaults.connectTimeout());
        assertEquals(Duration.ofSeconds(30), defaults.requestTimeout());
        assertEquals(500, defaults.pageSize());
        assertEquals(Duration.ofSeconds(2), defaults.probeTimeout());
        assertEquals(Duration.ofSeconds(10), defaults.probeCacheTtl());
        assertEquals(Optional.empty(), defaults.dialectOverride());

        OdooConnectorConfig set = new OdooConnectorConfig(Map.of("takt.odoo.connect-timeout-ms", "PT1S",
                "takt.odoo.request-timeout-ms", "1500", "takt.odoo.page-size", "200",
                "takt.health.odoo.timeout-ms", "500", "takt.health.odoo.cache-ms", "1000",
                "takt.odoo.version", "18"));
        assertEquals(Duration.ofSeconds(1), set.connectTimeout());
        assertEquals(Duration.ofMillis(1500), set.requestTimeout());
        assertEquals(200, set.pageSize());
        assertEquals(Duration.ofMillis(500), set.probeTimeout());
        assertEquals(Duration.ofSeconds(1), set.probeCacheTtl());
        assertEquals(Optional.of(OdooDialect.V18), set.dialectOverride());
    }

    @Test
    void theChangeFeedOverlapDefaultsToTwoSecondsAndCanBeTurnedOff() {
        assertEquals(Duration.ofSeconds(2), new OdooConnectorConfig(Map.of()).cursorOverlap());
        assertEquals(Duration.ofMillis(5500),
                new OdooConnectorConfig(Map.of("takt.odoo.cursor-overlap-ms", "5500")).cursorOverlap());
        assertEquals(Duration.ZERO, new OdooConnectorConfig(Map.of("takt.odoo.cursor-overlap-ms", "0")).cursorOverlap());
        var negative = assertThrows(OdooConfigurationException.class,
                () -> new OdooConnectorConfig(Map.of("takt.odoo.cursor-overlap-ms", "-5")));
        assertTrue(negative.getMessage().startsWith("takt.odoo.cursor-overlap-ms must be"), negative.getMessage());
    }

    @Test
    void malformedNumbersNameTheirKey() {
        var page = assertThrows(OdooConfigurationException.class,
                () -> new OdooConnectorConfig(Map.of("takt.odoo.page-size", "lots")));
        assertEquals("takt.odoo.page-size must be a whole number, got 'lots'", page.getMessage());
        var timeout = assertThrows(OdooConfigurationException.class,
                () -> new OdooConnectorConfig(Map.of("takt.odoo.request-timeout-ms", "soon")));
        assertTrue(timeout.getMessage().startsWith("takt.odoo.request-timeout-ms must be"), timeout.getMessage());
        var version = assertThrows(OdooConfigurationException.class,
                () -> new OdooConnectorConfig(Map.of("takt.odoo.version", "latest")));
        assertTrue(version.getMessage().startsWith("takt.odoo.version must be an Odoo version"), version.getMessage());
    }
}
