/**
 * Takt's canonical manufacturing model: plain records and value objects in Takt's own language.
 *
 * <p>Owns: items, bills of materials, operations, work centers and their calendars, warehouses and stock
 * positions, units of measure, sales/purchase/manufacturing orders, reorder rules; the planning records that
 * partners and planners exchange with Takt (forecast versions with their publication rules, forecast lines,
 * planned orders, schedule proposals, batches, rejected lines, the {@link dev.takt.domain.ItemCode} and
 * {@link dev.takt.domain.Quantity} value objects); and the query vocabulary
 * ({@link dev.takt.domain.Entity}, {@link dev.takt.domain.Criterion}, {@link dev.takt.domain.EntityQuery})
 * that callers use to ask a gateway for them; the commands Takt sends to a system of record
 * ({@link dev.takt.domain.ReleaseManufacturingOrder}, {@link dev.takt.domain.ReleasePurchaseOrder},
 * {@link dev.takt.domain.ScheduleChange}, {@link dev.takt.domain.ReorderRuleUpdate}), each identified where it creates
 * something by an {@link dev.takt.domain.IdempotencyKey}, and their results ({@link dev.takt.domain.ReleasedOrder},
 * {@link dev.takt.domain.ScheduleOutcome}, {@link dev.takt.domain.ReorderRuleOutcome}). Commands and value objects
 * check themselves when constructed. The planning arithmetic on these records lives in sub-packages: {@code time}
 * (buckets), {@code capacity} (working time, capacity and load of work centers), {@code atp} (available to promise)
 * and {@code uom} (unit conversion).
 *
 * <p>Must not know: Odoo's or any planner's model and field names, HTTP, JSON, CDI, JPA or GraphQL. Records
 * read from a system of record may be <em>partial</em>: a reader asks only for the fields it needs, so every
 * field but {@code id} may be {@code null} when it was not asked for.
 */
package dev.takt.domain;
