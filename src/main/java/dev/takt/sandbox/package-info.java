/**
 * The Odoo sandbox: a protocol-faithful fake Odoo 17 JSON-RPC server for Takt's tests, demos and benchmarks.
 *
 * <p>Owns: Odoo's model definitions ({@code models.txt}: fields, types, labels, selections, access groups) and an
 * in-memory store of their records ({@link dev.takt.sandbox.SandboxDatabase}); Odoo's domain, order and
 * {@code execute_kw} semantics ({@link dev.takt.sandbox.SandboxDomain}, {@link dev.takt.sandbox.SandboxOrder},
 * {@link dev.takt.sandbox.SandboxOdoo}) including its error envelopes and messages, and its transactions (a call
 * that writes is all or nothing, and stamps every record it touches with its start as {@code write_date}); the MRP
 * and purchase behaviour Takt relies on (MO creation, confirmation, reservation, planning on work-center calendars;
 * RFQs created with their lines, confirmed); a deterministic data generator
 * ({@link dev.takt.sandbox.SandboxGenerator}); fault injection, including a reply lost after the call was applied,
 * and a call log for resilience tests ({@link dev.takt.sandbox.SandboxFaults},
 * {@link dev.takt.sandbox.SandboxCallLog}); the JSON-RPC dispatch ({@link dev.takt.sandbox.SandboxJsonRpc}) and its
 * servlet ({@link dev.takt.sandbox.SandboxServlet}).
 *
 * <p>Must not know: Takt's domain model ({@code dev.takt.domain}) or its Odoo connector ({@code dev.takt.odoo}).
 * It plays Odoo and speaks only Odoo's language; it reads nothing from Takt but its configuration keys.
 */
package dev.takt.sandbox;
