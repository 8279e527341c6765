package dev.takt.domain.time;

/** The length of a planning bucket, in local calendar terms. */
public enum BucketSize {
    /** From one local midnight to the next (23, 24 or 25 hours). */
    DAY,
    /** Seven local days from a chosen weekday (Monday unless told otherwise). */
    WEEK,
    /** From the 1st of a month at local midnight to the 1st of the next. */
    MONTH
}
