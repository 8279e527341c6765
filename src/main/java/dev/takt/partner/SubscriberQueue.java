package dev.takt.partner;

import dev.takt.domain.event.TaktEvent;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One subscriber's bounded queue of events: the publishing thread only enqueues ({@link #offer}); the events are
 * handed to the subscriber on {@code executor}, one at a time, in order, as fast as it requests them. When the
 * queue is full the <em>oldest</em> waiting event is dropped and counted, so a slow subscriber loses its stalest
 * events but never slows the producers or the other subscribers and never grows memory without bound.
 */
final class SubscriberQueue<T extends TaktEvent> implements Flow.Subscription {

    private static final Logger LOG = Logger.getLogger(SubscriberQueue.class.getName());

    private final Flow.Subscriber<? super T> downstream;
    private final Class<T> type;
    private final Predicate<? super T> filter;
    private final int capacity;
    private final Executor executor;
    private final Runnable onDrop;
    private final Consumer<SubscriberQueue<?>> onCancel;
    private final ArrayDeque<T> queue;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean cancelled;

    SubscriberQueue(Flow.Subscriber<? super T> downstream, Class<T> type, Predicate<? super T> filter, int capacity,
            Executor executor, Runnable onDrop, Consumer<SubscriberQueue<?>> onCancel) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a subscriber's buffer holds at least 1 event, got " + capacity);
        }
        this.downstream = downstream;
        this.type = type;
        this.filter = filter;
        this.capacity = capacity;
        this.executor = executor;
        this.onDrop = onDrop;
        this.onCancel = onCancel;
        this.queue = new ArrayDeque<>(Math.min(capacity, 64));
    }

    /** Enqueues the event if this subscriber wants it; false when it does not (other kind, filtered out, gone). */
    boolean offer(TaktEvent event) {
        if (cancelled || !type.isInstance(event)) {
            return false;
        }
        T typed = type.cast(event);
        if (!filter.test(typed)) {
            return false;
        }
        boolean drop;
        synchronized (queue) {
            drop = queue.size() >= capacity;
            if (drop) {
                queue.pollFirst();
            }
            queue.addLast(typed);
        }
        if (drop) {
            long count = dropped.incrementAndGet();
            onDrop.run();
            if (count == 1 || count % 1000 == 0) {
                LOG.warning(() -> "A " + type.getSimpleName() + " subscriber is too slow: " + count
                        + " event(s) dropped so far (buffer of " + capacity + ")");
            }
        }
        schedule();
        return true;
    }

    /** The kind of event this subscriber hears. */
    Class<T> type() {
        return type;
    }

    /** Events dropped because this subscriber fell behind. */
    long dropped() {
        return dropped.get();
    }

    /** Events waiting. */
    int waiting() {
        synchronized (queue) {
            return queue.size();
        }
    }

    @Override
    public void request(long n) {
        if (cancelled) {
            return;
        }
        if (n <= 0) {
            cancel();
            downstream.onError(new IllegalArgumentException("§3.9: request must be positive, got " + n));
            return;
        }
        requested.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        schedule();
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            synchronized (queue) {
                queue.clear();
            }
            onCancel.accept(this);
        }
    }

    /** Ends the stream normally (the application is stopping). */
    void complete() {
        if (!cancelled) {
            cancel();
            downstream.onComplete();
        }
    }

    private void schedule() {
        if (work.getAndIncrement() == 0) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                work.set(0);
                LOG.log(Level.FINE, "Executor refused the delivery of subscription events (stopping?)", e);
            }
        }
    }

    private void drain() {
        int missed = 1;
        do {
            long wanted = requested.get();
            long emitted = 0;
            while (emitted != wanted && !cancelled) {
                T next;
                synchronized (queue) {
                    next = queue.pollFirst();
                }
                if (next == null) {
                    break;
                }
                try {
                    downstream.onNext(next);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A subscriber failed on an event; its subscription ends", e);
                    cancel();
                    return;
                }
                emitted++;
            }
            if (emitted > 0 && wanted != Long.MAX_VALUE) {
                requested.addAndGet(-emitted);
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }
}
