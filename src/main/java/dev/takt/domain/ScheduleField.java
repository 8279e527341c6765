package dev.takt.domain;

/** The scheduling values a {@link ScheduleChange} can set. */
public enum ScheduleField {
    /** Planned start. */
    START,
    /** Planned finish. */
    FINISH,
    /** Work center (work orders only). */
    WORK_CENTER,
    /** Priority (manufacturing orders only). */
    PRIORITY
}
