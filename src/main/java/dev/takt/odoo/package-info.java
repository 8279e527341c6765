/**
 * The Odoo connector: everything Takt knows about talking to Odoo, behind three ports in Takt's language:
 * {@link dev.takt.odoo.OdooGateway} (reads), {@link dev.takt.odoo.OdooCommands} (releases, schedules, reorder rules;
 * idempotent at the target) and {@link dev.takt.odoo.OdooChangeFeed} (what changed since a
 * {@link dev.takt.odoo.OdooChangeCursor}, and what was deleted).
 *
 * <p>Owns: Odoo's JSON-RPC {@code execute_kw} protocol ({@link dev.takt.odoo.OdooClient}), the login and version
 * dialects ({@link dev.takt.odoo.OdooSession}, {@link dev.takt.odoo.OdooDialect}), which failures are retriable and
 * which leave the outcome unknown ({@link dev.takt.odoo.OdooErrorClassifier},
 * {@link dev.takt.odoo.OdooCallException#outcomeUnknown()}), the fault-tolerance policy
 * ({@link dev.takt.odoo.OdooRpc}, the only class with MicroProfile Fault Tolerance annotations: reads retried,
 * creates and workflow actions sent once), the mapping of Odoo models and fields to Takt's entities
 * ({@code OdooRecordMapper}), the ports' implementations ({@link dev.takt.odoo.JsonRpcOdooGateway},
 * {@link dev.takt.odoo.JsonRpcOdooCommands}, {@link dev.takt.odoo.JsonRpcOdooChangeFeed}), a readiness probe
 * ({@link dev.takt.odoo.OdooProbe}) and call metrics ({@link dev.takt.odoo.OdooMetrics}). Configuration keys are in
 * {@link dev.takt.ops.ConfigKeys} ({@code takt.odoo.*}).
 *
 * <p>This is the only package that knows Odoo's model and field names, its JSON shapes, its version differences
 * and its exception names. Nothing outside it should use more than the ports with their values
 * ({@link dev.takt.odoo.OdooChangeCursor}, {@link dev.takt.odoo.OdooChanges}, {@link dev.takt.odoo.OdooChange}),
 * their exceptions ({@link dev.takt.odoo.OdooUnavailableException} and its
 * {@link dev.takt.odoo.OdooOutcomeUnknownException}, {@link dev.takt.odoo.OdooRejectedException}) and the probe.
 *
 * <p>Must not know: GraphQL, planners, the sync workflows, persistence. It reads Takt's entities, carries out
 * Takt's commands and reports Odoo's changes; it does not decide what to do with them, nor keep their ledger, the
 * outbox or the cursors (the workflow layer stores those).
 */
package dev.takt.odoo;
