package dev.takt.partner;

import java.util.List;

/**
 * THE seam between producing webhook deliveries and carrying them out. Today {@link DirectPartnerDispatch} sends
 * them at once (a few attempts in memory, lost if Takt stops). To make them at-least-once, replace it with an
 * implementation that queues each delivery in the durable outbox (target PARTNER, aggregate = the webhook id so a
 * partner's deliveries stay in order, idempotency key = {@link PartnerDelivery#deliveryId()}, payload = the
 * delivery) and a PARTNER {@code CommandHandler} that calls {@link WebhookSender#send} with
 * {@link WebhookRegistry#secret} and maps {@link WebhookResult.Outcome} to Done / Retry / Rejected.
 */
public interface PartnerDispatch {

    /** Carries out (or queues) the deliveries. Must not throw for a partner's failure. */
    void dispatch(List<PartnerDelivery> deliveries);
}
