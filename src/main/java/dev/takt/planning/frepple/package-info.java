/**
 * The frePPLe connector: everything Takt knows about talking to frePPLe 7.3's REST API, the planner behind the
 * {@code frepple} planning adapter ({@code takt.planning.adapter=frepple}).
 *
 * <p>Owns: the HTTP client for {@code /api/input/<entity>/} and the planning task API
 * ({@link dev.takt.planning.frepple.FreppleClient}), its configuration and authentication (Basic or web token,
 * {@link dev.takt.planning.frepple.FreppleConnectorConfig}; keys {@code takt.planning.*} in
 * {@link dev.takt.ops.ConfigKeys}), which failures are retriable
 * ({@link dev.takt.planning.frepple.FreppleErrorClassifier}), the fault-tolerance policy
 * ({@link dev.takt.planning.frepple.FreppleRpc}, the only class here with MicroProfile Fault Tolerance annotations) and
 * frePPLe's value forms ({@link dev.takt.planning.frepple.FreppleValues}: 8-decimal strings, naive date-times,
 * {@code timedelta} durations).
 *
 * <p>This is the only package that knows frePPLe's URLs, entity and field names, JSON shapes and error answers. The
 * records it returns are frePPLe's own JSON; mapping them to Takt's domain is the planning adapter's job, not this
 * package's.
 *
 * <p>Must not know: Odoo ({@code dev.takt.odoo}), GraphQL ({@code dev.takt.api}), the sync workflows, persistence,
 * or the sandbox that plays frePPLe in tests ({@code dev.takt.sandbox.frepple}).
 */
package dev.takt.planning.frepple;
