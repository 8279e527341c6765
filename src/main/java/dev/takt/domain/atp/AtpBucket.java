package dev.takt.domain.atp;

import dev.takt.domain.time.Bucket;

/**
 * Available to promise in one bucket.
 *
 * @param bucket            the bucket
 * @param opening           the cumulative ATP before it (the first bucket opens with on hand − reserved)
 * @param supply            supply dated in it (the first bucket also holds past-due supply)
 * @param demand            committed demand dated in it (the first bucket also holds past-due demand)
 * @param uncommittedDemand demand not yet promised, dated in it: reported, not subtracted
 * @param pastDueSupply     the part of {@code supply} dated before the horizon (late): first bucket only
 * @param pastDueDemand     the part of {@code demand} dated before the horizon (late): first bucket only
 * @param cumulative        {@code opening + supply − demand}: the cumulative ATP at the bucket's end
 * @param promisable        the smallest cumulative ATP from this bucket to the horizon's end: what can still be
 *                          promised in this bucket without breaking a later commitment, at bucket granularity
 */
public record AtpBucket(Bucket bucket, double opening, double supply, double demand, double uncommittedDemand,
        double pastDueSupply, double pastDueDemand, double cumulative, double promisable) {

    /** Supply minus committed demand. */
    public double net() {
        return supply - demand;
    }

    /** True when the bucket holds past-due supply or demand. */
    public boolean late() {
        return pastDueSupply > 0 || pastDueDemand > 0;
    }
}
