/**
 * Operations: configuration keys ({@link dev.takt.ops.ConfigKeys}), health checks for orchestrators, Takt's own
 * database (schema migrations at start-up, {@link dev.takt.ops.SchemaMigrator}, and the {@code takt} persistence
 * unit, {@link dev.takt.ops.TaktDatabase}; ids handed out in blocks, {@link dev.takt.ops.IdBlocks}), and (later)
 * security roles.
 *
 * <p>Owns: what an administrator sees of Takt's state and the version of its database schema. Must not know: Odoo's
 * or a planner's protocols; it asks the connectors' probes.
 */
package dev.takt.ops;
