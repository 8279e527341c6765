package dev.takt.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/** {@link TransactionRunner} on JTA: {@code @Transactional(REQUIRED)}; any exception rolls back. */
@ApplicationScoped
public class JtaTransactionRunner implements TransactionRunner {

    @Override
    @Transactional(rollbackOn = Exception.class)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
