package dev.takt.sync.outbox;

import dev.takt.audit.AuditLog;
import dev.takt.audit.AuditOutcome;
import dev.takt.audit.AuditRecord;
import dev.takt.ops.IdBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's rows and their transitions, each in the transaction its caller needs:
 * <ul>
 *   <li>{@link #enqueue} joins the caller's transaction ({@code MANDATORY}) with its audit entry;</li>
 *   <li>{@link #due} reads candidates without a transaction and {@link #lease} leases each in a short transaction
 *       of its own: a compare-and-set
 *       ({@code UPDATE … WHERE status = PENDING AND attempts = :seen AND lease expired}), so that several relays, on
 *       one server or many, never hold the same command at once;</li>
 *   <li>{@link #complete}, {@link #retry} and {@link #deadLetter} record an attempt's outcome in a transaction of
 *       their own, with its audit entry (and the ledger entry), only if the relay still holds the lease it
 *       claimed (owner and attempt number): a relay whose lease ran out records nothing.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class.getName());
    static final String IDS = "OUTBOX";

    private EntityManager em;
    private IdBlocks ids;
    private AuditLog audit;
    private Clock clock;

    /** For CDI's proxies only. */
    protected OutboxStore() {
    }

    @Inject
    public OutboxStore(EntityManager em, IdBlocks ids, AuditLog audit) {
        this.em = em;
        this.ids = ids;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    Instant now() {
        return Instant.now(clock);
    }

    /**
     * Queues a command in the caller's transaction, after its aggregate's last command; returns its id, or the id
     * of the command queued before with the same key (nothing is queued then).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(OutboxTarget target, String aggregateKey, String operation, String idempotencyKey,
            String payload, String actor, String correlationId) {
        if (payload.length() > OutboxCommandRow.PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("a command's payload holds at most " + OutboxCommandRow.PAYLOAD_LENGTH
                    + " characters, got " + payload.length());
        }
        List<Long> existing = em.createQuery("SELECT c.id FROM OutboxCommandRow c WHERE c.target = :target AND "
                + "c.idempotencyKey = :key", Long.class)
                .setParameter("target", target).setParameter("key", idempotencyKey).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Long last = em.createQuery("SELECT MAX(c.aggregateSeq) FROM OutboxCommandRow c WHERE c.target = :target AND "
                + "c.aggregateKey = :aggregate", Long.class)
                .setParameter("target", target).setParameter("aggregate", aggregateKey).getSingleResult();
        long id = ids.next(IDS);
        String hash = AuditRecord.sha256(payload);
        em.persist(new OutboxCommandRow(id, target, aggregateKey, last == null ? 1 : last + 1, operation,
                idempotencyKey, payload, hash, actor, correlationId, now()));
        audit.append(new AuditRecord(actor, operation, correlationId, target.name(), aggregateKey, id, hash,
                AuditOutcome.QUEUED, "key " + idempotencyKey, null));
        return id;
    }

    /**
     * Up to {@code limit} due commands, read without a transaction (so that no read lock outlives the query and
     * relays never deadlock): pending, due, not leased (or lease expired), of a target not paused, and first of
     * their aggregate among the commands not yet done or dead; longest due first. Lease them with {@link #lease}.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<OutboxCommand> due(int limit) {
        Instant now = now();
        List<OutboxTarget> paused = em.createQuery("SELECT t.target FROM TargetStateRow t WHERE t.paused = 1",
                OutboxTarget.class).getResultList();
        var query = em.createQuery("SELECT c FROM OutboxCommandRow c WHERE c.status = :pending"
                + " AND c.nextAttemptAt <= :now AND (c.leaseExpiresAt IS NULL OR c.leaseExpiresAt < :now)"
                + (paused.isEmpty() ? "" : " AND c.target NOT IN :paused")
                + " AND NOT EXISTS (SELECT p.id FROM OutboxCommandRow p WHERE p.target = c.target AND p.aggregateKey ="
                + " c.aggregateKey AND p.aggregateSeq < c.aggregateSeq AND p.status = :pending)"
                + " ORDER BY c.nextAttemptAt, c.id", OutboxCommandRow.class) // OUTBOX_COMMAND_DUE_IX's order
                .setParameter("pending", CommandStatus.PENDING)
                .setParameter("now", Utc.of(now))
                .setMaxResults(limit);
        if (!paused.isEmpty()) {
            query.setParameter("paused", paused);
        }
        return query.getResultList().stream().map(OutboxCommandRow::toDomain).toList();
    }

    /**
     * Leases one candidate ({@link #due}) for {@code owner} if it is still as it was read, in a short transaction
     * of its own: a compare-and-set on its status, attempt count and lease. One row per transaction, so a lease
     * never holds a lock while waiting for another (no deadlock with readers or other relays). Returns the command
     * leased, its attempt count raised, or empty when another relay was first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxCommand> lease(OutboxCommand seen, String owner, Duration lease) {
        Instant now = now();
        Instant until = now.plus(lease);
        int updated = em.createQuery("UPDATE OutboxCommandRow c SET c.leaseOwner = :owner, c.leaseExpiresAt ="
                + " :until, c.attempts = c.attempts + 1, c.updatedAt = :now WHERE c.id = :id AND c.status ="
                + " :pending AND c.attempts = :seen AND (c.leaseExpiresAt IS NULL OR c.leaseExpiresAt < :now)")
                .setParameter("owner", owner).setParameter("until", Utc.of(until)).setParameter("now", Utc.of(now))
                .setParameter("id", seen.id()).setParameter("pending", CommandStatus.PENDING)
                .setParameter("seen", seen.attempts())
                .executeUpdate();
        if (updated != 1) {
            return Optional.empty();
        }
        return Optional.of(new OutboxCommand(seen.id(), seen.target(), seen.aggregateKey(), seen.aggregateSeq(),
                seen.operation(), seen.idempotencyKey(), seen.payload(), seen.payloadHash(), seen.status(),
                seen.attempts() + 1, seen.nextAttemptAt(), owner, until, seen.lastError(), seen.result(),
                seen.actor(), seen.correlationId(), seen.createdAt(), now, seen.completedAt()));
    }

    /** The record the ledger holds for a key, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TargetRecord> ledger(OutboxTarget target, String idempotencyKey) {
        LedgerRow row = em.find(LedgerRow.class, new LedgerRow.Key(target, idempotencyKey));
        return Optional.ofNullable(row).map(LedgerRow::record);
    }

    /**
     * Records a delivered command: done, with its result, its ledger entry and exactly one COMPLETED audit entry.
     * False (nothing recorded) when the relay no longer holds the lease it claimed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean complete(OutboxCommand claimed, Delivery.Done done) {
        Instant now = now();
        int updated = fenced(claimed, "c.status = :done, c.result = :result, c.completedAt = :now, "
                + "c.lastError = NULL", now)
                .setParameter("done", CommandStatus.DONE)
                .setParameter("result", OutboxCommandRow.cut(done.result(), OutboxCommandRow.RESULT_LENGTH))
                .executeUpdate();
        if (updated != 1) {
            return false;
        }
        String record = null;
        if (done.created() != null) {
            record = done.created().toString();
            LedgerRow known = em.find(LedgerRow.class, new LedgerRow.Key(claimed.target(), claimed.idempotencyKey()));
            if (known == null) {
                em.persist(new LedgerRow(claimed.target(), claimed.idempotencyKey(), done.created(), claimed.id(),
                        now));
            } else if (!known.record().toString().equals(record)) {
                LOG.log(Level.SEVERE, () -> "Idempotency ledger: key " + claimed.idempotencyKey() + " stands for "
                        + known.record() + " but command " + claimed.id() + " was answered with " + done.created()
                        + "; the ledger keeps the first");
            }
        }
        audit.append(new AuditRecord(claimed.actor(), claimed.operation(), claimed.correlationId(),
                claimed.target().name(), record != null ? record : claimed.aggregateKey(), claimed.id(),
                claimed.payloadHash(), AuditOutcome.COMPLETED, done.detail() + " [relay " + claimed.leaseOwner() + "]",
                null));
        return true;
    }

    /** Records a failed attempt to be retried at {@code next}. False when the lease was lost. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean retry(OutboxCommand claimed, String error, Instant next) {
        int updated = fenced(claimed, "c.nextAttemptAt = :next, c.lastError = :error", now())
                .setParameter("next", Utc.of(next))
                .setParameter("error", OutboxCommandRow.cut(error, OutboxCommandRow.ERROR_LENGTH))
                .executeUpdate();
        if (updated != 1) {
            return false;
        }
        audit.append(new AuditRecord(claimed.actor(), claimed.operation(), claimed.correlationId(),
                claimed.target().name(), claimed.aggregateKey(), claimed.id(), claimed.payloadHash(),
                AuditOutcome.ATTEMPT_FAILED, "attempt " + claimed.attempts() + "; next at " + next, error));
        return true;
    }

    /** Makes the command a dead letter. False when the lease was lost. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deadLetter(OutboxCommand claimed, String error) {
        int updated = fenced(claimed, "c.status = :dead, c.lastError = :error", now())
                .setParameter("dead", CommandStatus.DEAD)
                .setParameter("error", OutboxCommandRow.cut(error, OutboxCommandRow.ERROR_LENGTH))
                .executeUpdate();
        if (updated != 1) {
            return false;
        }
        audit.append(new AuditRecord(claimed.actor(), claimed.operation(), claimed.correlationId(),
                claimed.target().name(), claimed.aggregateKey(), claimed.id(), claimed.payloadHash(),
                AuditOutcome.DEAD_LETTERED, "after " + claimed.attempts() + " attempt(s)", error));
        return true;
    }

    /** An update of the claimed row that applies only while this relay holds the lease it claimed; clears it. */
    private jakarta.persistence.Query fenced(OutboxCommand claimed, String set, Instant now) {
        return em.createQuery("UPDATE OutboxCommandRow c SET " + set + ", c.leaseOwner = NULL, "
                + "c.leaseExpiresAt = NULL, c.updatedAt = :now WHERE c.id = :id AND c.status = :pending AND "
                + "c.attempts = :attempt AND c.leaseOwner = :owner")
                .setParameter("now", Utc.of(now)).setParameter("id", claimed.id())
                .setParameter("pending", CommandStatus.PENDING).setParameter("attempt", claimed.attempts())
                .setParameter("owner", claimed.leaseOwner());
    }
}
