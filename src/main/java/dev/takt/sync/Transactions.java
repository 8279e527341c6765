package dev.takt.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Runs a workflow's writes in one JTA transaction (joining the caller's if there is one), so that the workflow's
 * state, its audit entry and its outbox commands commit together or not at all. Outside the container (unit
 * tests) an instance made with {@code new} simply runs the work.
 */
@ApplicationScoped
public class Transactions {

    /** Runs {@code work} in a transaction ({@code REQUIRED}); a runtime exception rolls it back. */
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return work.get();
    }
}
