/**
 * Takt's GraphQL API: thin {@code @GraphQLApi} classes that turn arguments into domain queries and delegate to
 * the gateways; batched {@code @Source List<…>} resolvers that load each nested level with one gateway call.
 *
 * <p>Owns: the schema's shape (connections, cursors, arguments), argument validation, the translation of
 * connector failures into GraphQL errors with {@code extensions.code}, the start-up of the bundled SmallRye
 * GraphQL runtime ({@link dev.takt.api.graphql.GraphQLBootstrap}), the subscriptions' WebSocket endpoint
 * ({@link dev.takt.api.graphql.GraphQLSubscriptionEndpoint}) and the subscriptions and webhook registrations over
 * {@code dev.takt.partner}.
 *
 * <p>Must not know: Odoo's models, fields or JSON-RPC, nor any business rule. It speaks only the domain's
 * vocabulary ({@link dev.takt.domain.Entity}, {@link dev.takt.domain.Criterion}).
 */
package dev.takt.api.graphql;
