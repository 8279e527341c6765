package dev.takt.partner;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A partner's webhook registration as anyone may see it: where Takt POSTs which events. Its secret is deliberately
 * not here; only {@link WebhookRegistry#secret} reads it, at delivery time.
 *
 * @param id        the registration's id (a UUID)
 * @param partner   the partner's name, for people
 * @param url       where events are POSTed
 * @param events    the kinds of event it receives
 * @param filter    which events of those kinds (item, work center, plant)
 * @param createdAt when it was registered
 */
public record PartnerWebhook(String id, String partner, URI url, Set<EventKind> events, EventFilter filter,
        Instant createdAt) {

    public PartnerWebhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        events = Set.copyOf(events);
        filter = filter == null ? EventFilter.ANY : filter;
    }

    /** Whether this registration wants the event. */
    public boolean wants(dev.takt.domain.event.TaktEvent event) {
        return events.contains(EventKind.of(event)) && filter.matches(event);
    }
}
