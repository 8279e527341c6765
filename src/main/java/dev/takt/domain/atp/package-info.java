/**
 * Available to promise for one item: stock, dated supply and dated demand netted per bucket, and the earliest
 * date a new quantity can be promised without breaking earlier commitments.
 *
 * <p>Owns: the netting rules (available stock = on hand − reserved; past-due supply and demand counted in the
 * first bucket and flagged; only committed demand consumes ATP; events after the horizon reported, not counted)
 * and the promise rule ({@link dev.takt.domain.atp.AvailableToPromise#promiseDate(double)}).
 *
 * <p>Must not know: where stock, orders or planned orders come from, or their units: every quantity given here is
 * already in the item's one unit (convert with {@link dev.takt.domain.uom.UnitConversion} first). It does not
 * read the system clock: the horizon's start is "now" for past-due events.
 */
package dev.takt.domain.atp;
