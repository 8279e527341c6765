package dev.takt.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A planner's decision for one manufacturing order or work order, applied only if the record is still as the
 * planner saw it (optimistic concurrency on its last-modified time). Null values are left as they are. Instants
 * are kept to the second, as the system of record stores them.
 *
 * @param target            the record
 * @param expectedUpdatedAt the record's last-modified time when the planner read it
 * @param newStart          new planned start, or null to keep it
 * @param newFinish         new planned finish, or null to keep it
 * @param workCenterId      new work center (work orders only), or null to keep it
 * @param priority          new priority (manufacturing orders only), or null to keep it
 */
public record ScheduleChange(ScheduleTarget target, Instant expectedUpdatedAt, Instant newStart, Instant newFinish,
        Long workCenterId, Priority priority) {

    public ScheduleChange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(expectedUpdatedAt, "a schedule change needs the last-modified time the planner saw");
        if (newStart == null && newFinish == null && workCenterId == null && priority == null) {
            throw new IllegalArgumentException("a schedule change for " + target + " changes nothing");
        }
        if (workCenterId != null && target.kind() != ScheduleTarget.Kind.WORK_ORDER) {
            throw new IllegalArgumentException("only a work order has a work center (" + target + ")");
        }
        if (priority != null && target.kind() != ScheduleTarget.Kind.MANUFACTURING_ORDER) {
            throw new IllegalArgumentException("only a manufacturing order has a priority (" + target + ")");
        }
        ReleaseManufacturingOrder.optionalId(workCenterId, "workCenterId");
        expectedUpdatedAt = expectedUpdatedAt.truncatedTo(ChronoUnit.SECONDS);
        newStart = newStart == null ? null : newStart.truncatedTo(ChronoUnit.SECONDS);
        newFinish = newFinish == null ? null : newFinish.truncatedTo(ChronoUnit.SECONDS);
        if (newStart != null && newFinish != null && newFinish.isBefore(newStart)) {
            throw new IllegalArgumentException("the new finish " + newFinish + " of " + target
                    + " is before its new start " + newStart);
        }
    }

    /** The fields this change sets. */
    public Set<ScheduleField> fields() {
        Set<ScheduleField> fields = EnumSet.noneOf(ScheduleField.class);
        if (newStart != null) {
            fields.add(ScheduleField.START);
        }
        if (newFinish != null) {
            fields.add(ScheduleField.FINISH);
        }
        if (workCenterId != null) {
            fields.add(ScheduleField.WORK_CENTER);
        }
        if (priority != null) {
            fields.add(ScheduleField.PRIORITY);
        }
        return fields;
    }

    /** The values {@code current} would have after this change. */
    public ScheduledValues applyTo(ScheduledValues current) {
        return new ScheduledValues(newStart != null ? newStart : current.start(),
                newFinish != null ? newFinish : current.finish(),
                workCenterId != null ? workCenterId : current.workCenterId(),
                priority != null ? priority : current.priority());
    }

    /** The fields of this change whose value differs from {@code current}. */
    public Set<ScheduleField> differencesFrom(ScheduledValues current) {
        Set<ScheduleField> differ = EnumSet.noneOf(ScheduleField.class);
        if (newStart != null && !newStart.equals(current.start())) {
            differ.add(ScheduleField.START);
        }
        if (newFinish != null && !newFinish.equals(current.finish())) {
            differ.add(ScheduleField.FINISH);
        }
        if (workCenterId != null && !workCenterId.equals(current.workCenterId())) {
            differ.add(ScheduleField.WORK_CENTER);
        }
        if (priority != null && priority != current.priority()) {
            differ.add(ScheduleField.PRIORITY);
        }
        return differ;
    }
}
