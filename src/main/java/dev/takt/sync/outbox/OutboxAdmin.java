package dev.takt.sync.outbox;

import dev.takt.audit.AuditLog;
import dev.takt.audit.AuditOutcome;
import dev.takt.audit.AuditRecord;
import dev.takt.domain.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an administrator does with the outbox: list commands and dead letters, replay or discard a dead letter,
 * pause and resume delivery per target, see how delivery stands. Each change is audited in its transaction.
 */
@ApplicationScoped
public class OutboxAdmin {

    /** Longest discard reason kept. */
    public static final int MAX_REASON = 1000;

    private EntityManager em;
    private AuditLog audit;
    private Clock clock;

    /** For CDI's proxies only. */
    protected OutboxAdmin() {
    }

    @Inject
    public OutboxAdmin(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Commands by id, oldest first, after {@code afterId}; null filters do not filter. */
    public Slice<OutboxCommand> commands(CommandStatus status, OutboxTarget target, Long afterId, int limit,
            boolean countTotal) {
        List<String> where = new ArrayList<>();
        if (status != null) {
            where.add("c.status = :status");
        }
        if (target != null) {
            where.add("c.target = :target");
        }
        String filters = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        List<String> paged = new ArrayList<>(where);
        if (afterId != null) {
            paged.add("c.id > :after");
        }
        TypedQuery<OutboxCommandRow> q = em.createQuery("SELECT c FROM OutboxCommandRow c"
                + (paged.isEmpty() ? "" : " WHERE " + String.join(" AND ", paged)) + " ORDER BY c.id",
                OutboxCommandRow.class);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (target != null) {
            q.setParameter("target", target);
        }
        if (afterId != null) {
            q.setParameter("after", afterId);
        }
        List<OutboxCommandRow> rows = q.setMaxResults(limit + 1).getResultList();
        Long total = null;
        if (countTotal) {
            TypedQuery<Long> c = em.createQuery("SELECT COUNT(c) FROM OutboxCommandRow c" + filters, Long.class);
            if (status != null) {
                c.setParameter("status", status);
            }
            if (target != null) {
                c.setParameter("target", target);
            }
            total = c.getSingleResult();
        }
        return new Slice<>(rows.stream().limit(limit).map(OutboxCommandRow::toDomain).toList(), rows.size() > limit,
                total);
    }

    /** One command. */
    public OutboxCommand command(long id) {
        OutboxCommandRow row = em.find(OutboxCommandRow.class, id);
        if (row == null) {
            throw notFound(id);
        }
        return row.toDomain();
    }

    /** Sends a dead letter back for delivery, at once; its attempts so far are kept. */
    @Transactional
    public OutboxCommand replay(long id, String actor) {
        OutboxCommandRow row = deadLetter(id, "replayed");
        row.replay(Instant.now(clock));
        audit.append(new AuditRecord(actor, "outbox.replayDeadLetter", UUID.randomUUID().toString(),
                row.target.name(), row.aggregateKey, row.id, row.payloadHash, AuditOutcome.REPLAYED,
                "last error: " + row.lastError, null));
        return row.toDomain();
    }

    /** Discards a dead letter for good, with the reason. */
    @Transactional
    public OutboxCommand discard(long id, String reason, String actor) {
        OutboxCommandRow row = deadLetter(id, "discarded");
        row.discard("discarded by " + actor + ": " + reason, Instant.now(clock));
        audit.append(new AuditRecord(actor, "outbox.discardDeadLetter", UUID.randomUUID().toString(),
                row.target.name(), row.aggregateKey, row.id, row.payloadHash, AuditOutcome.DISCARDED, reason, null));
        return row.toDomain();
    }

    private OutboxCommandRow deadLetter(long id, String verb) {
        OutboxCommandRow row = em.find(OutboxCommandRow.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw notFound(id);
        }
        if (row.status != CommandStatus.DEAD) {
            throw new OutboxException(OutboxException.Kind.INVALID_STATE, "command " + id + " is " + row.status
                    + ", not a dead letter: only dead letters can be " + verb);
        }
        return row;
    }

    private static OutboxException notFound(long id) {
        return new OutboxException(OutboxException.Kind.NOT_FOUND, "there is no outbox command " + id);
    }

    /** Pauses (true) or resumes (false) delivery to a target; commands keep being queued meanwhile. */
    @Transactional
    public TargetDelivery setPaused(OutboxTarget target, boolean pause, String actor) {
        TargetStateRow row = em.find(TargetStateRow.class, target, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (row == null) {
            row = new TargetStateRow(target);
            row.set(pause, actor, now);
            em.persist(row);
        } else {
            row.set(pause, actor, now);
        }
        audit.append(new AuditRecord(actor, pause ? "outbox.pauseDelivery" : "outbox.resumeDelivery",
                UUID.randomUUID().toString(), target.name(), null, null, null,
                pause ? AuditOutcome.PAUSED : AuditOutcome.RESUMED, null, null));
        em.flush();
        return status(target);
    }

    /** How delivery stands for every target. */
    public List<TargetDelivery> status() {
        List<TargetDelivery> all = new ArrayList<>();
        for (OutboxTarget t : OutboxTarget.values()) {
            all.add(status(t));
        }
        return all;
    }

    /** How delivery stands for one target. */
    public TargetDelivery status(OutboxTarget target) {
        TargetStateRow state = em.find(TargetStateRow.class, target);
        LocalDateTime now = Utc.of(Instant.now(clock));
        long pending = count("c.status = :s", target, CommandStatus.PENDING, null);
        long inFlight = count("c.status = :s AND c.leaseExpiresAt > :now", target, CommandStatus.PENDING, now);
        long dead = count("c.status = :s", target, CommandStatus.DEAD, null);
        LocalDateTime oldest = em.createQuery("SELECT MIN(c.createdAt) FROM OutboxCommandRow c WHERE c.target = :t "
                + "AND c.status = :s", LocalDateTime.class).setParameter("t", target)
                .setParameter("s", CommandStatus.PENDING).getSingleResult();
        LocalDateTime last = em.createQuery("SELECT MAX(c.completedAt) FROM OutboxCommandRow c WHERE c.target = :t "
                + "AND c.status = :s", LocalDateTime.class).setParameter("t", target)
                .setParameter("s", CommandStatus.DONE).getSingleResult();
        return new TargetDelivery(target, state != null && state.paused == 1, pending, inFlight, dead,
                Utc.instant(oldest), Utc.instant(last));
    }

    private long count(String condition, OutboxTarget target, CommandStatus status, LocalDateTime now) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM OutboxCommandRow c WHERE c.target = :t AND "
                + condition, Long.class).setParameter("t", target).setParameter("s", status);
        if (now != null) {
            q.setParameter("now", now);
        }
        return q.getSingleResult();
    }
}
