/**
 * The native planning adapter (the default): Takt's own store of planning data that partner systems push through
 * the GraphQL API — forecast versions and their lines, planned-order batches, schedule batches, and the lines
 * refused at submission — as JPA entities on {@code jdbc/takt} (Derby by default, PostgreSQL in a cluster).
 *
 * <p>Owns: the {@code PLAN_*} tables' mapping (the schema itself is versioned DDL in
 * {@code src/main/resources/db/migration}, applied by {@link dev.takt.ops.SchemaMigrator}), numbering, the
 * transactions of submissions and publications. Its entities are Takt's own aggregates only; no other system's
 * shapes are persisted.
 *
 * <p>Must not know: Odoo, GraphQL, the validation of lines (they arrive validated).
 */
package dev.takt.planning.nativeplan;
