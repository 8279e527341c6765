package dev.takt.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What became of a {@link ScheduleChange}.
 *
 * @param status      what happened
 * @param target      the record
 * @param updatedAt   the record's last-modified time now (after the write when {@link Status#APPLIED}); null when
 *                    {@link Status#MISSING}
 * @param current     its scheduling values now (after the write when applied); null when missing
 * @param differences the fields written ({@link Status#APPLIED}), that would be written
 *                    ({@link Status#WOULD_APPLY}), or that differ from the change ({@link Status#CONFLICT}); empty
 *                    otherwise
 */
public record ScheduleOutcome(Status status, ScheduleTarget target, Instant updatedAt, ScheduledValues current,
        Set<ScheduleField> differences) {

    /** How a schedule change ended. */
    public enum Status {
        /** The changed fields were written. */
        APPLIED,
        /** Dry run: these fields would be written; nothing was. */
        WOULD_APPLY,
        /** The record already has the values asked for: nothing to write. */
        UNCHANGED,
        /**
         * The record was modified since the planner read it (its last-modified time differs) and does not already
         * have the values asked for: nothing was written; re-plan from {@code current}.
         */
        CONFLICT,
        /** The record no longer exists. */
        MISSING
    }

    public ScheduleOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(target, "target");
        differences = differences == null || differences.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(differences));
    }
}
