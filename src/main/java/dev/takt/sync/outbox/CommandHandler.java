package dev.takt.sync.outbox;

/**
 * Delivers one kind of outbox command to its target: the outbox's extension point. A handler is a CDI bean
 * ({@code @ApplicationScoped}) implementing this interface; the relay finds it by {@link #target()} and
 * {@link #operation()} (one handler per pair). Odoo's handlers are in this package; the planner's execution
 * feedback and partners' webhooks plug in the same way.
 *
 * <p>A handler is called outside any transaction, possibly more than once for the same command (after a crash, a
 * lost reply, an expired lease): it must be idempotent at the target, by the command's
 * {@link OutboxCommand#idempotencyKey()}. It never throws for a failure of the target: it answers
 * {@link Delivery.Retry} or {@link Delivery.Rejected} (an exception it does throw is logged and retried).
 */
public interface CommandHandler {

    /** The target this handler delivers to. */
    OutboxTarget target();

    /** The operation it carries out. */
    String operation();

    /** Delivers the command once. */
    Delivery deliver(OutboxCommand command);
}
