package dev.takt.sync;

import dev.takt.domain.PlanningExceptionKind;
import dev.takt.domain.PlanningExceptionStatus;
import dev.takt.domain.Severity;

/**
 * Which planning exceptions to list; each null part matches all.
 *
 * @param status    only in this status
 * @param kind      only of this kind
 * @param severity  only of this severity
 * @param ownerRole only for this role
 * @param item      only about this item code
 */
public record PlanningExceptionFilter(PlanningExceptionStatus status, PlanningExceptionKind kind, Severity severity,
        String ownerRole, String item) {

    /** Every exception. */
    public static final PlanningExceptionFilter ALL = new PlanningExceptionFilter(null, null, null, null, null);
}
