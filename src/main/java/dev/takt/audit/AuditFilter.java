package dev.takt.audit;

import java.time.Instant;

/**
 * Which audit entries to read; null fields do not filter.
 *
 * @param operation     exact operation name
 * @param targetSystem  ODOO, PLANNER, PARTNER or TAKT
 * @param correlationId exact correlation id
 * @param outcome       what came of it
 * @param commandId     the outbox command concerned
 * @param from          appended at or after
 * @param to            appended at or before
 */
public record AuditFilter(String operation, String targetSystem, String correlationId, AuditOutcome outcome,
        Long commandId, Instant from, Instant to) {

    /** No filter. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);
}
