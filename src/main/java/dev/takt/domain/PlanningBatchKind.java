package dev.takt.domain;

/** What a submission of planning data carried. */
public enum PlanningBatchKind {
    /** Forecast lines (a {@link ForecastVersion}). */
    FORECAST,
    /** Planned orders. */
    PLANNED_ORDERS,
    /** Schedule proposals. */
    SCHEDULE
}
