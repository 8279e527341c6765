package dev.takt.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Takt's identity for one command sent to a system of record: the same key twice means the same command, so it
 * must take effect once. It travels with the command to the target, which is where duplicates are caught (a record
 * created for a key carries the key and is found again before anything is created a second time).
 *
 * <p>Checks itself: 1 to {@value #MAX_LENGTH} characters, a letter or digit first, then letters, digits and
 * {@code . _ : -} only. No spaces, commas, {@code %} or backslashes, so the key stays one token wherever it is
 * written (e.g. in an Odoo {@code origin} next to a human note) and is never read as a wildcard.
 *
 * @param value the key, e.g. {@code plan-v12-line-37} or a UUID
 */
public record IdempotencyKey(String value) {

    /** Longest key accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    public IdempotencyKey {
        Objects.requireNonNull(value, "an idempotency key is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an idempotency key must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an idempotency key has at most " + MAX_LENGTH + " characters, got "
                    + value.length());
        }
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("an idempotency key starts with a letter or digit and holds only "
                    + "letters, digits and . _ : - (got '" + value + "')");
        }
    }

    /** The key for {@code value}, checked. */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
