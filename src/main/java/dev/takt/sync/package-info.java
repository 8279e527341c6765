/**
 * The workflows between Odoo and the planners:
 * <ul>
 * <li>the intake of planning data that partners push ({@link dev.takt.sync.PlanningIntake}): each line validated on
 * its own against Odoo and the planning horizon, then the valid lines stored through the
 * {@link dev.takt.planning.PlanningGateway};</li>
 * <li>execution feedback, Odoo → planner ({@link dev.takt.sync.FeedbackRelay}, {@link dev.takt.sync.FeedbackPages},
 * {@link dev.takt.sync.FeedbackTimer}): a stored change cursor per model, pages delivered in order to the planner
 * before the cursor moves, deletions, production events, shortages, duplicate production;</li>
 * <li>planning exceptions ({@link dev.takt.sync.PlanningExceptions}): raised by the workflows in their own
 * transaction, deduplicated while open, acknowledged and resolved by people;</li>
 * <li>commands for Odoo queued through {@link dev.takt.sync.CommandQueue} in the workflow's own transaction (with
 * its audit entry, {@link dev.takt.sync.Transactions}); the durable outbox behind it, its relay, the idempotency
 * ledger and the dead letters are in {@code dev.takt.sync.outbox}.</li>
 * <li>the governed workflows into Odoo ({@link dev.takt.sync.PlannedOrderReleaseWorkflow},
 * {@link dev.takt.sync.ScheduleApplicationWorkflow}, {@link dev.takt.sync.ForecastPublicationWorkflow}), which queue
 * commands only through {@link dev.takt.sync.CommandQueue} and report planning exceptions through
 * {@link dev.takt.sync.PlanningExceptionSink} (docs/workflows.md).</li>
 * </ul>
 *
 * <p>Owns: the rules a submitted line must meet, the feedback cursors and the rules that turn execution into events
 * and exceptions, the workflows' own tables (JPA, {@code SYNC_*}, {@code OUTBOX_*}). Must not know: Odoo's or a planner's shapes (it
 * uses the two ports), GraphQL.
 */
package dev.takt.sync;
