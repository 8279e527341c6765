package dev.takt.partner;

import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.InventoryShortage;
import dev.takt.domain.event.TaktEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fan-out, filters, per-subscriber order, bounded buffers that drop the oldest event, cancellation. */
class EventFeedTest {

    private static final Instant AT = Instant.parse("2026-03-09T08:00:00Z");

    /** Runs tasks only when asked, so a test controls when subscribers are served. */
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private final Executor manual = tasks::add;
    private final AtomicInteger drops = new AtomicInteger();
    private final EventFeed feed = new EventFeed(3, () -> manual, drops::incrementAndGet);

    @Test
    void eachSubscriberHearsItsKindThroughItsFilterInOrder() {
        Recorder<InventoryShortage> wh = subscribe(InventoryShortage.class, new EventFilter(null, null, "wh")::matches);
        Recorder<InventoryShortage> all = subscribe(InventoryShortage.class, EventFilter.ANY::matches);
        Recorder<ForecastPublished> forecasts = subscribe(ForecastPublished.class, e -> true);
        wh.request(Long.MAX_VALUE);
        all.request(Long.MAX_VALUE);
        forecasts.request(Long.MAX_VALUE);

        feed.publish(shortage("A", "WH"));
        feed.publish(shortage("B", "EAST"));
        feed.publish(new ForecastPublished(AT, 4, 10, 3));
        feed.publish(shortage("C", null));
        runAll();

        assertEquals(List.of("A"), items(wh.received));
        assertEquals(List.of("A", "B", "C"), items(all.received));
        assertEquals(List.of(new ForecastPublished(AT, 4, 10, 3)), forecasts.received);
        assertEquals(0, drops.get());
    }

    @Test
    void aSlowSubscriberLosesItsOldestEventsAndIsCountedOthersAreNotHeldBack() {
        Recorder<InventoryShortage> slow = subscribe(InventoryShortage.class, e -> true);
        Recorder<InventoryShortage> fast = subscribe(InventoryShortage.class, e -> true);
        fast.request(Long.MAX_VALUE);

        for (int i = 1; i <= 5; i++) {
            feed.publish(shortage("I" + i, "WH"));
            runAll(); // the executor serves the fast subscriber between events
        }

        assertEquals(List.of("I1", "I2", "I3", "I4", "I5"), items(fast.received));
        assertEquals(List.of(), slow.received, "nothing requested yet");
        assertEquals(2, drops.get(), "a buffer of 3 keeps the 3 newest of 5");
        slow.request(10);
        runAll();
        assertEquals(List.of("I3", "I4", "I5"), items(slow.received));
    }

    @Test
    void eventsGoOutOnlyAsFastAsTheSubscriberAsks() {
        Recorder<InventoryShortage> one = subscribe(InventoryShortage.class, e -> true);
        feed.publish(shortage("A", "WH"));
        feed.publish(shortage("B", "WH"));
        one.request(1);
        runAll();
        assertEquals(List.of("A"), items(one.received));
        one.request(1);
        runAll();
        assertEquals(List.of("A", "B"), items(one.received));
    }

    @Test
    void aCancelledSubscriptionLeavesTheFeed() {
        Recorder<InventoryShortage> gone = subscribe(InventoryShortage.class, e -> true);
        assertEquals(1, feed.subscribers());
        gone.subscription.cancel();
        assertEquals(0, feed.subscribers());
        assertEquals(0, feed.publish(shortage("A", "WH")));
        runAll();
        assertTrue(gone.received.isEmpty());
    }

    @Test
    void stoppingCompletesEveryStream() {
        Recorder<InventoryShortage> open = subscribe(InventoryShortage.class, e -> true);
        feed.stop();
        assertTrue(open.completed);
        assertEquals(0, feed.subscribers());
    }

    @Test
    void filtersCompareIgnoringCaseAndNeedTheKeyPresent() {
        EventFilter filter = new EventFilter(" furn_0001 ", "", null);
        assertTrue(filter.matches(new InventoryShortage(AT, "FURN_0001", "WH", BigDecimal.ONE, "Units", null)));
        assertFalse(filter.matches(new InventoryShortage(AT, "FURN_0002", "WH", BigDecimal.ONE, "Units", null)));
        assertFalse(filter.matches(new ForecastPublished(AT, 1, 1, null)), "an event without an item");
        assertTrue(EventFilter.ANY.matches(new ForecastPublished(AT, 1, 1, null)));
    }

    @Test
    void kindsHaveTheirPublicNames() {
        assertEquals(EventKind.FORECAST_PUBLISHED, EventKind.of(new ForecastPublished(AT, 1, 1, null)));
        assertEquals(EventKind.INVENTORY_SHORTAGE, EventKind.named("inventoryShortage").orElseThrow());
        assertEquals(EventKind.INVENTORY_SHORTAGE, EventKind.named("INVENTORY_SHORTAGE").orElseThrow());
        assertTrue(EventKind.named("stockChanged").isEmpty());
    }

    private void runAll() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    private <T extends TaktEvent> Recorder<T> subscribe(Class<T> type, java.util.function.Predicate<? super T> f) {
        Recorder<T> recorder = new Recorder<>();
        feed.stream(type, f).subscribe().withSubscriber(recorder);
        return recorder;
    }

    private static InventoryShortage shortage(String item, String plant) {
        return new InventoryShortage(AT, item, plant, BigDecimal.TEN, "Units", null);
    }

    private static List<String> items(List<InventoryShortage> events) {
        return events.stream().map(InventoryShortage::item).toList();
    }

    private static final class Recorder<T> implements Flow.Subscriber<T> {
        final List<T> received = new ArrayList<>();
        Flow.Subscription subscription;
        boolean completed;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(T item) {
            received.add(item);
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onComplete() {
            completed = true;
        }

        void request(long n) {
            subscription.request(n);
        }
    }
}
