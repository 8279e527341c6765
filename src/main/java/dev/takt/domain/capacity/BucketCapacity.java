package dev.takt.domain.capacity;

import dev.takt.domain.time.Bucket;

/**
 * The capacity of a work center in one bucket.
 *
 * @param bucket         the bucket
 * @param clockHours     working hours the calendar gives in the bucket, absences removed (wall-clock hours the work
 *                       center is available)
 * @param effectiveHours {@code clockHours} times the work center's time efficiency: the standard hours of work it
 *                       can do in that time
 */
public record BucketCapacity(Bucket bucket, double clockHours, double effectiveHours) {
}
