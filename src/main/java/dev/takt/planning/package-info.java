/**
 * The planning side: the planners' connectors ({@link dev.takt.planning.frepple}) and the services that put
 * planning figures next to execution data — load against capacity per work center and bucket
 * ({@link dev.takt.planning.CapacityService}).
 *
 * <p>Owns: reading what a planner holds and combining it with what Odoo executes, through the ports. Must not
 * know: Odoo's models or fields (it asks {@link dev.takt.odoo.OdooGateway} in domain terms), GraphQL, JPA.
 */
package dev.takt.planning;
