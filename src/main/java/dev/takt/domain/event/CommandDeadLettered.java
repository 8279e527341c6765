package dev.takt.domain.event;

import java.time.Instant;

/**
 * A command could not be delivered and was moved to the dead letters for an administrator.
 *
 * @param commandId the outbox command's id (to replay or discard it)
 * @param target    ODOO, PLANNER or PARTNER
 * @param aggregate what the command was about (e.g. a planned order or a manufacturing order's reference)
 * @param operation what it was to do
 * @param error     why it failed, in plain words
 */
public record CommandDeadLettered(Instant at, long commandId, String target, String aggregate, String operation,
        String error) implements TaktEvent {
}
