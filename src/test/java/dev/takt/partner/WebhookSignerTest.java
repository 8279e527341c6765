package dev.takt.partner;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature scheme, against a vector computed independently with openssl (the one in docs/subscriptions.md). */
class WebhookSignerTest {

    static final String SECRET = "whsec_example_secret_for_the_docs_000000000";
    static final String BODY = "{\"id\":\"0b7c5d0e-1f7a-4a51-9d55-2f1a4c9e8e01\",\"event\":\"forecastPublished\","
            + "\"webhook\":\"5f0c2a9e-3b1d-4c8e-9a4f-7d2e6b1c0a93\",\"data\":{\"at\":\"2026-01-01T00:00:00Z\","
            + "\"version\":12,\"lines\":480,\"superseded\":11}}";
    static final Instant T = Instant.ofEpochSecond(1767225600);
    // printf '%s' "1767225600.$BODY" | openssl dgst -sha256 -hmac "$SECRET"
    static final String EXPECTED = "t=1767225600,v1=b1e96ca2461672d1389d29dd83d63370d3c587dcdc4be4fcd6894c968cb3e2b9";

    @Test
    void signsTimestampDotBodyWithHmacSha256InHex() {
        assertEquals(EXPECTED, WebhookSigner.signature(SECRET, T, BODY));
    }

    @Test
    void verificationAcceptsTheSignatureWithinTheToleranceOnly() {
        Duration fiveMinutes = Duration.ofMinutes(5);
        assertTrue(WebhookSigner.verify(SECRET, EXPECTED, BODY, T.plusSeconds(299), fiveMinutes));
        assertFalse(WebhookSigner.verify(SECRET, EXPECTED, BODY, T.plusSeconds(301), fiveMinutes), "too old");
        assertFalse(WebhookSigner.verify(SECRET, EXPECTED, BODY + " ", T, fiveMinutes), "body changed");
        assertFalse(WebhookSigner.verify("another", EXPECTED, BODY, T, fiveMinutes), "other secret");
        assertFalse(WebhookSigner.verify(SECRET, EXPECTED.replace("t=1767225600", "t=1767225601"), BODY,
                T, fiveMinutes), "timestamp changed");
        assertFalse(WebhookSigner.verify(SECRET, null, BODY, T, fiveMinutes));
        assertFalse(WebhookSigner.verify(SECRET, "t=abc,v1=00", BODY, T, fiveMinutes));
        assertTrue(WebhookSigner.verify(SECRET, "t=1767225600,v1=00ff," + EXPECTED.substring(13), BODY, T,
                fiveMinutes), "one of several v1 values (rotation)");
    }

    @Test
    void resultsAreClassifiedByStatus() {
        assertEquals(WebhookResult.Outcome.DELIVERED, WebhookResult.classify(200));
        assertEquals(WebhookResult.Outcome.DELIVERED, WebhookResult.classify(204));
        for (int retriable : new int[] {408, 429, 500, 502, 503, 504}) {
            assertEquals(WebhookResult.Outcome.RETRY, WebhookResult.classify(retriable), "HTTP " + retriable);
        }
        for (int permanent : new int[] {301, 400, 401, 403, 404, 410, 413, 422}) {
            assertEquals(WebhookResult.Outcome.REJECTED, WebhookResult.classify(permanent), "HTTP " + permanent);
        }
    }
}
