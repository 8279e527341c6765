/**
 * The Odoo connector: everything Takt knows about talking to Odoo, behind its ports: {@link dev.takt.odoo.OdooGateway}
 * (reads) and {@link dev.takt.odoo.OdooCommands} (releases, schedules, reorder rules; idempotent at the target).
 *
 * <p>Owns: Odoo's JSON-RPC {@code execute_kw} protocol ({@link dev.takt.odoo.OdooClient}), the login and version
 * dialects ({@link dev.takt.odoo.OdooSession}, {@link dev.takt.odoo.OdooDialect}), which failures are retriable
 * ({@link dev.takt.odoo.OdooErrorClassifier}), the fault-tolerance policy ({@link dev.takt.odoo.OdooRpc}, the only
 * class with MicroProfile Fault Tolerance annotations), the mapping of Odoo models and fields to Takt's entities
 * ({@code OdooRecordMapper}), the ports' implementations ({@link dev.takt.odoo.JsonRpcOdooGateway},
 * {@link dev.takt.odoo.JsonRpcOdooCommands}: creates and workflow actions are sent once and settled by reading Odoo
 * again when a reply is lost, never retried blindly), a readiness
 * probe ({@link dev.takt.odoo.OdooProbe}) and call metrics ({@link dev.takt.odoo.OdooMetrics}). Configuration keys
 * are in {@link dev.takt.ops.ConfigKeys} ({@code takt.odoo.*}).
 *
 * <p>This is the only package that knows Odoo's model and field names, its JSON shapes, its version differences
 * and its exception names. Nothing outside it should use more than the ports, their exceptions
 * ({@link dev.takt.odoo.OdooUnavailableException} and its {@link dev.takt.odoo.OdooOutcomeUnknownException},
 * {@link dev.takt.odoo.OdooRejectedException}) and the probe.
 *
 * <p>Must not know: GraphQL, planners, the sync workflows, persistence. It reads Takt's entities and carries out
 * Takt's commands; it does not decide what to do with them, nor keep their ledger (the outbox does).
 */
package dev.takt.odoo;
