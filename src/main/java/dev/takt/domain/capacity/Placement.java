package dev.takt.domain.capacity;

import dev.takt.domain.time.Bucket;

import java.util.List;

/**
 * How one piece of work was spread over the buckets.
 *
 * @param work                the work
 * @param clockHours          its duration in clock hours on the work center
 * @param shares              its clock hours in each bucket it touches, in bucket order (buckets with none left out)
 * @param hoursOutsideHorizon clock hours that fall before or after the buckets
 * @param withoutWorkingTime  true when its interval holds no working time (outside attendances, or a zero-length
 *                            interval): then all of it is put in the bucket of its start
 */
public record Placement(Work work, double clockHours, List<Share> shares, double hoursOutsideHorizon,
        boolean withoutWorkingTime) {

    public Placement {
        shares = List.copyOf(shares);
    }

    /**
     * Part of a work's hours in one bucket.
     *
     * @param bucket the bucket
     * @param hours  clock hours
     */
    public record Share(Bucket bucket, double hours) {
    }
}
