package dev.takt.odoo;

import java.util.List;
import java.util.Objects;

/**
 * One page of Odoo's change feed.
 *
 * @param changes the changed records: late ones first, then by {@code write_date} and id
 * @param next    the cursor to store once the page is processed, and to give for the next page
 * @param hasMore true when more changes were already waiting (read the next page at once); false when the feed
 *                was read to its end (poll again later)
 * @param <T>     the record type
 */
public record OdooChanges<T extends Record>(List<OdooChange<T>> changes, OdooChangeCursor next, boolean hasMore) {

    public OdooChanges {
        changes = List.copyOf(changes);
        Objects.requireNonNull(next, "next");
    }
}
