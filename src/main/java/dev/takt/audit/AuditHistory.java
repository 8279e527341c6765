package dev.takt.audit;

import dev.takt.domain.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit history: filtered, newest first, paged by id (keyset). */
@ApplicationScoped
public class AuditHistory {

    private EntityManager em;

    /** For CDI's proxies only. */
    protected AuditHistory() {
    }

    @Inject
    public AuditHistory(EntityManager em) {
        this.em = em;
    }

    /**
     * Entries matching {@code filter}, newest first.
     *
     * @param before     only entries with a smaller id (the cursor of the previous page), or null
     * @param limit      at most this many
     * @param countTotal also count every matching entry
     */
    public Slice<AuditEntry> find(AuditFilter filter, Long before, int limit, boolean countTotal) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        add(where, params, filter.operation(), "e.operation = :operation", "operation");
        add(where, params, filter.targetSystem(), "e.targetSystem = :targetSystem", "targetSystem");
        add(where, params, filter.correlationId(), "e.correlationId = :correlationId", "correlationId");
        add(where, params, filter.outcome(), "e.outcome = :outcome", "outcome");
        add(where, params, filter.commandId(), "e.commandId = :commandId", "commandId");
        add(where, params, filter.from() == null ? null : LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC),
                "e.at >= :fromAt", "fromAt");
        add(where, params, filter.to() == null ? null : LocalDateTime.ofInstant(filter.to(), ZoneOffset.UTC),
                "e.at <= :toAt", "toAt");
        Map<String, Object> filters = new LinkedHashMap<>(params);
        List<String> filterWhere = new ArrayList<>(where);
        add(where, params, before, "e.id < :before", "before");
        TypedQuery<AuditEntryRow> q = em.createQuery("SELECT e FROM AuditEntryRow e" + clause(where)
                + " ORDER BY e.id DESC", AuditEntryRow.class);
        params.forEach(q::setParameter);
        List<AuditEntryRow> rows = q.setMaxResults(limit + 1).getResultList();
        Long total = null;
        if (countTotal) {
            TypedQuery<Long> c = em.createQuery("SELECT COUNT(e) FROM AuditEntryRow e" + clause(filterWhere),
                    Long.class);
            filters.forEach(c::setParameter);
            total = c.getSingleResult();
        }
        return new Slice<>(rows.stream().limit(limit).map(AuditEntryRow::toDomain).toList(), rows.size() > limit,
                total);
    }

    private static void add(List<String> where, Map<String, Object> params, Object value, String condition,
            String name) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static String clause(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }
}
