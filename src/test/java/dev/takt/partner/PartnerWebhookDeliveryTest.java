package dev.takt.partner;

import com.sun.net.httpserver.HttpServer;
import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.InventoryShortage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registrations are checked; each event yields one delivery per interested registration; the sender signs and
 * classifies real HTTP answers; the direct dispatch retries retriable failures an exact number of times.
 */
class PartnerWebhookDeliveryTest {

    private static final Instant AT = Instant.parse("2026-03-09T08:00:00Z");

    private HttpServer server;
    private final BlockingQueue<Map<String, String>> requests = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> answers = new LinkedBlockingQueue<>();
    private final AtomicInteger calls = new AtomicInteger();
    private ScheduledExecutorService executor;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(Map.of("signature", exchange.getRequestHeaders().getFirst("Takt-Signature"),
                    "event", exchange.getRequestHeaders().getFirst("Takt-Event"),
                    "delivery", exchange.getRequestHeaders().getFirst("Takt-Delivery"), "body", body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
        executor = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void registrationsAreCheckedFieldByField() {
        List<EventKind> kinds = List.of(EventKind.FORECAST_PUBLISHED);
        assertEquals("url", refused(new WebhookRegistration("Acme", "ftp://x.example/h", kinds, null, null)));
        assertEquals("url", refused(new WebhookRegistration("Acme", "https://user:pw@x.example/h", kinds, null,
                null)));
        assertEquals("url", refused(new WebhookRegistration("Acme", "not a url", kinds, null, null)));
        assertEquals("partner", refused(new WebhookRegistration(" ", "https://x.example/h", kinds, null, null)));
        assertEquals("events", refused(new WebhookRegistration("Acme", "https://x.example/h", List.of(), null,
                null)));
        assertEquals("secret", refused(new WebhookRegistration("Acme", "https://x.example/h", kinds, null,
                "short")));
        assertEquals("secret", refused(new WebhookRegistration("Acme", "https://x.example/h", kinds, null,
                "with a space in it, which is not allowed here")));
        var generated = new WebhookRegistration("Acme", "https://x.example/h", kinds, null, null).check();
        assertTrue(generated.generated());
        assertTrue(generated.secret().matches("whsec_[A-Za-z0-9_-]{43}"), generated.secret());
        var own = new WebhookRegistration("Acme", "https://x.example/h", kinds, null, "x".repeat(32)).check();
        assertEquals("x".repeat(32), own.secret());
    }

    @Test
    void eachInterestedRegistrationGetsItsOwnDelivery() {
        PartnerWebhook shortagesInWh = webhook("w1", EnumSet.of(EventKind.INVENTORY_SHORTAGE),
                new EventFilter(null, null, "WH"));
        PartnerWebhook forecasts = webhook("w2", EnumSet.of(EventKind.FORECAST_PUBLISHED), EventFilter.ANY);
        PartnerWebhook both = webhook("w3", EnumSet.of(EventKind.INVENTORY_SHORTAGE, EventKind.FORECAST_PUBLISHED),
                EventFilter.ANY);
        AtomicInteger ids = new AtomicInteger();
        PartnerNotifications notifications = new PartnerNotifications(registry(List.of(shortagesInWh, forecasts,
                both)), () -> "d" + ids.incrementAndGet());

        List<PartnerDelivery> east = notifications.deliveriesFor(new InventoryShortage(AT, "A", "EAST",
                BigDecimal.ONE, "Units", null));
        List<PartnerDelivery> forecast = notifications.deliveriesFor(new ForecastPublished(AT, 3, 10, 2));

        assertEquals(List.of("w3"), east.stream().map(PartnerDelivery::webhookId).toList());
        assertEquals(List.of("w2", "w3"), forecast.stream().map(PartnerDelivery::webhookId).toList());
        JsonObject body = Json.createReader(new StringReader(forecast.get(0).body())).readObject();
        assertEquals(forecast.get(0).deliveryId(), body.getString("id"));
        assertEquals("forecastPublished", body.getString("event"));
        assertEquals("w2", body.getString("webhook"));
        assertEquals(Json.createObjectBuilder().add("at", "2026-03-09T08:00:00Z").add("version", 3).add("lines", 10)
                .add("superseded", 2).build(), body.getJsonObject("data"));
        assertEquals(3, ids.get(), "one delivery id per delivery");
    }

    @Test
    void theSenderSignsAndClassifiesRealAnswers() throws Exception {
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        WebhookSender sender = new WebhookSender(HttpClient.newHttpClient(), Duration.ofSeconds(5), clock);
        PartnerDelivery delivery = new PartnerDelivery("w1", url(), "d1", "forecastPublished", "{\"a\":1}");

        answers.add(204);
        answers.add(503);
        answers.add(429);
        answers.add(404);
        assertEquals(WebhookResult.Outcome.DELIVERED, sender.send(delivery, "s".repeat(32)).outcome());
        assertEquals(WebhookResult.Outcome.RETRY, sender.send(delivery, "s".repeat(32)).outcome());
        assertEquals(WebhookResult.Outcome.RETRY, sender.send(delivery, "s".repeat(32)).outcome());
        WebhookResult notFound = sender.send(delivery, "s".repeat(32));
        assertEquals(WebhookResult.Outcome.REJECTED, notFound.outcome());
        assertEquals(404, notFound.status());

        Map<String, String> first = requests.poll(5, TimeUnit.SECONDS);
        assertEquals(WebhookSigner.signature("s".repeat(32), AT, "{\"a\":1}"), first.get("signature"));
        assertEquals("forecastPublished", first.get("event"));
        assertEquals("d1", first.get("delivery"));

        server.stop(0);
        WebhookResult down = sender.send(delivery, "s".repeat(32));
        assertEquals(WebhookResult.Outcome.RETRY, down.outcome(), down.detail());
        assertEquals(0, down.status());
    }

    @Test
    void theOutboxHandlerMapsEachAnswerToDoneRetryOrDeadLetter() throws Exception {
        answers.add(503);
        answers.add(200);
        answers.add(400);
        PartnerWebhookHandler handler = new PartnerWebhookHandler(sender(), registry(List.of()));
        PartnerDelivery delivery = new PartnerDelivery("w1", url(), "d1", "forecastPublished", "{\"a\":1}");
        var command = outboxCommand(OutboxPartnerDispatch.encode(delivery));

        var retry = assertInstanceOf(dev.takt.sync.outbox.Delivery.Retry.class, handler.deliver(command));
        assertTrue(retry.error().contains("HTTP 503"), retry.error());
        var done = assertInstanceOf(dev.takt.sync.outbox.Delivery.Done.class, handler.deliver(command));
        assertEquals("HTTP 200", done.result());
        var dead = assertInstanceOf(dev.takt.sync.outbox.Delivery.Rejected.class, handler.deliver(command));
        assertTrue(dead.error().contains("HTTP 400"), dead.error());
        // the same delivery id and body at every attempt, each signed afresh
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(requests.poll(10, TimeUnit.SECONDS).get("delivery"));
        }
        assertEquals(List.of("d1", "d1", "d1"), ids);
        assertEquals(3, calls.get());
    }

    @Test
    void aRemovedRegistrationIsNotCalledAndABrokenPayloadIsADeadLetter() {
        PartnerWebhookHandler handler = new PartnerWebhookHandler(sender(), registry(List.of()));
        var gone = handler.deliver(outboxCommand(OutboxPartnerDispatch.encode(
                new PartnerDelivery("gone", url(), "d2", "forecastPublished", "{}"))));
        assertEquals("registration removed",
                assertInstanceOf(dev.takt.sync.outbox.Delivery.Done.class, gone).result());
        assertEquals(0, calls.get());
        var broken = handler.deliver(outboxCommand("{\"webhookId\":\"w1\"}"));
        assertTrue(assertInstanceOf(dev.takt.sync.outbox.Delivery.Rejected.class, broken).error()
                .contains("not a valid webhook delivery"));
    }

    @Test
    void aDeliveryRoundTripsThroughTheOutboxPayload() {
        PartnerDelivery delivery = new PartnerDelivery("w1", URI.create("https://x.example/h?a=1"), "d3",
                "scheduleApplied", "{\"quote\":\"\\\"\"}");
        assertEquals(delivery, OutboxPartnerDispatch.decode(OutboxPartnerDispatch.encode(delivery)));
    }

    private static dev.takt.sync.outbox.OutboxCommand outboxCommand(String payload) {
        return new dev.takt.sync.outbox.OutboxCommand(9, dev.takt.sync.outbox.OutboxTarget.PARTNER, "webhook:w1", 1,
                OutboxPartnerDispatch.DELIVER, "d1", payload, "hash", dev.takt.sync.outbox.CommandStatus.PENDING, 1,
                AT, "relay#1", AT.plusSeconds(300), null, null, "takt", "d1", AT, AT, null);
    }

    private WebhookSender sender() {
        return new WebhookSender(HttpClient.newHttpClient(), Duration.ofSeconds(5), Clock.systemUTC());
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    private static String refused(WebhookRegistration registration) {
        return assertThrows(PartnerWebhookException.class, registration::check).argument();
    }

    private static PartnerWebhook webhook(String id, Set<EventKind> kinds, EventFilter filter) {
        return new PartnerWebhook(id, "Acme", URI.create("https://x.example/" + id), kinds, filter, AT);
    }

    /** Registrations in memory; every id but "gone" has a secret. */
    private static WebhookRegistry registry(List<PartnerWebhook> webhooks) {
        return new WebhookRegistry() {
            @Override
            public List<PartnerWebhook> active() {
                return webhooks;
            }

            @Override
            public Optional<String> secret(String webhookId) {
                return "gone".equals(webhookId) ? Optional.empty() : Optional.of("s".repeat(32));
            }
        };
    }
}
