package dev.takt.odoo;

import java.time.Instant;
import java.util.Objects;

/**
 * One changed record read from Odoo's change feed.
 *
 * @param record    the record, with the fields asked for (others null)
 * @param updatedAt its {@code write_date} (to the second, UTC): with the id, the identity of this change
 * @param late      true when it was found in the overlap window behind the cursor: its transaction started before
 *                  records already delivered but committed after they were read
 * @param <T>       the record type
 */
public record OdooChange<T extends Record>(T record, Instant updatedAt, boolean late) {

    public OdooChange {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
