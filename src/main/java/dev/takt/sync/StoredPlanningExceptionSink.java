package dev.takt.sync;

import dev.takt.domain.OrderLink;
import dev.takt.domain.PlanningExceptionDraft;
import dev.takt.domain.PlanningExceptionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The workflows' {@link PlanningExceptionSink}: each report becomes a stored planning exception
 * ({@link PlanningExceptions}), in the caller's transaction when there is one. The condition's identity (the dedup
 * key) is the kind, the plan element or order, and the item: reporting the same breach or conflict again while it is
 * open counts one more occurrence instead of a second exception.
 */
@ApplicationScoped
public class StoredPlanningExceptionSink implements PlanningExceptionSink {

    private PlanningExceptions exceptions;

    /** For CDI's proxies only. */
    protected StoredPlanningExceptionSink() {
    }

    @Inject
    public StoredPlanningExceptionSink(PlanningExceptions exceptions) {
        this.exceptions = exceptions;
    }

    @Override
    public void raise(String kind, Severity severity, String ownerRole, String message, String item,
            String reference) {
        exceptions.raise(draft(kind, severity, ownerRole, message, item, reference), "takt");
    }

    static PlanningExceptionDraft draft(String kind, Severity severity, String ownerRole,
            String message, String item, String reference) {
        PlanningExceptionKind stored = kind(kind);
        String dedupKey = stored.name() + ":" + (reference == null ? "-" : reference) + ":" + (item == null ? "-" : item);
        OrderLink order = reference == null ? null : new OrderLink(null, null, reference);
        return new PlanningExceptionDraft(stored, severity(severity), ownerRole, message, dedupKey, item, null, null,
                order, null, null);
    }

    private static PlanningExceptionKind kind(String kind) {
        return switch (kind) {
            case Kinds.SCHEDULE_CONFLICT -> PlanningExceptionKind.CONFLICT;
            case Kinds.THRESHOLD_BREACH -> PlanningExceptionKind.THRESHOLD_BREACH;
            case Kinds.RELEASE_REJECTED -> PlanningExceptionKind.RELEASE_REJECTED;
            default -> PlanningExceptionKind.valueOf(kind);
        };
    }

    private static dev.takt.domain.Severity severity(Severity severity) {
        if (severity == null) {
            return null;
        }
        return switch (severity) {
            case INFO -> dev.takt.domain.Severity.LOW;
            case WARNING -> dev.takt.domain.Severity.MEDIUM;
            case CRITICAL -> dev.takt.domain.Severity.CRITICAL;
        };
    }
}
