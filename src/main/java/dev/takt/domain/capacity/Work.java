package dev.takt.domain.capacity;

import dev.takt.domain.WorkOrder;

import java.time.Instant;
import java.util.Objects;

/**
 * A piece of work that occupies one work center between two instants.
 *
 * @param source    scheduled in Odoo or planned by a planner
 * @param reference what it is, for people (work order name, planner reference)
 * @param start     planned start
 * @param finish    planned finish, not before {@code start}
 * @param hours     how long it takes, 0 or more
 * @param basis     whether {@code hours} are clock or standard hours
 */
public record Work(WorkSource source, String reference, Instant start, Instant finish, double hours,
        HoursBasis basis) {

    public Work {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(basis, "basis");
        if (start == null || finish == null) {
            throw new IllegalArgumentException(reference + " has no planned start or finish");
        }
        if (finish.isBefore(start)) {
            throw new IllegalArgumentException(reference + " finishes (" + finish + ") before it starts (" + start
                    + ")");
        }
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException(reference + " has a duration of " + hours + " h; it must be 0 or more");
        }
    }

    /**
     * A scheduled work order: its planned dates and expected minutes, which Odoo computes as clock time on the
     * work center.
     *
     * @throws IllegalArgumentException when the work order is not planned (no dates) or has no expected duration
     */
    public static Work scheduled(WorkOrder workOrder) {
        String reference = workOrder.name() == null ? "work order " + workOrder.id()
                : workOrder.name() + " (work order " + workOrder.id() + ")";
        if (workOrder.expectedMinutes() == null) {
            throw new IllegalArgumentException(reference + " has no expected duration");
        }
        return scheduled(reference, workOrder.scheduledStart(), workOrder.scheduledFinish(),
                workOrder.expectedMinutes());
    }

    /** Scheduled work of {@code expectedMinutes} clock minutes. */
    public static Work scheduled(String reference, Instant start, Instant finish, double expectedMinutes) {
        return new Work(WorkSource.SCHEDULED, reference, start, finish, expectedMinutes / 60.0, HoursBasis.CLOCK);
    }

    /** Planned work from a planner. */
    public static Work planned(String reference, Instant start, Instant finish, double hours, HoursBasis basis) {
        return new Work(WorkSource.PLANNED, reference, start, finish, hours, basis);
    }
}
