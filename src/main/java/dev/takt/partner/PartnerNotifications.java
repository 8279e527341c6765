package dev.takt.partner;

import dev.takt.domain.event.TaktEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * For each event, the webhook deliveries to make: one per registration in force that wants the event (its kinds and
 * filter), each with its own delivery id and the body
 * {@code {"id": <delivery id>, "event": <kind>, "webhook": <registration id>, "data": {…the event…}}}.
 */
@ApplicationScoped
public class PartnerNotifications {

    private WebhookRegistry registry;
    private Supplier<String> ids;

    /** For CDI's proxies only. */
    protected PartnerNotifications() {
    }

    @Inject
    public PartnerNotifications(WebhookRegistry registry) {
        this(registry, () -> UUID.randomUUID().toString());
    }

    PartnerNotifications(WebhookRegistry registry, Supplier<String> ids) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The deliveries the event calls for (none when no registration wants it). */
    public List<PartnerDelivery> deliveriesFor(TaktEvent event) {
        EventKind kind = EventKind.of(event);
        return registry.active().stream().filter(w -> w.wants(event)).map(w -> {
            String id = ids.get();
            String body = Json.createObjectBuilder()
                    .add("id", id)
                    .add("event", kind.publicName())
                    .add("webhook", w.id())
                    .add("data", EventJson.write(event))
                    .build().toString();
            return new PartnerDelivery(w.id(), w.url(), id, kind.publicName(), body);
        }).toList();
    }
}
