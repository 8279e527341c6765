package dev.takt.sync.outbox;

import dev.takt.domain.event.TaktEvent;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a {@link CommandHandler}'s delivery attempt came to. */
public sealed interface Delivery {

    /**
     * The target carried the command out (or had already), or gave an answer that settles it (a schedule
     * conflict, a record that is gone): the command is done.
     *
     * @param result  the target's answer, as JSON (kept with the command)
     * @param detail  a short line for the audit history
     * @param created the record the command created in the target, for the idempotency ledger; null when it
     *                created nothing
     * @param events  events for partners, published after the outcome is committed
     */
    record Done(String result, String detail, TargetRecord created, List<TaktEvent> events) implements Delivery {
        public Done {
            Objects.requireNonNull(result, "result");
            events = List.copyOf(events);
        }
    }

    /**
     * Not carried out, or not known to be, but another attempt may succeed: retried with backoff, and not before
     * {@code notBefore} from now when given (e.g. Odoo's longest request time after an unknown outcome).
     */
    record Retry(String error, Duration notBefore) implements Delivery {
        public Retry {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The target refused the command for good: it becomes a dead letter. */
    record Rejected(String error) implements Delivery {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }
}
