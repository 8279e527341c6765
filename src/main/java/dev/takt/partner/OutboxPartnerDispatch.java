package dev.takt.partner;

import dev.takt.audit.Actors;
import dev.takt.sync.outbox.OutboxStore;
import dev.takt.sync.outbox.OutboxTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

/**
 * Webhook deliveries through the durable outbox: each one is a PARTNER command of its own (its aggregate is the
 * delivery, so deliveries are not ordered among themselves and transactions queuing events for the same partner at
 * the same moment never contend for one aggregate's sequence; idempotency key = the delivery id, so an event is
 * queued once per registration), delivered at least once by the relay with its backoff, retries and dead letters
 * ({@link PartnerWebhookHandler}). Queued in the transaction of the change that produced the event when there is
 * one ({@link PartnerEventObserver}), so a committed change cannot lose its webhooks to a crash.
 */
@ApplicationScoped
public class OutboxPartnerDispatch implements PartnerDispatch {

    /** The outbox operation of a webhook delivery. */
    public static final String DELIVER = "webhook.deliver";

    private OutboxStore outbox;

    /** For CDI's proxies only. */
    protected OutboxPartnerDispatch() {
    }

    @Inject
    public OutboxPartnerDispatch(OutboxStore outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void dispatch(List<PartnerDelivery> deliveries) {
        for (PartnerDelivery d : deliveries) {
            outbox.enqueue(OutboxTarget.PARTNER, "webhook:" + d.webhookId() + ":" + d.deliveryId(), DELIVER, d.deliveryId(), encode(d),
                    Actors.SYSTEM, d.deliveryId());
        }
    }

    /** The delivery as the outbox stores it (no secret: it is read at each attempt). */
    static String encode(PartnerDelivery d) {
        return Json.createObjectBuilder().add("webhookId", d.webhookId()).add("url", d.url().toString())
                .add("deliveryId", d.deliveryId()).add("event", d.event()).add("body", d.body()).build().toString();
    }

    /** @throws IllegalArgumentException when the payload is not a stored delivery */
    static PartnerDelivery decode(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject o = reader.readObject();
            return new PartnerDelivery(o.getString("webhookId"), URI.create(o.getString("url")),
                    o.getString("deliveryId"), o.getString("event"), o.getString("body"));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a valid webhook delivery: " + e.getMessage(), e);
        }
    }
}
