package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A planning exception to raise: what happened, for whom, how urgent, about which order and demand. The
 * {@code dedupKey} names the condition (e.g. {@code SHORTAGE:FURN_0001:WH}): while an exception with the same key is
 * open or acknowledged, raising it again only counts one more occurrence.
 *
 * @param kind      what kind of condition
 * @param severity  how urgent (null: the kind's default)
 * @param ownerRole who must act (null: the kind's default)
 * @param message   what happened, in the owner's words (at most 2,000 characters)
 * @param dedupKey  the condition's identity (at most 400 characters)
 * @param item      the item's code, or null
 * @param workCenter the work center's name, or null
 * @param plant     the warehouse's short code, or null
 * @param order     the order concerned, or null
 * @param demand    the demand it serves, or null
 * @param dueAt     when it must be handled by, or null
 */
public record PlanningExceptionDraft(PlanningExceptionKind kind, Severity severity, String ownerRole, String message,
        String dedupKey, String item, String workCenter, String plant, OrderLink order, DemandLink demand,
        Instant dueAt) {

    public PlanningExceptionDraft {
        Objects.requireNonNull(kind, "kind");
        severity = severity == null ? kind.defaultSeverity() : severity;
        ownerRole = ownerRole == null || ownerRole.isBlank() ? kind.defaultOwnerRole() : Text.clip(ownerRole, 40);
        message = Text.clip(message, 2000);
        if (message == null) {
            throw new IllegalArgumentException("a planning exception needs a message");
        }
        dedupKey = Text.clip(dedupKey, 400);
        if (dedupKey == null) {
            throw new IllegalArgumentException("a planning exception needs a dedup key");
        }
        item = Text.clip(item, 64);
        workCenter = Text.clip(workCenter, 200);
        plant = Text.clip(plant, 64);
    }

    /** A draft with the kind's default severity and owner and no links. */
    public static PlanningExceptionDraft of(PlanningExceptionKind kind, String dedupKey, String message) {
        return new PlanningExceptionDraft(kind, null, null, message, dedupKey, null, null, null, null, null, null);
    }

    public PlanningExceptionDraft withItem(String itemCode) {
        return new PlanningExceptionDraft(kind, severity, ownerRole, message, dedupKey, itemCode, workCenter, plant,
                order, demand, dueAt);
    }

    public PlanningExceptionDraft withPlant(String plantCode) {
        return new PlanningExceptionDraft(kind, severity, ownerRole, message, dedupKey, item, workCenter, plantCode,
                order, demand, dueAt);
    }

    public PlanningExceptionDraft withOrder(OrderLink link) {
        return new PlanningExceptionDraft(kind, severity, ownerRole, message, dedupKey, item, workCenter, plant,
                link, demand, dueAt);
    }

    public PlanningExceptionDraft withDemand(DemandLink link) {
        return new PlanningExceptionDraft(kind, severity, ownerRole, message, dedupKey, item, workCenter, plant,
                order, link, dueAt);
    }

    public PlanningExceptionDraft due(Instant at) {
        return new PlanningExceptionDraft(kind, severity, ownerRole, message, dedupKey, item, workCenter, plant,
                order, demand, at);
    }
}
