/**
 * What partners hear from Takt, live: the fan-out of {@link dev.takt.domain.event.TaktEvent}s to GraphQL
 * subscribers ({@link dev.takt.partner.EventFeed}, a bounded queue per subscriber) and signed webhooks to
 * registered partner URLs (registrations in JPA, {@link dev.takt.partner.WebhookSigner},
 * {@link dev.takt.partner.WebhookSender}, {@link dev.takt.partner.PartnerNotifications}).
 *
 * <p>Events arrive as CDI events observed after the producing transaction committed. This package knows neither
 * Odoo nor the planners nor GraphQL; the GraphQL layer ({@code dev.takt.api.graphql}) exposes it. Deliveries go out
 * through one seam, {@link dev.takt.partner.PartnerDispatch}: a direct send today, the durable outbox later.
 */
package dev.takt.partner;
