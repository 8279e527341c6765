package dev.takt.partner;

import dev.takt.ops.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * POSTs one signed webhook over the JDK HttpClient and classifies the answer ({@link WebhookResult#classify}):
 * 2xx delivered; 408, 429, 5xx, timeouts and connection failures retriable; anything else (redirects are not
 * followed, 4xx) permanent. It never throws for a partner's failure.
 */
@ApplicationScoped
public class WebhookSender {

    private HttpClient http;
    private Duration timeout;
    private Clock clock;

    /** For CDI's proxies only. */
    protected WebhookSender() {
    }

    @Inject
    public WebhookSender(@ConfigProperty(name = ConfigKeys.PARTNER_WEBHOOK_TIMEOUT_MS, defaultValue = "10000")
            long timeoutMs) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofMillis(Math.min(timeoutMs, 5000)))
                .followRedirects(HttpClient.Redirect.NEVER).build(), Duration.ofMillis(timeoutMs), Clock.systemUTC());
    }

    WebhookSender(HttpClient http, Duration timeout, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One attempt, signed now with {@code secret}. */
    public WebhookResult send(PartnerDelivery delivery, String secret) {
        HttpRequest request = HttpRequest.newBuilder(delivery.url())
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Takt-Webhooks/1")
                .header(WebhookSigner.EVENT, delivery.event())
                .header(WebhookSigner.DELIVERY, delivery.deliveryId())
                .header(WebhookSigner.SIGNATURE, WebhookSigner.signature(secret, clock.instant(), delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new WebhookResult(WebhookResult.classify(status), status, "HTTP " + status + " from "
                    + delivery.url().getHost());
        } catch (HttpTimeoutException e) {
            return new WebhookResult(WebhookResult.Outcome.RETRY, 0, "no answer from " + delivery.url().getHost()
                    + " within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new WebhookResult(WebhookResult.Outcome.RETRY, 0, "cannot reach " + delivery.url().getHost()
                    + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookResult(WebhookResult.Outcome.RETRY, 0, "interrupted while sending");
        }
    }
}
