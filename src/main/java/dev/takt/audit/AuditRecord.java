package dev.takt.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry to append to the audit history.
 *
 * @param actor         who acted: the authenticated principal, {@code anonymous}, or a partner
 * @param operation     what was done, e.g. {@code planning.submitForecast} or {@code odoo.releaseManufacturingOrder}
 * @param correlationId ties a request to everything it caused (its outbox commands and their deliveries)
 * @param targetSystem  ODOO, PLANNER, PARTNER or TAKT; null when none
 * @param targetRecord  the record concerned, e.g. {@code mrp.production/42} or {@code forecast/7}; null when none
 * @param commandId     the outbox command concerned, or null
 * @param payloadHash   SHA-256 (hex) of the payload, or null
 * @param outcome       what came of it
 * @param detail        a short description (counts, the target's answer), or null
 * @param error         why it failed, in plain words, or null
 */
public record AuditRecord(String actor, String operation, String correlationId, String targetSystem,
        String targetRecord, Long commandId, String payloadHash, AuditOutcome outcome, String detail, String error) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The SHA-256 of a payload's UTF-8 bytes, as 64 lowercase hex digits; null for null. */
    public static String sha256(String payload) {
        if (payload == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
