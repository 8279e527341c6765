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
 * {@code timedelta} durations), and the planning adapter
 * ({@link dev.takt.planning.frepple.FrepplePlanningGateway}, mapping with {@code FrepplePlanMapper}) that turns
 * frePPLe's demand, proposals, buffers and resource loads into Takt's planning records and writes execution feedback
 * back with upserting POSTs.
 *
 * <p>This is the only package that knows frePPLe's URLs, entity and field names, JSON shapes and error answers. The client
 * returns frePPLe's own JSON; only the adapter, in this package too, maps it to {@code dev.takt.domain} (as the Odoo
 * package holds both its client and its mappers).
 *
 * <p>Must not know: Odoo ({@code dev.takt.odoo}), GraphQL ({@code dev.takt.api}), the sync workflows, persistence,
 * or the sandbox that plays frePPLe in tests ({@code dev.takt.sandbox.frepple}).
 */
package dev.takt.planning.frepple;
