package dev.takt.domain;

import java.util.Objects;

/**
 * What a schedule change applies to: a manufacturing order or one of its work orders.
 *
 * @param kind which of the two
 * @param id   its identifier
 */
public record ScheduleTarget(Kind kind, long id) {

    /** The kinds of schedulable records. */
    public enum Kind {
        /** A manufacturing order: start, finish, priority. */
        MANUFACTURING_ORDER,
        /** A work order: start, finish, work center. */
        WORK_ORDER
    }

    public ScheduleTarget {
        Objects.requireNonNull(kind, "kind");
        ReleaseManufacturingOrder.positiveId(id, "id");
    }

    public static ScheduleTarget manufacturingOrder(long id) {
        return new ScheduleTarget(Kind.MANUFACTURING_ORDER, id);
    }

    public static ScheduleTarget workOrder(long id) {
        return new ScheduleTarget(Kind.WORK_ORDER, id);
    }

    @Override
    public String toString() {
        return (kind == Kind.MANUFACTURING_ORDER ? "manufacturing order " : "work order ") + id;
    }
}
