package dev.takt.sync.outbox;

import dev.takt.domain.event.TaktEvent;
import dev.takt.ops.ConfigKeys;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox relay: container glue that runs {@value ConfigKeys#OUTBOX_RELAY_INSTANCES} relay loop(s) on the
 * server's managed scheduled executor. Each loop, every {@value ConfigKeys#OUTBOX_RELAY_POLL_INTERVAL_MS} ms (at
 * once again while it finds work), leases due commands ({@link OutboxStore#due}, {@link OutboxStore#lease}) up to its free delivery slots
 * ({@value ConfigKeys#OUTBOX_RELAY_CONCURRENCY}) and hands each to the managed executor, where
 * {@link OutboxDelivery} delivers it outside any transaction and records the outcome.
 *
 * <p>Why a managed scheduled executor rather than an EJB timer: every server (replica) should relay, sharing the
 * work through row leases, and poll about every quarter of a second. Persistent EJB timers run each occurrence on
 * one node and fail over only after 100 s or more; non-persistent ones fire at one-second granularity at best and
 * bring nothing the leases do not already give. A crash loses no command: a leased row whose relay died is claimed
 * again once its lease ({@value ConfigKeys#OUTBOX_RELAY_LEASE_MS}) expires.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService workers;
    @Inject
    OutboxStore store;
    @Inject
    @Any
    Instance<CommandHandler> handlers;
    @Inject
    Event<TaktEvent> events;
    @Inject
    Config config;

    private final List<Future<?>> loops = new ArrayList<>();
    private final AtomicLong lastFailureLog = new AtomicLong();
    private volatile boolean stopped;
    private OutboxSettings settings;
    private OutboxDelivery delivery;

    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000)
            @Initialized(ApplicationScoped.class) Object event) {
        settings = settings(config);
        Map<OutboxDelivery.HandlerKey, CommandHandler> byKey = new HashMap<>();
        for (CommandHandler h : handlers) {
            CommandHandler before = byKey.put(new OutboxDelivery.HandlerKey(h.target(), h.operation()), h);
            if (before != null) {
                throw new IllegalStateException("two outbox handlers deliver " + h.operation() + " to " + h.target());
            }
        }
        delivery = new OutboxDelivery(store, byKey, settings, events::fire, Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble());
        if (!settings.enabled() || settings.relays() == 0) {
            LOG.info("Outbox relay disabled in this server (" + ConfigKeys.OUTBOX_RELAY_ENABLED + ")");
            return;
        }
        String node = node();
        for (int i = 1; i <= settings.relays(); i++) {
            Loop loop = new Loop(node + "#" + i);
            loops.add(scheduler.scheduleWithFixedDelay(loop, settings.pollInterval().toMillis(),
                    settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS));
        }
        LOG.info(() -> "Outbox relay started: " + settings.relays() + " loop(s) on " + node + ", " + byKey.size()
                + " handler(s), poll " + settings.pollInterval().toMillis() + " ms, lease "
                + settings.lease().toSeconds() + " s, " + settings.concurrency() + " deliveries in flight per loop");
    }

    @PreDestroy
    void stop() {
        stopped = true;
        loops.forEach(f -> f.cancel(false));
    }

    /** The settings in force. */
    public OutboxSettings settings() {
        return settings;
    }

    /** One relay: claims due commands for its free slots and hands them to the workers. */
    private final class Loop implements Runnable {
        private final String owner;
        private final Semaphore slots;

        Loop(String owner) {
            this.owner = owner;
            this.slots = new Semaphore(settings.concurrency());
        }

        @Override
        public void run() {
            try {
                while (!stopped) {
                    int free = Math.min(slots.availablePermits(), settings.batchSize());
                    if (free == 0) {
                        return;
                    }
                    List<OutboxCommand> due = store.due(free);
                    if (due.isEmpty()) {
                        return;
                    }
                    for (OutboxCommand candidate : due) {
                        if (stopped) {
                            return;
                        }
                        var leased = store.lease(candidate, owner, settings.lease());
                        if (leased.isEmpty()) {
                            continue; // another relay was first
                        }
                        OutboxCommand command = leased.get();
                        slots.acquireUninterruptibly();
                        try {
                            workers.execute(() -> {
                                try {
                                    delivery.deliver(command);
                                } finally {
                                    slots.release();
                                }
                            });
                        } catch (RejectedExecutionException e) {
                            slots.release(); // shutting down: the lease expires and another relay takes it
                        }
                    }
                    if (due.size() < free) {
                        return;
                    }
                }
            } catch (RuntimeException e) {
                long now = System.currentTimeMillis();
                long last = lastFailureLog.get();
                if (now - last > 10_000 && lastFailureLog.compareAndSet(last, now)) {
                    LOG.log(Level.WARNING, e, () -> "Outbox relay " + owner + " could not claim commands; "
                            + "it tries again at its next poll");
                }
            }
        }
    }

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "takt";
        }
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 80 ? id.substring(id.length() - 80) : id;
    }

    /** Reads the relay's settings from MicroProfile Config. */
    static OutboxSettings settings(Config config) {
        return new OutboxSettings(
                millis(config, ConfigKeys.OUTBOX_RELAY_POLL_INTERVAL_MS, 250),
                millis(config, ConfigKeys.OUTBOX_RELAY_LEASE_MS, 300_000),
                config.getOptionalValue(ConfigKeys.OUTBOX_RELAY_BATCH_SIZE, Integer.class).orElse(50),
                config.getOptionalValue(ConfigKeys.OUTBOX_RELAY_CONCURRENCY, Integer.class).orElse(8),
                config.getOptionalValue(ConfigKeys.OUTBOX_RELAY_INSTANCES, Integer.class).orElse(1),
                new Backoff(millis(config, ConfigKeys.OUTBOX_BACKOFF_INITIAL_MS, 1000),
                        millis(config, ConfigKeys.OUTBOX_BACKOFF_MAX_MS, 300_000),
                        config.getOptionalValue(ConfigKeys.OUTBOX_BACKOFF_JITTER, Double.class).orElse(0.5)),
                millis(config, ConfigKeys.OUTBOX_ODOO_LIMIT_TIME_REAL_MS, 120_000),
                config.getOptionalValue(ConfigKeys.OUTBOX_MAX_ATTEMPTS, Integer.class).orElse(0),
                config.getOptionalValue(ConfigKeys.OUTBOX_RELAY_ENABLED, Boolean.class).orElse(true));
    }

    private static Duration millis(Config config, String key, long fallback) {
        return Duration.ofMillis(config.getOptionalValue(key, Long.class).orElse(fallback));
    }
}
