package dev.takt.audit;

import dev.takt.ops.IdBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** The audit history in Takt's database ({@code AUDIT_ENTRY}), appended in the caller's transaction. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    /** The id block of audit entries. */
    static final String IDS = "AUDIT";

    private EntityManager em;
    private IdBlocks ids;
    private Clock clock;

    /** For CDI's proxies only. */
    protected JpaAuditLog() {
    }

    @Inject
    public JpaAuditLog(EntityManager em, IdBlocks ids) {
        this.em = em;
        this.ids = ids;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public long append(AuditRecord record) {
        long id = ids.next(IDS);
        em.persist(new AuditEntryRow(id, Instant.now(clock), record));
        return id;
    }
}
