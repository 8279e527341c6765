package dev.takt.partner;

import dev.takt.sync.outbox.CommandHandler;
import dev.takt.sync.outbox.Delivery;
import dev.takt.sync.outbox.OutboxCommand;
import dev.takt.sync.outbox.OutboxTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Delivers one queued webhook ({@link OutboxPartnerDispatch}): signs it with the registration's secret as it is now
 * and POSTs it. A 2xx is done; 408, 429, 5xx, a timeout or a connection failure is retried by the relay with its
 * backoff; any other answer is a dead letter (replayable once the partner has fixed its endpoint). A registration
 * removed meanwhile ends the delivery without a call.
 */
@ApplicationScoped
public class PartnerWebhookHandler implements CommandHandler {

    private WebhookSender sender;
    private WebhookRegistry registry;

    /** For CDI's proxies only. */
    protected PartnerWebhookHandler() {
    }

    @Inject
    public PartnerWebhookHandler(WebhookSender sender, WebhookRegistry registry) {
        this.sender = sender;
        this.registry = registry;
    }

    @Override
    public OutboxTarget target() {
        return OutboxTarget.PARTNER;
    }

    @Override
    public String operation() {
        return OutboxPartnerDispatch.DELIVER;
    }

    @Override
    public Delivery deliver(OutboxCommand command) {
        PartnerDelivery delivery;
        try {
            delivery = OutboxPartnerDispatch.decode(command.payload());
        } catch (IllegalArgumentException e) {
            return new Delivery.Rejected(e.getMessage());
        }
        Optional<String> secret = registry.secret(delivery.webhookId());
        if (secret.isEmpty()) {
            return new Delivery.Done("registration removed", "webhook " + delivery.webhookId()
                    + " was removed; not sent", null, List.of());
        }
        WebhookResult result = sender.send(delivery, secret.get());
        String answer = delivery.url().getHost() + " answered " + (result.status() > 0 ? "HTTP " + result.status()
                : "nothing") + (result.detail() == null ? "" : ": " + result.detail());
        return switch (result.outcome()) {
            case DELIVERED -> new Delivery.Done("HTTP " + result.status(), answer, null, List.of());
            case RETRY -> new Delivery.Retry(answer, null);
            case REJECTED -> new Delivery.Rejected(answer);
        };
    }
}
