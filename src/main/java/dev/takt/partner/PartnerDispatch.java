package dev.takt.partner;

import java.util.List;

/**
 * Where webhook deliveries go once produced: {@link OutboxPartnerDispatch} queues each in the durable outbox (target
 * PARTNER, one aggregate per delivery, idempotency key =
 * {@link PartnerDelivery#deliveryId()}), and {@link PartnerWebhookHandler} delivers them.
 */
public interface PartnerDispatch {

    /** Carries out (or queues) the deliveries. Must not throw for a partner's failure. */
    void dispatch(List<PartnerDelivery> deliveries);
}
