package dev.takt.sync.outbox;

import java.util.Objects;

/**
 * A record a command created in its target, as the idempotency ledger keeps it.
 *
 * @param model     the target's model, e.g. {@code mrp.production}
 * @param id        its id there
 * @param reference its reference there (e.g. {@code WH/MO/00042}), or null
 */
public record TargetRecord(String model, long id, String reference) {

    public TargetRecord {
        Objects.requireNonNull(model, "model");
    }

    @Override
    public String toString() {
        return model + "/" + id;
    }
}
