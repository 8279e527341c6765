package dev.takt.domain.atp;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reserved stock covers the earliest committed demand first, so a reserved delivery is not counted twice. */
class DemandCoverTest {

    private static final Demand LATER = new Demand(Instant.parse("2026-03-10T00:00:00Z"), 5, "S2", true);
    private static final Demand EARLIER = new Demand(Instant.parse("2026-03-05T00:00:00Z"), 6, "S1", true);
    private static final Demand QUOTE = new Demand(Instant.parse("2026-03-01T00:00:00Z"), 4, "Q1", false);

    @Test
    void reservationsCoverTheEarliestCommittedDemandFirst() {
        // 8 reserved: S1 (6, due 5 March) is covered entirely, S2 (5, due 10 March) for 2, leaving 3.
        // The quotation is never covered.
        List<Demand> left = Demand.notCoveredBy(8, List.of(LATER, EARLIER, QUOTE));
        assertEquals(List.of(new Demand(LATER.at(), 3, "S2", true), QUOTE), left);
    }

    @Test
    void nothingReservedChangesNothingAndTooMuchReservedCoversAll() {
        List<Demand> all = List.of(LATER, EARLIER, QUOTE);
        List<Demand> same = Demand.notCoveredBy(0, all);
        assertEquals(all, same);
        assertSame(LATER, same.get(0), "an uncovered demand is kept as it is");
        // 100 reserved exceeds the 11 committed: both sales are covered; the 89 beyond stay reserved for others.
        assertEquals(List.of(QUOTE), Demand.notCoveredBy(100, all));
    }

    @Test
    void aNegativeReservationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Demand.notCoveredBy(-1, List.of()));
    }
}
