/**
 * The planning context: the {@link dev.takt.planning.PlanningGateway} port through which Takt reads and stores what
 * planners hold (versioned forecasts, planned orders, schedule proposals, inventory and capacity views), in
 * Takt's own language, and its adapters: {@code nativeplan} (Takt's own JPA store of planning data pushed by
 * partners; the default) and {@code frepple} (frePPLe's REST API, {@link dev.takt.planning.frepple.FrepplePlanningGateway}).
 * {@link dev.takt.planning.PlanningAdapters} produces the one gateway the application injects, chosen by
 * {@code takt.planning.adapter}.
 *
 * <p>Owns: the port, its filters and paging, and the adapters — the only place that knows a planner's shapes or
 * how planning data is stored.
 *
 * <p>Must not know: Odoo (validating lines against Odoo is the intake workflow's job, in {@code dev.takt.sync};
 * combining both systems is {@code dev.takt.federation}'s), GraphQL, HTTP handlers. Domain records come from
 * {@code dev.takt.domain}.
 */
package dev.takt.planning;
