/**
 * Takt's audit history: append-only entries (time, actor, operation, correlation id, target system and record,
 * payload SHA-256, outcome, error) for every mutation, queued and delivered command, administrator action on the
 * outbox, and so on. {@link dev.takt.audit.AuditLog#append} joins the caller's transaction, so an entry commits
 * with the change it describes; {@link dev.takt.audit.AuditHistory} is the read side behind the GraphQL query
 * {@code auditEntries}. Knows JPA and nothing of Odoo or planners.
 */
package dev.takt.audit;
