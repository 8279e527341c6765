package dev.takt.domain.capacity;

import dev.takt.domain.time.Bucket;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Load against capacity of one work center in one bucket. All hours are clock hours on the work center, so load
 * and capacity compare like with like; in standard hours both would be multiplied by the same efficiency and the
 * utilisation would not change.
 *
 * @param bucket                 the bucket
 * @param scheduledHours         load of work scheduled in Odoo
 * @param plannedHours           load of work planned by a planner
 * @param capacityHours          working (clock) hours available
 * @param effectiveCapacityHours {@code capacityHours} times the time efficiency (standard hours)
 * @param withoutWorkingTime     references of work put here although its interval holds no working time
 */
public record BucketLoad(Bucket bucket, double scheduledHours, double plannedHours, double capacityHours,
        double effectiveCapacityHours, List<String> withoutWorkingTime) {

    private static final double TOLERANCE = 1e-9;

    public BucketLoad {
        withoutWorkingTime = List.copyOf(withoutWorkingTime);
    }

    /** Scheduled plus planned hours. */
    public double loadHours() {
        return scheduledHours + plannedHours;
    }

    /** Load divided by capacity (1.0 = full); empty when the bucket has no capacity. */
    public OptionalDouble utilisation() {
        return capacityHours > 0 ? OptionalDouble.of(loadHours() / capacityHours) : OptionalDouble.empty();
    }

    /** True when the load exceeds the capacity (any load in a bucket without capacity does). */
    public boolean overloaded() {
        return loadHours() > capacityHours + TOLERANCE;
    }
}
