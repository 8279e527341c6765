package dev.takt.sync;

import dev.takt.audit.AuditLog;
import dev.takt.audit.AuditOutcome;
import dev.takt.audit.AuditRecord;
import dev.takt.domain.PlanningException;
import dev.takt.domain.PlanningExceptionCase;
import dev.takt.domain.PlanningExceptionDraft;
import dev.takt.domain.PlanningExceptionStatus;
import dev.takt.domain.Slice;
import dev.takt.domain.event.PlanningExceptionRaised;
import dev.takt.domain.event.TaktEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Planning exceptions: conditions a person must review, raised by the workflows (execution feedback, schedule
 * application, forecast publication…) and acknowledged and resolved by people through the GraphQL API.
 *
 * <p>{@link #raise} joins the caller's transaction (or starts one): the exception is stored with the caller's work
 * and {@link PlanningExceptionRaised} is fired as a CDI event that observers receive after the commit
 * ({@code @Observes(during = AFTER_SUCCESS)}), never for a rolled-back raise. The same condition (same
 * {@link PlanningExceptionDraft#dedupKey()}) is raised once while it is open or acknowledged: raising it again counts
 * one more occurrence and fires nothing. Numbers come from {@code SYNC_COUNTER}, whose row is locked first, so
 * concurrent raises of the same key are serialised and cannot both open an exception (a unique constraint on the
 * open key backs this up).
 */
@ApplicationScoped
public class PlanningExceptions {

    private static final Logger LOG = Logger.getLogger(PlanningExceptions.class.getName());

    private EntityManager em;
    private Event<TaktEvent> events;
    private Clock clock;
    private AuditLog audit;

    /** For CDI's proxies only. */
    protected PlanningExceptions() {
    }

    @Inject
    public PlanningExceptions(EntityManager em, Event<TaktEvent> events, AuditLog audit) {
        this(em, events, audit, Clock.systemUTC());
    }

    PlanningExceptions(EntityManager em, Event<TaktEvent> events, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a raise did.
     *
     * @param exception the exception, new or the one already open for the same condition
     * @param opened    true when this raise opened it (and fired {@link PlanningExceptionRaised})
     */
    public record Raised(PlanningExceptionCase exception, boolean opened) {
    }

    /**
     * Raises {@code draft} on behalf of {@code raisedBy} (a workflow's name or a person), in the caller's
     * transaction.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Raised raise(PlanningExceptionDraft draft, String raisedBy) {
        Objects.requireNonNull(draft, "draft");
        Instant now = clock.instant();
        SyncCounterRow counter = em.find(SyncCounterRow.class, SyncCounterRow.PLANNING_EXCEPTION,
                LockModeType.PESSIMISTIC_WRITE);
        Optional<PlanningExceptionRow> open = em.createQuery(
                        "SELECT e FROM PlanningExceptionRow e WHERE e.openKey = :key", PlanningExceptionRow.class)
                .setParameter("key", draft.dedupKey()).getResultStream().findFirst();
        if (open.isPresent()) {
            PlanningExceptionCase c = open.get().toDomain();
            PlanningExceptionCase again = new PlanningExceptionCase(c.id(), c.draft(), c.status(), c.raisedAt(),
                    c.raisedBy(), now, c.occurrences() + 1, c.acknowledged(), c.resolved());
            open.get().apply(again);
            return new Raised(again, false);
        }
        long id = counter.next();
        PlanningExceptionCase c = new PlanningExceptionCase(id, draft, PlanningExceptionStatus.OPEN, now,
                raisedBy == null || raisedBy.isBlank() ? "takt" : raisedBy, now, 1, null, null);
        em.persist(PlanningExceptionRow.of(c));
        record(c.raisedBy(), "exception.raise", id, AuditOutcome.ACCEPTED, draft.kind() + " " + draft.dedupKey()
                + (draft.order() == null ? "" : " order " + draft.order()));
        events.fire(new PlanningExceptionRaised(now, id, draft.kind().name(), draft.severity().name(),
                draft.ownerRole(), draft.message(), draft.item(), draft.workCenter(), draft.plant()));
        LOG.info(() -> "Planning exception " + id + " raised (" + draft.kind() + ", " + draft.dedupKey() + ")");
        return new Raised(c, true);
    }

    /**
     * Acknowledges an open exception.
     *
     * @throws PlanningException NOT_FOUND for an unknown id, INVALID_STATE when it is not open
     */
    @Transactional
    public PlanningExceptionCase acknowledge(long id, String by, String note) {
        PlanningExceptionRow row = locked(id);
        PlanningExceptionCase done = row.toDomain().acknowledge(by, clock.instant(), note);
        row.apply(done);
        record(by, "exception.acknowledge", id, AuditOutcome.ACCEPTED, note);
        return done;
    }

    /**
     * Resolves an open or acknowledged exception.
     *
     * @throws PlanningException NOT_FOUND for an unknown id, INVALID_STATE when it is resolved already
     */
    @Transactional
    public PlanningExceptionCase resolve(long id, String by, String resolution) {
        PlanningExceptionRow row = locked(id);
        PlanningExceptionCase done = row.toDomain().resolve(by, clock.instant(), resolution);
        row.apply(done);
        record(by, "exception.resolve", id, AuditOutcome.ACCEPTED, resolution);
        return done;
    }

    private void record(String actor, String operation, long id, AuditOutcome outcome, String detail) {
        audit.append(new AuditRecord(actor == null || actor.isBlank() ? "takt" : actor, operation,
                java.util.UUID.randomUUID().toString(), "TAKT", "planning-exception/" + id, null, null, outcome,
                detail, null));
    }

    private PlanningExceptionRow locked(long id) {
        PlanningExceptionRow row = em.find(PlanningExceptionRow.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw PlanningException.notFound("planning exception " + id + " does not exist");
        }
        return row;
    }

    /** One exception. */
    public Optional<PlanningExceptionCase> find(long id) {
        return Optional.ofNullable(em.find(PlanningExceptionRow.class, id)).map(PlanningExceptionRow::toDomain);
    }

    /** The open or acknowledged exception for a condition, if any. */
    public Optional<PlanningExceptionCase> active(String dedupKey) {
        return em.createQuery("SELECT e FROM PlanningExceptionRow e WHERE e.openKey = :key", PlanningExceptionRow.class)
                .setParameter("key", dedupKey).getResultStream().findFirst().map(PlanningExceptionRow::toDomain);
    }

    /**
     * Exceptions matching {@code filter}, newest first: at most {@code limit} with an id below {@code beforeId}
     * (null: from the newest), and the count of all matching ones when asked.
     */
    public Slice<PlanningExceptionCase> list(PlanningExceptionFilter filter, Long beforeId, int limit,
            boolean countTotal) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        if (filter.status() != null) {
            conditions.put("e.status = :status", filter.status());
        }
        if (filter.kind() != null) {
            conditions.put("e.kind = :kind", filter.kind());
        }
        if (filter.severity() != null) {
            conditions.put("e.severity = :severity", filter.severity());
        }
        if (filter.ownerRole() != null) {
            conditions.put("e.ownerRole = :ownerRole", filter.ownerRole());
        }
        if (filter.item() != null) {
            conditions.put("e.item = :item", filter.item());
        }
        List<String> where = new ArrayList<>(conditions.keySet());
        String filters = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String paged = beforeId == null ? filters : (filters.isEmpty() ? " WHERE " : filters + " AND ") + "e.id < :before";
        TypedQuery<PlanningExceptionRow> query = em.createQuery(
                "SELECT e FROM PlanningExceptionRow e" + paged + " ORDER BY e.id DESC", PlanningExceptionRow.class);
        bind(query, conditions);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        List<PlanningExceptionRow> rows = query.setMaxResults(limit + 1).getResultList();
        Long total = null;
        if (countTotal) {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM PlanningExceptionRow e" + filters,
                    Long.class);
            bind(count, conditions);
            total = count.getSingleResult();
        }
        return new Slice<>(rows.stream().limit(limit).map(PlanningExceptionRow::toDomain).toList(),
                rows.size() > limit, total);
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> conditions) {
        conditions.forEach((condition, value) ->
                query.setParameter(condition.substring(condition.indexOf(':') + 1), value));
    }
}
