package dev.takt.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ids for Takt's own rows, without identity columns or sequences (the DDL must run unchanged on Derby and
 * PostgreSQL): each name ({@code OUTBOX}, {@code AUDIT}) has a row in {@code TAKT_ID_BLOCK} holding the last id
 * handed out, and this server reserves {@value #BLOCK} ids at a time in a transaction of its own, so that writers
 * never wait on that row for longer than the reservation. Ids grow within a server; several servers interleave
 * blocks. Ids of a block this server did not use before it stopped are never used.
 */
@ApplicationScoped
public class IdBlocks {

    /** Ids reserved per trip to the database. */
    static final int BLOCK = 200;

    private final Map<String, long[]> blocks = new ConcurrentHashMap<>();
    private IdBlockReserver reserver;

    /** For CDI's proxies only. */
    protected IdBlocks() {
    }

    @Inject
    public IdBlocks(IdBlockReserver reserver) {
        this.reserver = reserver;
    }

    /** The next id of {@code name}. */
    public long next(String name) {
        long[] block = blocks.computeIfAbsent(name, n -> new long[] {0, 0}); // {next, end (exclusive)}
        synchronized (block) {
            if (block[0] >= block[1]) {
                long last = reserver.reserve(name, BLOCK);
                block[0] = last - BLOCK + 1;
                block[1] = last + 1;
            }
            return block[0]++;
        }
    }

    /** Reserves blocks of ids in a transaction of its own (a separate bean, so the interceptor applies). */
    @ApplicationScoped
    public static class IdBlockReserver {

        private EntityManager em;

        /** For CDI's proxies only. */
        protected IdBlockReserver() {
        }

        @Inject
        public IdBlockReserver(EntityManager em) {
            this.em = em;
        }

        /** Adds {@code size} to the block's last id and returns the new last id. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public long reserve(String name, int size) {
            int updated = em.createNativeQuery("UPDATE TAKT_ID_BLOCK SET LAST_ID = LAST_ID + ? WHERE BLOCK_NAME = ?")
                    .setParameter(1, size).setParameter(2, name).executeUpdate();
            if (updated != 1) {
                throw new IllegalStateException("no id block named " + name + " in TAKT_ID_BLOCK");
            }
            Object last = em.createNativeQuery("SELECT LAST_ID FROM TAKT_ID_BLOCK WHERE BLOCK_NAME = ?")
                    .setParameter(1, name).getSingleResult();
            return ((Number) last).longValue();
        }
    }
}
