package dev.takt.partner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Signs webhook bodies: {@code Takt-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}, the
 * secret and the signed text taken as UTF-8. {@link #verify} is the check a partner makes (docs/subscriptions.md has
 * the same in a few languages): recompute, compare in constant time, refuse old timestamps.
 */
public final class WebhookSigner {

    /** The signature header. */
    public static final String SIGNATURE = "Takt-Signature";
    /** The header naming the event kind ({@code forecastPublished}, …). */
    public static final String EVENT = "Takt-Event";
    /** The header with the delivery's unique id, the same on every attempt (for de-duplication). */
    public static final String DELIVERY = "Takt-Delivery";

    private WebhookSigner() {
    }

    /** The {@code Takt-Signature} value for {@code body} sent at {@code at}. */
    public static String signature(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
    }

    /** Hex HMAC-SHA256 of {@code text} under {@code secret}. */
    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Whether {@code header} is a valid signature of {@code body} under {@code secret}, made no more than
     * {@code tolerance} away from {@code now}. Several {@code v1=} values (during a secret rotation) are accepted.
     */
    public static boolean verify(String secret, String header, String body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long t = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    t = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (t == null || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String candidate : signatures) {
            match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }
}
