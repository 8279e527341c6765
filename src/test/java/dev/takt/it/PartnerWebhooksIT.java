package dev.takt.it;

import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed partner webhooks on Liberty: registrations through GraphQL (secrets never shown again), deliveries to a
 * real HTTP endpoint on a local port whose signature the test verifies as a partner would (its own HMAC code),
 * filters, retries with the same delivery id, removal, and refused registrations.
 */
class PartnerWebhooksIT extends TaktIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "test-secret-0123456789-abcdefghijklmnop";
    private static final String REGISTER = "mutation($in: PartnerWebhookInput!) { registerPartnerWebhook(input: $in) "
            + "{ generatedSecret webhook { id partner url events item workCenter plant createdAt } } }";
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    @Test
    void aRegisteredPartnerReceivesSignedEventsThatPassItsFilter() throws Exception {
        try (WebhookReceiver partner = new WebhookReceiver()) {
            String id = register(partner.url("/hooks/takt"), List.of("INVENTORY_SHORTAGE"), "WH", SECRET);
            try {
                SubscriptionsIT.fire("inventoryShortage", shortage("ITEM_E", "EAST"));
                SubscriptionsIT.fire("inventoryShortage", shortage("ITEM_W", "WH"));

                WebhookReceiver.Received hook = partner.next(WAIT);
                assertEquals("/hooks/takt", hook.path());
                assertEquals("inventoryShortage", hook.header("Takt-Event"));
                assertTrue(hook.header("Content-Type").startsWith("application/json"), hook.headers()::toString);
                assertValidSignature(SECRET, hook);
                JsonObject body = json(hook.body());
                assertEquals(hook.header("Takt-Delivery"), body.getString("id"));
                assertEquals("inventoryShortage", body.getString("event"));
                assertEquals(id, body.getString("webhook"));
                assertEquals("ITEM_W", body.getJsonObject("data").getString("item"),
                        "EAST was filtered out, so WH comes first");
                assertEquals(7, body.getJsonObject("data").getInt("shortBy"));
            } finally {
                remove(id);
            }
        }
    }

    @Test
    void aGeneratedSecretIsShownOnceAndSignsTheDeliveriesOfARealPublication() throws Exception {
        try (WebhookReceiver partner = new WebhookReceiver()) {
            JsonPath registered = graphql(REGISTER, Map.of("in", input(partner.url("/f"),
                    List.of("FORECAST_PUBLISHED"), null, null)));
            assertNull(registered.get("errors"), registered::prettify);
            String secret = registered.getString("data.registerPartnerWebhook.generatedSecret");
            String id = registered.getString("data.registerPartnerWebhook.webhook.id");
            try {
                assertTrue(secret.startsWith("whsec_") && secret.length() == 49, secret);
                JsonPath listed = graphql("{ partnerWebhooks { id partner url events } }");
                assertTrue(listed.getList("data.partnerWebhooks.id").contains(id), listed::prettify);
                JsonPath asked = graphql("{ partnerWebhooks { id secret } }");
                assertNotNull(asked.get("errors"), "there is no secret field to ask for");
                assertFalse(asked.prettify().contains(secret));

                int version = publishAForecast();

                WebhookReceiver.Received hook = partner.next(WAIT);
                assertEquals("forecastPublished", hook.header("Takt-Event"));
                assertValidSignature(secret, hook);
                assertEquals(version, json(hook.body()).getJsonObject("data").getInt("version"));
            } finally {
                remove(id);
            }
        }
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameDeliveryIdAndAFreshSignature() throws Exception {
        try (WebhookReceiver partner = new WebhookReceiver()) {
            partner.answers.add(503);
            String id = register(partner.url("/retry"), List.of("COMMAND_DEAD_LETTERED"), null, SECRET);
            try {
                SubscriptionsIT.fire("commandDeadLettered", Map.of("commandId", 77, "target", "ODOO", "aggregate",
                        "WH/MO/00077", "operation", "applySchedule", "error", "ValidationError"));

                WebhookReceiver.Received first = partner.next(WAIT);
                WebhookReceiver.Received second = partner.next(WAIT);
                assertEquals(first.header("Takt-Delivery"), second.header("Takt-Delivery"));
                assertEquals(first.body(), second.body());
                assertValidSignature(SECRET, first);
                assertValidSignature(SECRET, second);
            } finally {
                remove(id);
            }
        }
    }

    @Test
    void aRemovedRegistrationReceivesNothingMore() throws Exception {
        try (WebhookReceiver partner = new WebhookReceiver()) {
            String removed = register(partner.url("/removed"), List.of("SCHEDULE_APPLIED"), null, SECRET);
            String marker = register(partner.url("/marker"), List.of("PLANNING_EXCEPTION_RAISED"), null, SECRET);
            try {
                JsonPath removal = graphql("mutation($id: String!) { removePartnerWebhook(id: $id) }",
                        Map.of("id", removed));
                assertEquals(Boolean.TRUE, removal.get("data.removePartnerWebhook"), removal::prettify);
                assertFalse(graphql("{ partnerWebhooks { id } }").getList("data.partnerWebhooks.id").contains(removed));

                SubscriptionsIT.fire("scheduleApplied", Map.of("manufacturingOrder", "WH/MO/00001", "outcome",
                        "APPLIED"));
                SubscriptionsIT.fire("planningExceptionRaised", Map.of("id", 5, "kind", "CONFLICT", "severity",
                        "HIGH", "ownerRole", "scheduler", "message", "changed in Odoo"));

                List<WebhookReceiver.Received> seen = new ArrayList<>();
                WebhookReceiver.Received hook = partner.next(WAIT);
                seen.add(hook);
                seen.addAll(partner.drain());
                assertEquals(List.of("/marker"), seen.stream().map(WebhookReceiver.Received::path).toList());

                JsonPath again = graphql("mutation($id: String!) { removePartnerWebhook(id: $id) }",
                        Map.of("id", removed));
                assertEquals("NOT_FOUND", again.getString("errors[0].extensions.code"), again::prettify);
            } finally {
                remove(marker);
            }
        }
    }

    @Test
    void badRegistrationsAreRefusedFieldByField() {
        JsonPath ftp = graphql(REGISTER, Map.of("in", input("ftp://partner.example.com/hook",
                List.of("FORECAST_PUBLISHED"), null, null)));
        assertEquals("BAD_ARGUMENT", ftp.getString("errors[0].extensions.code"), ftp::prettify);
        assertEquals("input.url", ftp.getString("errors[0].extensions.argument"));

        JsonPath shortSecret = graphql(REGISTER, Map.of("in", input("https://partner.example.com/hook",
                List.of("FORECAST_PUBLISHED"), null, "too-short")));
        assertEquals("input.secret", shortSecret.getString("errors[0].extensions.argument"), shortSecret::prettify);
        assertTrue(shortSecret.getString("errors[0].message").contains("32 to 200 characters"));

        JsonPath noKinds = graphql(REGISTER, Map.of("in", input("https://partner.example.com/hook", List.of(), null,
                null)));
        assertEquals("input.events", noKinds.getString("errors[0].extensions.argument"), noKinds::prettify);

        JsonPath unknownKind = graphql(REGISTER, Map.of("in", input("https://partner.example.com/hook",
                List.of("STOCK_MOVED"), null, null)));
        assertNotNull(unknownKind.get("errors"), unknownKind::prettify);
        assertFalse(unknownKind.prettify().contains("Exception"), unknownKind::prettify);
    }

    // ---- a partner's verification, written independently of Takt's signer -----------------------------------------

    private static void assertValidSignature(String secret, WebhookReceiver.Received hook) throws Exception {
        String header = hook.header("Takt-Signature");
        assertNotNull(header, "Takt-Signature header");
        Matcher m = SIGNATURE.matcher(header);
        assertTrue(m.matches(), header);
        long t = Long.parseLong(m.group(1));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - t) <= 300, "timestamp within 5 minutes: " + t);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + hook.body())
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, m.group(2), "HMAC-SHA256(secret, t + '.' + body)");
        Mac wrong = Mac.getInstance("HmacSHA256");
        wrong.init(new SecretKeySpec("another-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertNotEquals(HexFormat.of().formatHex(wrong.doFinal((t + "." + hook.body())
                .getBytes(StandardCharsets.UTF_8))), m.group(2));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Map<String, Object> input(String url, List<String> events, String plant, String secret) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("partner", "Acme Planning");
        in.put("url", url);
        in.put("events", events);
        if (plant != null) {
            in.put("plant", plant);
        }
        if (secret != null) {
            in.put("secret", secret);
        }
        return in;
    }

    private static String register(String url, List<String> events, String plant, String secret) {
        JsonPath registered = graphql(REGISTER, Map.of("in", input(url, events, plant, secret)));
        assertNull(registered.get("errors"), registered::prettify);
        assertNull(registered.get("data.registerPartnerWebhook.generatedSecret"), "the partner's own secret is "
                + "not echoed");
        return registered.getString("data.registerPartnerWebhook.webhook.id");
    }

    private static void remove(String id) {
        graphql("mutation($id: String!) { removePartnerWebhook(id: $id) }", Map.of("id", id));
    }

    private static Map<String, Object> shortage(String item, String plant) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("item", item);
        event.put("plant", plant);
        event.put("shortBy", 7);
        event.put("unit", "Units");
        return event;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private int publishAForecast() {
        int version = SubscriptionsIT.submitAForecast();
        JsonPath published = graphql("mutation($v: Int!) { publishForecast(version: $v) { version { version } } }",
                Map.of("v", version));
        assertNull(published.get("errors"), published::prettify);
        return version;
    }
}
