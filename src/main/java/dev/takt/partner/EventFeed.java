package dev.takt.partner;

import dev.takt.domain.event.TaktEvent;
import dev.takt.ops.ConfigKeys;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The live feed of {@link TaktEvent}s for GraphQL subscribers: each event committed in Takt is offered to every
 * open subscription, which keeps it if it is of the subscription's kind and passes its filter.
 *
 * <p>Ordering and backpressure: each subscriber has its own bounded queue
 * ({@value ConfigKeys#SUBSCRIPTION_BUFFER} events, default 256), drained in event order on the managed executor,
 * never on the thread that committed the change. When a subscriber falls that far behind, its oldest waiting event
 * is dropped and counted in the {@code takt_subscription_events_dropped_total} metric (see
 * docs/subscriptions.md): subscriptions are a live view, not a delivery guarantee; partners who must not miss an
 * event use webhooks.
 */
@ApplicationScoped
public class EventFeed {

    /** Counter of events dropped because a subscriber was too slow. */
    public static final String DROPPED = "takt.subscription.events.dropped";

    private static final Metadata DROPPED_METADATA = Metadata.builder().withName(DROPPED)
            .withDescription("Subscription events dropped because the subscriber fell behind (oldest first)")
            .build();

    private final Set<SubscriberQueue<?>> subscribers = ConcurrentHashMap.newKeySet();
    private int capacity;
    private Supplier<Executor> executor;
    private Runnable onDrop;

    /** For CDI's proxies only. */
    protected EventFeed() {
    }

    /** Delivers on Mutiny's default executor, which Takt sets to the managed scheduled executor at start. */
    @Inject
    public EventFeed(@ConfigProperty(name = ConfigKeys.SUBSCRIPTION_BUFFER, defaultValue = "256") int capacity,
            MetricRegistry metrics) {
        this(capacity, Infrastructure::getDefaultExecutor, () -> metrics.counter(DROPPED_METADATA).inc());
    }

    EventFeed(int capacity, Supplier<Executor> executor, Runnable onDrop) {
        if (capacity < 1) {
            throw new IllegalArgumentException(ConfigKeys.SUBSCRIPTION_BUFFER + " must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.onDrop = Objects.requireNonNull(onDrop, "onDrop");
    }

    /** Offers a committed event to the subscribers (called after the producing transaction succeeded). */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaktEvent event) {
        publish(event);
    }

    /** Offers the event to every subscriber; returns how many took it. */
    public int publish(TaktEvent event) {
        int taken = 0;
        for (SubscriberQueue<?> subscriber : subscribers) {
            if (subscriber.offer(event)) {
                taken++;
            }
        }
        return taken;
    }

    /**
     * A stream of the events of one kind that pass the filter, from the moment it is subscribed to; each
     * subscription has its own queue.
     */
    public <T extends TaktEvent> Multi<T> stream(Class<T> type, Predicate<? super T> filter) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(filter, "filter");
        Flow.Publisher<T> publisher = downstream -> {
            SubscriberQueue<T> queue = new SubscriberQueue<>(downstream, type, filter, capacity,
                    runnable -> executor.get().execute(runnable), onDrop, subscribers::remove);
            downstream.onSubscribe(queue);
            subscribers.add(queue);
        };
        return Multi.createFrom().publisher(publisher);
    }

    /** Subscriptions open now. */
    public int subscribers() {
        return subscribers.size();
    }

    /** Subscriptions open now to events of {@code kind}. */
    public int subscribers(EventKind kind) {
        return (int) subscribers.stream().filter(s -> s.type() == kind.type()).count();
    }

    @PreDestroy
    void stop() {
        for (SubscriberQueue<?> subscriber : List.copyOf(subscribers)) {
            subscriber.complete();
        }
    }
}
