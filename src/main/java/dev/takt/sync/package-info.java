/**
 * The workflows between Odoo and the planners. So far: the intake of planning data that partners push
 * ({@link dev.takt.sync.PlanningIntake}): each line validated on its own against Odoo (item, warehouse, unit of
 * measure, manufacturing and work orders, work centers — a bounded number of reads per submission) and the
 * planning horizon, then the valid lines stored through the {@link dev.takt.planning.PlanningGateway} in one
 * transaction with the mutation's audit entry ({@link dev.takt.sync.Transactions}). The workflows queue their
 * commands for Odoo through {@link dev.takt.sync.CommandQueue}, in their own transaction; the durable outbox behind
 * it, its relay, the idempotency ledger and the dead letters are in {@code dev.takt.sync.outbox}. Later: forecast
 * publication to Odoo, schedule application, planned-order release, execution feedback.
 *
 * <p>Owns: the rules a submitted line must meet and the reasons given when it does not; the outbox (the only part
 * that uses JPA). Must not know: Odoo's or a planner's shapes (it uses the two ports), GraphQL.
 */
package dev.takt.sync;
