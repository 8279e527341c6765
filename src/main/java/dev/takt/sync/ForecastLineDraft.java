package dev.takt.sync;

import dev.takt.domain.time.BucketSize;

import java.time.LocalDate;

/**
 * A forecast line as a partner submitted it: any part may be missing or wrong; {@link PlanningLineValidator} says
 * which.
 *
 * @param item        item code
 * @param location    warehouse code
 * @param bucketStart first day of the bucket
 * @param bucket      bucket size (null: a week)
 * @param quantity    demand
 * @param unit        unit of measure (null: the item's own unit)
 */
public record ForecastLineDraft(String item, String location, LocalDate bucketStart, BucketSize bucket,
        Double quantity, String unit) {
}
