package dev.takt.audit;

import java.time.Instant;

/**
 * One entry of the audit history as stored.
 *
 * @param id     its position in the history (grows with time within a server)
 * @param at     when it was appended (UTC)
 * @param record what it says
 */
public record AuditEntry(long id, Instant at, AuditRecord record) {
}
