package dev.takt.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Release a planned production order to the system of execution: create a manufacturing order (once per key) and
 * optionally confirm it. Instants are kept to the second, as the system of record stores them.
 *
 * @param idempotencyKey  the command's identity: a second release with the same key creates nothing
 * @param itemId          the item to produce
 * @param bomId           the bill of materials to use; null lets the system of record choose the item's default
 * @param quantity        quantity to produce, positive
 * @param uomId           unit of {@code quantity}; null for the item's own unit
 * @param start           planned start
 * @param deadline        date the output is needed by, if any
 * @param pickingTypeId   the manufacturing operation type to use, if not the default one
 * @param warehouseId     the warehouse whose manufacturing operation type to use (instead of {@code pickingTypeId})
 * @param confirm         confirm the order after creating it (done only if it is not confirmed yet)
 * @param originNote      a note for people, written after Takt's reference in the order's source document; may
 *                        be null
 */
public record ReleaseManufacturingOrder(IdempotencyKey idempotencyKey, long itemId, Long bomId, double quantity,
        Long uomId, Instant start, Instant deadline, Long pickingTypeId, Long warehouseId, boolean confirm,
        String originNote) {

    /** Longest origin note kept. */
    public static final int MAX_NOTE_LENGTH = 200;

    public ReleaseManufacturingOrder {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(start, "a manufacturing order needs a planned start");
        positiveId(itemId, "itemId");
        optionalId(bomId, "bomId");
        optionalId(uomId, "uomId");
        optionalId(pickingTypeId, "pickingTypeId");
        optionalId(warehouseId, "warehouseId");
        if (!(quantity > 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("the quantity to produce must be positive, got " + quantity);
        }
        if (pickingTypeId != null && warehouseId != null) {
            throw new IllegalArgumentException("give an operation type or a warehouse, not both");
        }
        start = start.truncatedTo(ChronoUnit.SECONDS);
        deadline = deadline == null ? null : deadline.truncatedTo(ChronoUnit.SECONDS);
        originNote = note(originNote);
    }

    static void positiveId(long id, String name) {
        if (id <= 0) {
            throw new IllegalArgumentException(name + " must be a positive identifier, got " + id);
        }
    }

    static void optionalId(Long id, String name) {
        if (id != null) {
            positiveId(id, name);
        }
    }

    /** One line, single spaces, at most {@value #MAX_NOTE_LENGTH} characters; null when empty. */
    static String note(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return null;
        }
        return flat.length() <= MAX_NOTE_LENGTH ? flat : flat.substring(0, MAX_NOTE_LENGTH);
    }
}
