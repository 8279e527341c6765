package dev.takt.sync.outbox;

import dev.takt.domain.event.CommandDeadLettered;
import dev.takt.domain.event.TaktEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one claimed command and records the outcome: the relay's work for each command, outside any
 * transaction.
 * <ol>
 *   <li>The idempotency ledger first: a key it already holds was carried out (a lease ran out after the target
 *       answered, a crash before the outcome was recorded…), so the command is done without calling the target.
 *   </li>
 *   <li>Otherwise the handler of (target, operation) delivers it once.</li>
 *   <li>The outcome is recorded in a transaction of its own ({@link OutboxStore}), only while this relay still holds
 *       the lease; events (ScheduleApplied, CommandDeadLettered) are published after that commit.</li>
 * </ol>
 * Retriable failures wait {@link Backoff} (and at least what the handler asks, e.g. Odoo's limit_time_real after an
 * unknown outcome); with {@code maxAttempts} set, a command failing that many times becomes a dead letter.
 */
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** Handlers by target and operation. */
    public record HandlerKey(OutboxTarget target, String operation) {
    }

    private final OutboxStore store;
    private final Map<HandlerKey, CommandHandler> handlers;
    private final OutboxSettings settings;
    private final Consumer<TaktEvent> events;
    private final Clock clock;
    private final DoubleSupplier random;

    public OutboxDelivery(OutboxStore store, Map<HandlerKey, CommandHandler> handlers, OutboxSettings settings,
            Consumer<TaktEvent> events, Clock clock, DoubleSupplier random) {
        this.store = store;
        this.handlers = Map.copyOf(handlers);
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.random = random;
    }

    /** Delivers a command this relay claimed, and records what happened. */
    public void deliver(OutboxCommand command) {
        Delivery delivery = attempt(command);
        try {
            record(command, delivery);
        } catch (RuntimeException e) {
            // the lease runs out and the command is claimed again: the ledger or the target's key finds its effect
            LOG.log(Level.WARNING, e, () -> "Could not record the outcome of outbox command " + command.id()
                    + "; it will be delivered again when its lease expires");
        }
    }

    Delivery attempt(OutboxCommand command) {
        Optional<TargetRecord> known;
        try {
            known = store.ledger(command.target(), command.idempotencyKey());
        } catch (RuntimeException e) {
            return new Delivery.Retry("Takt's database could not be read: " + e.getMessage(), null);
        }
        if (known.isPresent()) {
            TargetRecord r = known.get();
            return new Delivery.Done("{\"ledger\":{\"model\":\"" + r.model() + "\",\"id\":" + r.id() + "}}",
                    "already carried out: the idempotency ledger holds " + r, r, java.util.List.of());
        }
        CommandHandler handler = handlers.get(new HandlerKey(command.target(), command.operation()));
        if (handler == null) {
            return new Delivery.Rejected("no handler delivers " + command.operation() + " to " + command.target());
        }
        try {
            return handler.deliver(command);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Handler of " + command.operation() + " failed on command "
                    + command.id());
            return new Delivery.Retry("unexpected failure while delivering (see Takt's log for command "
                    + command.id() + ")", null);
        }
    }

    void record(OutboxCommand command, Delivery delivery) {
        if (delivery instanceof Delivery.Done done) {
            if (store.complete(command, done)) {
                done.events().forEach(this::publish);
            } else {
                lostLease(command);
            }
        } else if (delivery instanceof Delivery.Retry retry) {
            if (settings.maxAttempts() > 0 && command.attempts() >= settings.maxAttempts()) {
                deadLetter(command, "gave up after " + command.attempts() + " attempts; last error: "
                        + retry.error());
                return;
            }
            Duration wait = settings.backoff().delay(command.attempts(), random);
            if (retry.notBefore() != null && retry.notBefore().compareTo(wait) > 0) {
                wait = retry.notBefore();
            }
            Instant next = Instant.now(clock).plus(wait);
            if (!store.retry(command, retry.error(), next)) {
                lostLease(command);
            }
        } else if (delivery instanceof Delivery.Rejected rejected) {
            deadLetter(command, rejected.error());
        }
    }

    private void deadLetter(OutboxCommand command, String error) {
        if (store.deadLetter(command, error)) {
            publish(new CommandDeadLettered(Instant.now(clock), command.id(), command.target().name(),
                    command.aggregateKey(), command.operation(), error));
        } else {
            lostLease(command);
        }
    }

    private void publish(TaktEvent event) {
        try {
            events.accept(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "An observer of " + event.getClass().getSimpleName() + " failed");
        }
    }

    private static void lostLease(OutboxCommand command) {
        LOG.info(() -> "Outbox command " + command.id() + ": lease lost before its outcome was recorded (attempt "
                + command.attempts() + "); the relay holding it now records it");
    }
}
