package dev.takt.planning;

import dev.takt.domain.time.DateBucket;

/**
 * The planner's view of a work center in one bucket.
 *
 * @param workCenter     the work center's code or name
 * @param bucket         the bucket
 * @param availableHours hours the planner counts as available
 * @param loadHours      hours the planner has loaded
 */
public record PlannedCapacity(String workCenter, DateBucket bucket, double availableHours, double loadHours) {
}
