package dev.takt.sync;

import jakarta.enterprise.inject.Instance;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every workflow needs besides the two gateways, resolved lazily so that a deployment without the outbox or
 * the planning-exceptions store still starts: the {@link CommandQueue} (an error when a workflow must queue and
 * none is deployed), the {@link PlanningExceptionSink} (the logging fallback when none is deployed) and the
 * {@link TransactionRunner}.
 */
final class WorkflowServices {

    private final Supplier<CommandQueue> queue;
    private final PlanningExceptionSink exceptions;
    private final TransactionRunner transactions;

    WorkflowServices(Supplier<CommandQueue> queue, PlanningExceptionSink exceptions, TransactionRunner transactions) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.exceptions = Objects.requireNonNull(exceptions, "exceptions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** From CDI: the beans that are deployed, the fallbacks otherwise. */
    static WorkflowServices of(Instance<CommandQueue> queues, Instance<PlanningExceptionSink> sinks,
            TransactionRunner transactions) {
        PlanningExceptionSink sink = sinks.isResolvable() ? sinks.get() : new LoggingPlanningExceptionSink();
        return new WorkflowServices(() -> {
            if (!queues.isResolvable()) {
                throw new CommandQueueUnavailableException("Takt's command outbox is not installed in this "
                        + "deployment, so nothing can be queued for Odoo; nothing was queued or recorded. Dry runs "
                        + "and validation work without it.");
            }
            return queues.get();
        }, sink, transactions);
    }

    CommandQueue queue() {
        return queue.get();
    }

    PlanningExceptionSink exceptions() {
        return exceptions;
    }

    TransactionRunner transactions() {
        return transactions;
    }
}
