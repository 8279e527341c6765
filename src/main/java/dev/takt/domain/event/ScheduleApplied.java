package dev.takt.domain.event;

import java.time.Instant;
import java.util.List;

/**
 * A schedule change reached Odoo (or was found already there).
 *
 * @param manufacturingOrder the manufacturing order's reference
 * @param workOrder          the work order's id when the change was for one, else null
 * @param outcome            APPLIED or UNCHANGED
 * @param changedFields      the fields written (empty when unchanged)
 */
public record ScheduleApplied(Instant at, String manufacturingOrder, Long workOrder, String outcome,
        List<String> changedFields, String item, String workCenter, String plant) implements TaktEvent {

    public ScheduleApplied {
        changedFields = List.copyOf(changedFields);
    }
}
