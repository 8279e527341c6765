package dev.takt.planning.frepple;

import dev.takt.ops.ConfigKeys;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreppleConnectorConfigTest {

    @Test
    void defaultsToTheNativeAdapterAndTheSandbox() {
        FreppleConnectorConfig config = new FreppleConnectorConfig(Map.of());
        assertEquals(FreppleConnectorConfig.Adapter.NATIVE, config.adapter());
        assertFalse(config.usesFrepple());
        assertTrue(config.usesSandbox());
        assertEquals(URI.create("http://localhost:9080/sandbox/frepple"), config.baseUri());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()), config.authorization());
        assertEquals(ZoneOffset.UTC, config.timeZone());
        assertEquals(FreppleConnectorConfig.DEFAULT_REQUEST_TIMEOUT, config.requestTimeout());
        assertEquals(URI.create("http://localhost:9181/sandbox/frepple"),
                new FreppleConnectorConfig(Map.of(ConfigKeys.HTTP_PORT, "9181")).baseUri());
    }

    @Test
    void aRealFreppleNeedsATokenOrAUserAndPassword() {
        FreppleConnectorConfig bare = new FreppleConnectorConfig(Map.of(ConfigKeys.PLANNING_ADAPTER, "FrePPLe",
                ConfigKeys.PLANNING_FREPPLE_URL, "https://plan.example.com/"));
        assertTrue(bare.usesFrepple());
        FreppleConfigurationException e = assertThrows(FreppleConfigurationException.class, bare::authorization);
        assertEquals("frePPLe at https://plan.example.com is not fully configured: set takt.planning.frepple.token "
                + "(or takt.planning.frepple.username and takt.planning.frepple.password)", e.getMessage());

        FreppleConnectorConfig token = new FreppleConnectorConfig(Map.of(ConfigKeys.PLANNING_FREPPLE_URL,
                "https://plan.example.com", ConfigKeys.PLANNING_FREPPLE_TOKEN, "abc.def.ghi",
                ConfigKeys.PLANNING_FREPPLE_USERNAME, "planner", ConfigKeys.PLANNING_FREPPLE_PASSWORD, "pw"));
        assertEquals("Bearer abc.def.ghi", token.authorization());
        assertTrue(token.usesToken());
        assertFalse(token.describe().contains("abc.def.ghi"), token.describe());

        FreppleConnectorConfig basic = new FreppleConnectorConfig(Map.of(ConfigKeys.PLANNING_FREPPLE_URL,
                "https://plan.example.com", ConfigKeys.PLANNING_FREPPLE_USERNAME, "planner",
                ConfigKeys.PLANNING_FREPPLE_PASSWORD, "s3cret"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("planner:s3cret".getBytes()), basic.authorization());
        assertEquals("frePPLe at https://plan.example.com as user 'planner' (from takt.planning.frepple.username)",
                basic.describe());
    }

    @Test
    void theSandboxCanBeSwitchedOff() {
        FreppleConnectorConfig config = new FreppleConnectorConfig(Map.of(ConfigKeys.SANDBOX_ENABLED, "false"));
        assertEquals("frePPLe is not configured: set takt.planning.frepple.url (the embedded sandbox is disabled by "
                + "takt.sandbox.enabled=false)", assertThrows(FreppleConfigurationException.class,
                config::baseUri).getMessage());
    }

    @Test
    void malformedValuesNameTheirKey() {
        assertEquals("takt.planning.adapter must be 'native' or 'frepple', got 'odoo'", assertThrows(
                FreppleConfigurationException.class, () -> new FreppleConnectorConfig(Map.of(
                        ConfigKeys.PLANNING_ADAPTER, "odoo"))).getMessage());
        assertTrue(assertThrows(FreppleConfigurationException.class, () -> new FreppleConnectorConfig(Map.of(
                ConfigKeys.PLANNING_FREPPLE_TIMEZONE, "Mars/Olympus"))).getMessage()
                .startsWith("takt.planning.frepple.timezone"));
        assertTrue(assertThrows(FreppleConfigurationException.class, () -> new FreppleConnectorConfig(Map.of(
                ConfigKeys.PLANNING_FREPPLE_URL, "ftp://plan.example.com"))).getMessage()
                .startsWith("takt.planning.frepple.url must be an http"));
        assertTrue(assertThrows(FreppleConfigurationException.class, () -> new FreppleConnectorConfig(Map.of(
                ConfigKeys.PLANNING_FREPPLE_REQUEST_TIMEOUT_MS, "soon"))).getMessage()
                .startsWith("takt.planning.frepple.request-timeout-ms"));
        FreppleConnectorConfig config = new FreppleConnectorConfig(Map.of(ConfigKeys.PLANNING_FREPPLE_TIMEZONE,
                "Europe/Brussels", ConfigKeys.PLANNING_FREPPLE_POLL_INTERVAL_MS, "PT0.5S"));
        assertEquals(ZoneId.of("Europe/Brussels"), config.timeZone());
        assertEquals(Duration.ofMillis(500), config.pollInterval());
    }
}
