/**
 * The workflows between Odoo and the planners. So far: the intake of planning data that partners push
 * ({@link dev.takt.sync.PlanningIntake}): each line validated on its own against Odoo (item, warehouse, unit of
 * measure, manufacturing and work orders, work centers — a bounded number of reads per submission) and the
 * planning horizon, then the valid lines stored through the {@link dev.takt.planning.PlanningGateway}; and the
 * governed workflows into Odoo ({@link dev.takt.sync.PlannedOrderReleaseWorkflow},
 * {@link dev.takt.sync.ScheduleApplicationWorkflow}, {@link dev.takt.sync.ForecastPublicationWorkflow}), which queue
 * commands only through {@link dev.takt.sync.CommandQueue} and report planning exceptions through
 * {@link dev.takt.sync.PlanningExceptionSink} (docs/workflows.md).
 *
 * <p>Owns: the rules a submitted line must meet and the reasons given when it does not. Must not know: Odoo's or
 * a planner's shapes (it uses the two ports), GraphQL, JPA.
 */
package dev.takt.sync;
