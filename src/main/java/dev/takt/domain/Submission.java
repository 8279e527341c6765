package dev.takt.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of submitting planning lines: what was stored under which version or batch, the lines accepted,
 * and the lines rejected with a reason each. Valid lines are stored even when others are rejected.
 *
 * @param stored   the version or batch created
 * @param accepted the lines stored, in submission order
 * @param rejected the lines refused, in submission order
 * @param <H>      {@link ForecastVersion} or {@link PlanningBatch}
 * @param <L>      the line type
 */
public record Submission<H, L>(H stored, List<L> accepted, List<RejectedLine> rejected) {

    public Submission {
        Objects.requireNonNull(stored, "stored");
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
