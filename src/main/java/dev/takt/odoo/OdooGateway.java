package dev.takt.odoo;

import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.Slice;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The port through which Takt reads the system of execution (Odoo), in Takt's own language.
 *
 * <p>Callers name {@link Entity entities} and their fields; the implementation alone knows Odoo's models,
 * field names, version dialects and JSON-RPC. Every method asks Odoo only for the fields requested (plus the
 * identifier) and makes a bounded number of calls whatever the number of records: one per page of results.
 *
 * <p>Failures surface as {@link OdooUnavailableException} (Odoo could not be reached or kept failing after
 * retries; trying later may work) or {@link OdooRejectedException} (Odoo refused the request: access denied,
 * validation, missing record; retrying will not help).
 */
public interface OdooGateway {

    /** One page of records: at most {@code query.limit()} of them, after {@code query.afterId()}. */
    <T extends Record> Slice<T> find(EntityQuery<T> query);

    /** Every record matching the query, read page by page, in id order. */
    <T extends Record> List<T> findAll(EntityQuery<T> query);

    /**
     * Every record matching the query, handed to {@code pageConsumer} one page at a time so that no more than a
     * page is held in memory.
     */
    <T extends Record> void stream(EntityQuery<T> query, Consumer<List<T>> pageConsumer);

    /** The records with these ids that exist (missing ids are skipped), in id order. */
    <T extends Record> List<T> findByIds(Entity<T> entity, Collection<Long> ids, Set<String> fields);

    /** Odoo's server version string, e.g. {@code 17.0-20240709}; a cheap liveness probe of the connection. */
    String serverVersion();
}
