package dev.takt.api.graphql;

import dev.takt.domain.atp.AtpBucket;
import org.eclipse.microprofile.graphql.Description;

import java.time.Instant;

/**
 * GraphQL view of one bucket of an item's available-to-promise.
 *
 * @param start             bucket start (inclusive)
 * @param end               bucket end (exclusive)
 * @param label             the bucket's local name
 * @param partial           true when the horizon cuts the bucket
 * @param opening           ATP at the start of the bucket
 * @param supply            supply arriving in the bucket (past-due supply counts in the first bucket)
 * @param demand            committed demand due in the bucket (past-due demand counts in the first bucket)
 * @param uncommittedDemand demand not yet committed (quotations), shown but not deducted
 * @param net               supply minus committed demand
 * @param cumulative        ATP at the end of the bucket
 * @param promisable        what can still be promised from this bucket on without breaking later commitments
 * @param late              true when past-due supply or demand was counted here
 */
@Description("Available-to-promise of an item in one time bucket, in the item's unit.")
public record AtpBucketView(Instant start, Instant end, String label, boolean partial, double opening,
        double supply, double demand, double uncommittedDemand, double net, double cumulative, double promisable,
        boolean late) {

    static AtpBucketView of(AtpBucket b) {
        return new AtpBucketView(b.bucket().start(), b.bucket().end(), b.bucket().label(), b.bucket().partial(),
                b.opening(), b.supply(), b.demand(), b.uncommittedDemand(),
                b.net(), b.cumulative(), b.promisable(), b.late());
    }
}
