package dev.takt.sync;

import dev.takt.domain.SupplierInfo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vendor choice as Odoo's _select_seller, with hand-worked fixtures. */
class VendorSelectionTest {

    // Acme: sequence 1, no minimum, 5.00, valid Jan 1 – Mar 31 2026, 5 days.
    static final SupplierInfo A = line(1, 10, "Acme", 1, 0, 5.0, "2026-01-01", "2026-03-31", 5);
    // Bolt: sequence 1, minimum 50, 4.00, always valid, 10 days.
    static final SupplierInfo B = line(2, 20, "Bolt", 1, 50, 4.0, null, null, 10);
    // Bolt: sequence 2, no minimum, 6.00, always valid, 10 days.
    static final SupplierInfo C = line(3, 20, "Bolt", 2, 0, 6.0, null, null, 10);
    // Cora: sequence 3, no minimum, 3.00, valid from Jun 1 2026.
    static final SupplierInfo D = line(4, 30, "Cora", 3, 0, 3.0, "2026-06-01", null, 2);
    static final List<SupplierInfo> ALL = List.of(D, C, B, A);

    @Test
    void theLargerMinimumComesFirstInASequenceAndItsVendorsCheapestLineWins() {
        // 60 on Mar 10: A, B, C valid and reached; order (sequence, -min): B(1,-50), A(1,0), C(2,0) → vendor Bolt;
        // Bolt's reached lines B 4.00 and C 6.00 → B.
        var choice = VendorSelection.select(ALL, 60, LocalDate.of(2026, 3, 10), null).orElseThrow();
        assertEquals(2, choice.line().id());
        assertEquals(60, choice.quantity());
        assertFalse(choice.roundedUp());
    }

    @Test
    void aMinimumNotReachedSkipsTheLine() {
        // 10 on Mar 10: B's minimum 50 not reached; A (sequence 1) before C (sequence 2) → Acme.
        assertEquals(1, VendorSelection.select(ALL, 10, LocalDate.of(2026, 3, 10), null).orElseThrow().line().id());
    }

    @Test
    void validityDatesAreInclusiveBounds() {
        assertEquals(1, VendorSelection.select(ALL, 10, LocalDate.of(2026, 3, 31), null).orElseThrow().line().id());
        // Apr 1: A has ended → C (B's minimum not reached).
        assertEquals(3, VendorSelection.select(ALL, 10, LocalDate.of(2026, 4, 1), null).orElseThrow().line().id());
        // Jun 1: D starts, but sequence 3 comes after C's 2.
        assertEquals(3, VendorSelection.select(ALL, 10, LocalDate.of(2026, 6, 1), null).orElseThrow().line().id());
    }

    @Test
    void aNamedVendorIsHonouredOrThereIsNoChoice() {
        assertTrue(VendorSelection.select(ALL, 10, LocalDate.of(2026, 4, 15), "cora").isEmpty());
        assertEquals(4, VendorSelection.select(ALL, 10, LocalDate.of(2026, 6, 2), " CORA ").orElseThrow().line().id());
    }

    @Test
    void belowEveryMinimumTheQuantityIsRoundedUpToTheWinningLinesMinimum() {
        var choice = VendorSelection.select(List.of(B), 20, LocalDate.of(2026, 3, 10), null).orElseThrow();
        assertEquals(2, choice.line().id());
        assertEquals(50, choice.quantity());
        assertTrue(choice.roundedUp());
    }

    @Test
    void noLineValidOnTheDateMeansNoVendor() {
        assertTrue(VendorSelection.select(List.of(A, D), 10, LocalDate.of(2026, 4, 15), null).isEmpty());
    }

    static SupplierInfo line(long id, long vendorId, String vendor, int sequence, double min, double price,
            String from, String to, int lead) {
        return new SupplierInfo(id, 1L, vendor, vendorId, lead, min, price, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), sequence);
    }
}
