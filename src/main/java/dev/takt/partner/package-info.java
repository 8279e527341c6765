/**
 * What partners hear from Takt, live: the fan-out of {@link dev.takt.domain.event.TaktEvent}s to GraphQL
 * subscribers ({@link dev.takt.partner.EventFeed}, a bounded queue per subscriber) and signed webhooks to
 * registered partner URLs (registrations in JPA, {@link dev.takt.partner.WebhookSigner},
 * {@link dev.takt.partner.WebhookSender}, {@link dev.takt.partner.PartnerNotifications}).
 *
 * <p>Subscribers hear events after the producing transaction committed; webhook deliveries are queued in the durable
 * outbox within that transaction ({@link dev.takt.partner.PartnerEventObserver},
 * {@link dev.takt.partner.OutboxPartnerDispatch}) and sent by its relay ({@link dev.takt.partner.PartnerWebhookHandler},
 * target PARTNER). This package knows neither Odoo nor the planners nor GraphQL; the GraphQL layer
 * ({@code dev.takt.api.graphql}) exposes it.
 */
package dev.takt.partner;
