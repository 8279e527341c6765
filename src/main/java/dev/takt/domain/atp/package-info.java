/**
 * Available to promise for one item: stock, dated supply and dated demand netted per bucket, and the earliest
 * date a new quantity can be promised without breaking earlier commitments.
 *
 * <p>Owns: the netting rules (available stock = on hand − reserved; past-due supply and demand counted in the
 * first bucket and flagged; only committed demand consumes ATP; events after the horizon reported, not counted)
 * and the promise rule ({@link dev.takt.domain.atp.AvailableToPromise#promiseDate(double)}).
 *
 * <p>Every quantity in {@link dev.takt.domain.atp.AvailableToPromise} is in the item's one unit;
 * {@link dev.takt.domain.atp.AtpSources} turns Takt's stock and order records into its inputs, converting units
 * explicitly with {@link dev.takt.domain.uom.UnitConversion}.
 *
 * <p>Must not know: which system the records come from, or any system's field names. It does not read the system
 * clock: the horizon's start is "now" for past-due events.
 */
package dev.takt.domain.atp;
