package dev.takt.sync;

import dev.takt.domain.SupplierInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the vendor line ({@code product.supplierinfo}) for a purchase the way Odoo's {@code _select_seller} does
 * (Odoo 16–18), so that the request for quotation Takt creates names the vendor Odoo's own procurement would:
 * <ol>
 *   <li>candidates: the item's lines (its variant's and its template's general ones), valid on the date
 *       ({@code date_start ≤ date ≤ date_end}, either bound may be empty), of the vendor the planner named if any
 *       (by name, case-insensitive), and whose minimum quantity is reached;</li>
 *   <li>in Odoo's order: {@code sequence}, then the larger minimum quantity first, then the lower price, then id;</li>
 *   <li>the first candidate's vendor wins; among that vendor's candidates, the cheapest line.</li>
 * </ol>
 * Where Odoo falls back on "the first vendor line whatever its dates and minimum", Takt is stricter: when no line
 * valid on the date reaches its minimum, the line that would win if the quantity were large enough is chosen and the
 * quantity is <b>rounded up to its minimum</b> (reported as a warning); when no line is valid on the date at all, the
 * purchase is rejected.
 */
final class VendorSelection {

    /** The vendor line chosen and the quantity to order from it. */
    record Choice(SupplierInfo line, double quantity, boolean roundedUp) {
    }

    private static final Comparator<SupplierInfo> ODOO_ORDER = Comparator
            .comparing((SupplierInfo s) -> s.sequence() == null ? 0 : s.sequence())
            .thenComparing(s -> -minimum(s))
            .thenComparing(s -> s.price() == null ? 0.0 : s.price())
            .thenComparingLong(SupplierInfo::id);

    private VendorSelection() {
    }

    /**
     * The vendor line for buying {@code quantity} on {@code date}, or empty when no line of the item (of the named
     * vendor, when {@code vendorName} is not null) is valid on that date.
     */
    static Optional<Choice> select(Collection<SupplierInfo> lines, double quantity, LocalDate date,
            String vendorName) {
        Objects.requireNonNull(date, "date");
        List<SupplierInfo> valid = new ArrayList<>();
        for (SupplierInfo line : lines) {
            if (line.vendorId() == null || !validOn(line, date)) {
                continue;
            }
            if (vendorName != null && (line.vendor() == null
                    || !fold(line.vendor()).equals(fold(vendorName)))) {
                continue;
            }
            valid.add(line);
        }
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        List<SupplierInfo> reached = valid.stream().filter(s -> minimum(s) <= quantity + 1e-9).toList();
        if (!reached.isEmpty()) {
            return Optional.of(new Choice(cheapestOfFirstVendor(reached), quantity, false));
        }
        // No line's minimum is reached: the line Odoo would pick for a large enough quantity, at its minimum.
        // Among lines of the winning vendor, the one with the smallest minimum (the least rounding), then cheapest.
        SupplierInfo first = valid.stream().sorted(ODOO_ORDER).findFirst().orElseThrow();
        SupplierInfo least = valid.stream().filter(s -> s.vendorId().equals(first.vendorId()))
                .min(Comparator.comparingDouble(VendorSelection::minimum)
                        .thenComparing(s -> s.price() == null ? 0.0 : s.price())
                        .thenComparingLong(SupplierInfo::id))
                .orElseThrow();
        return Optional.of(new Choice(least, minimum(least), true));
    }

    /** True when the line is valid on {@code date} (bounds included). */
    static boolean validOn(SupplierInfo line, LocalDate date) {
        return (line.validFrom() == null || !line.validFrom().isAfter(date))
                && (line.validTo() == null || !line.validTo().isBefore(date));
    }

    private static SupplierInfo cheapestOfFirstVendor(List<SupplierInfo> candidates) {
        List<SupplierInfo> ordered = candidates.stream().sorted(ODOO_ORDER).toList();
        Long vendor = ordered.get(0).vendorId();
        return ordered.stream().filter(s -> s.vendorId().equals(vendor))
                .min(Comparator.comparing((SupplierInfo s) -> s.price() == null ? 0.0 : s.price())
                        .thenComparing(ODOO_ORDER))
                .orElseThrow();
    }

    private static double minimum(SupplierInfo line) {
        return line.minimumQuantity() == null ? 0.0 : line.minimumQuantity();
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
