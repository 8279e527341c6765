package dev.takt.audit;

/**
 * Appends to Takt's audit history. Joins the caller's transaction (JTA {@code REQUIRED}), so an entry commits or
 * rolls back with the change it describes; called without a transaction, it writes in one of its own.
 */
public interface AuditLog {

    /** Appends one entry; returns its id. */
    long append(AuditRecord record);
}
