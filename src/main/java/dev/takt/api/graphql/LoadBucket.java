package dev.takt.api.graphql;

import dev.takt.domain.capacity.BucketLoad;
import org.eclipse.microprofile.graphql.Description;

import java.time.Instant;
import java.util.List;

/**
 * GraphQL view of one bucket of a work center's load.
 *
 * @param start                  bucket start (inclusive)
 * @param end                    bucket end (exclusive)
 * @param label                  the bucket's local name, e.g. {@code 2026-W13}
 * @param partial                true when the horizon cuts the bucket
 * @param scheduledHours         hours of work orders Odoo has scheduled in the bucket
 * @param plannedHours           hours the planner has planned in the bucket
 * @param loadHours              scheduled plus planned hours
 * @param capacityHours          working (clock) hours of the calendar in the bucket, absences removed
 * @param effectiveCapacityHours capacity times the work center's time efficiency
 * @param utilisation            load divided by capacity (1.0 = full), or null without capacity
 * @param overloaded             true when the load exceeds the capacity
 * @param withoutWorkingTime     work put in this bucket although its interval holds no working time
 */
@Description("Load against capacity of a work center in one time bucket; hours are clock hours on the work center.")
public record LoadBucket(Instant start, Instant end, String label, boolean partial, double scheduledHours,
        double plannedHours, double loadHours, double capacityHours, double effectiveCapacityHours,
        Double utilisation, boolean overloaded, List<String> withoutWorkingTime) {

    static LoadBucket of(BucketLoad load) {
        return new LoadBucket(load.bucket().start(), load.bucket().end(), load.bucket().label(),
                load.bucket().partial(), load.scheduledHours(), load.plannedHours(), load.loadHours(),
                load.capacityHours(), load.effectiveCapacityHours(),
                load.utilisation().isPresent() ? load.utilisation().getAsDouble() : null, load.overloaded(),
                load.withoutWorkingTime());
    }
}
