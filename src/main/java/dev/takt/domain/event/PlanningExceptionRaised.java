package dev.takt.domain.event;

import java.time.Instant;

/**
 * A planning exception was raised for a person to review.
 *
 * @param id        the exception's id (to acknowledge or resolve it)
 * @param kind      what kind (UNMAPPED_ITEM, INVALID_ROUTING, DUPLICATE_EVENT, CONFLICT, THRESHOLD_BREACH, SHORTAGE…)
 * @param severity  LOW, MEDIUM, HIGH or CRITICAL
 * @param ownerRole who must act (planner, buyer, scheduler, administrator)
 * @param message   what happened, in a planner's words
 */
public record PlanningExceptionRaised(Instant at, long id, String kind, String severity, String ownerRole,
        String message, String item, String workCenter, String plant) implements TaktEvent {
}
