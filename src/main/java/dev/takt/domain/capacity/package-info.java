/**
 * Capacity and load of work centers: the working time a calendar gives a work center, per bucket, and the
 * scheduled and planned work that fills it.
 *
 * <p>Owns: the calendar rules ({@link dev.takt.domain.capacity.WorkingTime}: weekly attendances in the calendar's
 * time zone, two-week calendars, absences of the calendar or of the resource, time efficiency), the per-bucket
 * capacity figures ({@link dev.takt.domain.capacity.BucketCapacity}) and the spreading of work over buckets in
 * proportion to working time ({@link dev.takt.domain.capacity.WorkCenterLoad}).
 *
 * <p>Must not know: where calendars, leaves and work orders come from (Odoo's model and field names stay in the
 * connector, which maps {@code time_type} to {@link dev.takt.domain.CalendarLeave#absence()}), any planner's
 * shapes, the system clock or the default time zone. It reads the domain records and the
 * {@link dev.takt.domain.time} buckets, nothing else.
 */
package dev.takt.domain.capacity;
