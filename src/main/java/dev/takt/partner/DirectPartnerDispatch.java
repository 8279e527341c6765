package dev.takt.partner;

import dev.takt.ops.ConfigKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends webhook deliveries directly, each on the managed scheduled executor, retrying retriable failures in memory
 * ({@value ConfigKeys#PARTNER_WEBHOOK_ATTEMPTS} attempts, default 3: at once, after 2 s, after 10 s, then every 60 s).
 * The secret is read at each attempt, so a registration removed meanwhile is not called again. Deliveries still
 * waiting when Takt stops are lost: this is the stand-in until {@link PartnerDispatch} is backed by the durable
 * outbox.
 */
@ApplicationScoped
public class DirectPartnerDispatch implements PartnerDispatch {

    private static final Logger LOG = Logger.getLogger(DirectPartnerDispatch.class.getName());
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofSeconds(60));

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService managed;

    private ScheduledExecutorService executor;
    private WebhookSender sender;
    private WebhookRegistry registry;
    private int attempts;
    private List<Duration> backoff;

    /** For CDI's proxies only. */
    protected DirectPartnerDispatch() {
    }

    @Inject
    public DirectPartnerDispatch(WebhookSender sender, WebhookRegistry registry,
            @ConfigProperty(name = ConfigKeys.PARTNER_WEBHOOK_ATTEMPTS, defaultValue = "3") int attempts) {
        this(null, sender, registry, attempts, BACKOFF);
    }

    DirectPartnerDispatch(ScheduledExecutorService executor, WebhookSender sender, WebhookRegistry registry,
            int attempts, List<Duration> backoff) {
        if (attempts < 1) {
            throw new IllegalArgumentException(ConfigKeys.PARTNER_WEBHOOK_ATTEMPTS + " must be at least 1, got "
                    + attempts);
        }
        this.executor = executor;
        this.sender = sender;
        this.registry = registry;
        this.attempts = attempts;
        this.backoff = List.copyOf(backoff);
    }

    @Override
    public void dispatch(List<PartnerDelivery> deliveries) {
        for (PartnerDelivery delivery : deliveries) {
            schedule(delivery, 1, Duration.ZERO);
        }
    }

    private void schedule(PartnerDelivery delivery, int attempt, Duration delay) {
        ScheduledExecutorService on = executor != null ? executor : managed;
        try {
            on.schedule(() -> attempt(delivery, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Webhook delivery " + delivery.deliveryId() + " dropped: the server is stopping");
        }
    }

    private void attempt(PartnerDelivery delivery, int attempt) {
        Optional<String> secret = registry.secret(delivery.webhookId());
        if (secret.isEmpty()) {
            LOG.info(() -> "Webhook delivery " + delivery.deliveryId() + " dropped: registration "
                    + delivery.webhookId() + " was removed");
            return;
        }
        WebhookResult result = sender.send(delivery, secret.get());
        switch (result.outcome()) {
            case DELIVERED -> LOG.fine(() -> "Webhook " + delivery.event() + " " + delivery.deliveryId()
                    + " delivered to " + delivery.url().getHost() + " (attempt " + attempt + ")");
            case REJECTED -> LOG.warning(() -> "Webhook " + delivery.event() + " " + delivery.deliveryId()
                    + " refused by " + delivery.url() + ": " + result.detail() + "; not retried");
            case RETRY -> {
                if (attempt >= attempts) {
                    LOG.warning(() -> "Webhook " + delivery.event() + " " + delivery.deliveryId() + " to "
                            + delivery.url() + " given up after " + attempt + " attempt(s): " + result.detail());
                } else {
                    Duration wait = backoff.get(Math.min(attempt - 1, backoff.size() - 1));
                    LOG.info(() -> "Webhook " + delivery.deliveryId() + " to " + delivery.url().getHost()
                            + " failed (" + result.detail() + "); attempt " + (attempt + 1) + " in " + wait);
                    schedule(delivery, attempt + 1, wait);
                }
            }
        }
    }
}
