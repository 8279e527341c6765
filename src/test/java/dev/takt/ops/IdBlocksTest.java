package dev.takt.ops;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdBlocksTest {

    /** Plays TAKT_ID_BLOCK: another server reserved a block of OUTBOX ids in between. */
    static final class Reserver extends IdBlocks.IdBlockReserver {
        final Map<String, Long> last = new HashMap<>();
        final List<String> trips = new ArrayList<>();

        @Override
        public long reserve(String name, int size) {
            trips.add(name);
            long next = last.getOrDefault(name, 0L) + size;
            last.put(name, next + ("OUTBOX".equals(name) ? size : 0)); // someone else takes the following block
            return next;
        }
    }

    @Test
    void idsComeFromBlocksReservedOncePerBlockAndNameAndNeverTwice() {
        Reserver reserver = new Reserver();
        IdBlocks ids = new IdBlocks(reserver);
        List<Long> outbox = new ArrayList<>();
        for (int i = 0; i < IdBlocks.BLOCK + 2; i++) {
            outbox.add(ids.next("OUTBOX"));
        }
        assertEquals(1L, outbox.get(0));
        assertEquals((long) IdBlocks.BLOCK, outbox.get(IdBlocks.BLOCK - 1));
        assertEquals(2L * IdBlocks.BLOCK + 1, outbox.get(IdBlocks.BLOCK), "the next block, after the other server's");
        assertEquals(1L, ids.next("AUDIT"));
        assertEquals(List.of("OUTBOX", "OUTBOX", "AUDIT"), reserver.trips);
    }
}
