package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One submission of planned orders or schedule proposals: a planner's run output, numbered 1, 2, 3… per kind in
 * submission order. The latest batch of a kind is the planner's current proposal; earlier ones stay queryable.
 * (Forecasts have their own life cycle: {@link ForecastVersion}.)
 *
 * @param kind              planned orders or schedule
 * @param number            its number within its kind, from 1
 * @param note              the submitter's note, or null
 * @param submittedAt       when it was submitted
 * @param acceptedLineCount lines stored with it
 * @param rejectedLineCount lines refused (kept with their reasons)
 */
public record PlanningBatch(PlanningBatchKind kind, int number, String note, Instant submittedAt,
        int acceptedLineCount, int rejectedLineCount) {

    public PlanningBatch {
        Objects.requireNonNull(kind, "kind");
        if (kind == PlanningBatchKind.FORECAST) {
            throw new IllegalArgumentException("forecasts are versions, not batches");
        }
        if (number < 1) {
            throw new IllegalArgumentException("batch numbers start at 1, got " + number);
        }
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (acceptedLineCount < 0 || rejectedLineCount < 0) {
            throw new IllegalArgumentException("line counts cannot be negative");
        }
    }
}
