package dev.takt.api.rest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSecretTest {

    @Test
    void onlyTheConfiguredSecretMatches() {
        var secret = new WebhookSecret(Optional.of("s3cr3t-value"));
        assertTrue(secret.isConfigured());
        assertTrue(secret.matches("s3cr3t-value"));
        assertFalse(secret.matches("s3cr3t-valuE"));
        assertFalse(secret.matches("s3cr3t-value-and-more"));
        assertFalse(secret.matches("s3cr3t"));
        assertFalse(secret.matches(""));
        assertFalse(secret.matches(null));
    }

    @Test
    void withoutASecretNothingMatches() {
        var none = new WebhookSecret(Optional.empty());
        assertFalse(none.isConfigured());
        assertFalse(none.matches(""));
        assertFalse(none.matches("anything"));
        assertFalse(new WebhookSecret(Optional.of("  ")).isConfigured());
    }
}
