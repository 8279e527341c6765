/**
 * Operations: configuration keys ({@link dev.takt.ops.ConfigKeys}), health checks for orchestrators, and (later)
 * security roles.
 *
 * <p>Owns: what an administrator sees of Takt's state. Must not know: Odoo's or a planner's protocols; it asks
 * the connectors' probes.
 */
package dev.takt.ops;
