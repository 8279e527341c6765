package dev.takt.sync;

import java.util.function.Supplier;

/**
 * Runs a workflow's writes in one local transaction: the commands it queues ({@link CommandQueue}), the workflow
 * state it records and the planning exceptions it raises commit together or not at all. Odoo and the planner are
 * read before, outside the transaction.
 */
public interface TransactionRunner {

    /** Runs {@code work} in a transaction (joining the caller's, if any) and returns its result. */
    <T> T inTransaction(Supplier<T> work);
}
