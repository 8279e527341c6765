package dev.takt.api.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The shared secret Odoo's webhooks must carry. Compared in constant time: both sides are hashed with SHA-256 first,
 * so neither the content nor the length of the expected secret leaks through the time a comparison takes.
 */
final class WebhookSecret {

    private final byte[] expected;

    /** @param secret the configured secret; empty or blank: no call is ever accepted */
    WebhookSecret(Optional<String> secret) {
        this.expected = secret.map(String::strip).filter(s -> !s.isEmpty()).map(WebhookSecret::hash).orElse(null);
    }

    /** True when a secret is configured. */
    boolean isConfigured() {
        return expected != null;
    }

    /** True when {@code given} is the configured secret. */
    boolean matches(String given) {
        if (expected == null || given == null || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected, hash(given.strip()));
    }

    private static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
