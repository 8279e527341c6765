/**
 * Time on a planning horizon: half-open {@link dev.takt.domain.time.Interval intervals} of instants and
 * {@link dev.takt.domain.time.Buckets buckets} (days, weeks, months) cut at local midnight in an explicit time
 * zone.
 *
 * <p>Owns: the rules for bucket boundaries (local midnight, weeks from a chosen weekday, months from the 1st),
 * partial first and last buckets, bucket labels, and daylight-saving correctness (a day bucket lasts 23 or 25
 * hours on the days the clocks change).
 *
 * <p>Must not know: calendars, work centers, quantities, or any system's shapes. Nothing here reads the system
 * clock or a default time zone: every zone is passed in.
 */
package dev.takt.domain.time;
