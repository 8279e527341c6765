package dev.takt.odoo;

import dev.takt.domain.Entity;

import java.util.Collection;
import java.util.Set;

/**
 * The port through which Takt follows what changes in Odoo, in Takt's own language: the records of an entity
 * changed since a {@link OdooChangeCursor}, and which known records were deleted. Meant for manufacturing orders,
 * work orders, stock positions, purchase order lines (receipts: {@code quantityReceived}) and sales order lines;
 * any mapped entity works. Odoo's webhooks are only a hint that something changed (they are sent before Odoo
 * commits, once, with a one-second timeout); this feed reads what was committed, and polling it alone loses
 * nothing.
 *
 * <h2>The rule</h2>
 * A page continues after the cursor's high-water mark {@code (t, i)} in the order ({@code write_date} second, id):
 * the records with {@code write_date > t}, or {@code write_date = t} and {@code id > i}, in ascending
 * {@code write_date} then id, at most {@code limit} of them; the new high-water mark is the last record delivered.
 * Each record comes with the requested fields and its {@code write_date}.
 *
 * <p><b>Why the id tiebreak loses nothing, however many records share a {@code write_date}.</b> The order
 * ({@code write_date}, id) is total: no two records have the same pair. A page is a prefix of what follows the
 * mark in that order, and the next page starts strictly after the last pair delivered, so no record is skipped and
 * none is delivered twice, whether one or a hundred thousand records share a second. A cursor on
 * {@code write_date} alone would have to choose between skipping the rest of a second that does not fit in a page
 * ({@code >}) and reading it again for ever ({@code >=}). A record changed while pages are read gets a later
 * {@code write_date} and is delivered again, with it, at its new place.
 *
 * <p><b>How it is asked of Odoo.</b> Odoo stores {@code write_date} to the microsecond but shows it, and compares
 * it in domains, against text to the second, so {@code write_date = '…:06'} matches nothing stored at 06.5 and
 * {@code write_date > '…:06'} matches it again and again: a literal keyset query would loop for ever on a bulk
 * change whose records all carry one transaction's time. So "{@code write_date = t}" is asked as the second
 * {@code t <= write_date < t + 1s}, read in id order; what follows that second is read in
 * ({@code write_date}, id) order, and a page ends only after a whole second, or inside one second read in id order
 * (when a single second fills a page). That keeps every page a prefix of the ({@code write_date} second, id) order
 * on a real Odoo as on one storing whole seconds. At most three {@code search_read}s a page, usually one or two.
 *
 * <p><b>Clock-skew caveat: Odoo's {@code write_date} is the start of the writing transaction</b> (PostgreSQL's
 * {@code now()}), not its commit. A transaction that started at 10:00:00 and commits at 10:00:03 shows its
 * records at 10:00:00 only from 10:00:03 on; a reader that meanwhile read records of 10:00:02 has its mark past
 * them. So every call also re-reads an overlap window behind the mark ({@code takt.odoo.cursor-overlap-ms},
 * default 2 s, rounded up to whole seconds): the ids and {@code write_date}s of the records from
 * {@code t - overlap} to the mark, and delivers those not delivered before with that {@code write_date}
 * ({@link OdooChange#late()}); the cursor remembers the {@code (id, write_date)} pairs it delivered in that window
 * to tell them apart. A transaction longer than the overlap (start to commit) can still be missed by the feed;
 * set the overlap above the longest writing transaction on the Odoo (its {@code limit_time_real} bounds them), or
 * count on reconciliation.
 *
 * <p>Known limits: two commits that change the same record within the same second show the same
 * {@code (id, write_date)}; when the second one commits after the first was read, the feed sees it only at the
 * record's next change (reconciliation repairs it). Records are read with {@code active_test=false}: archiving is
 * a change like any other. A record that leaves the entity (a quant moved out of an internal location) is no
 * longer in the feed; a deleted record never shows up in it: ask {@link #missingIds}.
 */
public interface OdooChangeFeed {

    /**
     * The records of {@code entity} changed after {@code cursor}.
     *
     * @param fields the entity fields to read (the id and {@code write_date} always come)
     * @param limit  at most this many records after the cursor (positive); late records found in the overlap
     *               window come in addition
     * @throws IllegalArgumentException when a field is not the entity's or the limit is not positive
     */
    <T extends Record> OdooChanges<T> changesSince(Entity<T> entity, Set<String> fields, OdooChangeCursor cursor,
            int limit);

    /**
     * Which of these ids no longer exist in Odoo: deleted records. Archived records still exist
     * ({@code active_test=false}); records outside the entity's usual scope (a quant in a virtual location) too.
     * One {@code search} per {@code takt.odoo.batch-size} ids.
     */
    Set<Long> missingIds(Entity<?> entity, Collection<Long> ids);

    /**
     * The Odoo model an entity is read from (e.g. {@code mrp.production} for manufacturing orders): for matching
     * the {@code _model} of Odoo's webhooks and for naming orders in planning exceptions.
     */
    String odooModel(Entity<?> entity);
}
