/**
 * What happened in Takt that partners may want to hear about at once: the events behind the GraphQL subscriptions
 * and the signed partner webhooks. Each is a plain record, published as a CDI event by the context where it
 * happens <em>after</em> its transaction committed ({@code @Observes(during = AFTER_SUCCESS)}), so a partner never
 * hears of something that was rolled back. Filter keys ({@link dev.takt.domain.event.TaktEvent#item()},
 * {@code workCenter()}, {@code plant()}) are null when they do not apply to an event.
 */
package dev.takt.domain.event;
