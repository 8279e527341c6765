/**
 * Federated views: figures that combine what Odoo executes with what a planner intends, for the GraphQL fields
 * resolved from both systems — load against capacity per work center and bucket
 * ({@link dev.takt.federation.CapacityService}), and (to come) available-to-promise and plan-versus-execution drift.
 *
 * <p>Owns: the gathering of both sides' data in batches (a fixed number of calls per system whatever the number of
 * parents) and handing it to the domain's calculations ({@code dev.takt.domain.capacity}, {@code .atp}). Must not
 * know: Odoo's models or fields (it asks {@link dev.takt.odoo.OdooGateway} in domain terms), a planner's shapes,
 * GraphQL, JPA.
 */
package dev.takt.federation;
