package dev.takt.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Release planned purchases from one vendor to the system of execution: create one request for quotation with a
 * line per item (once per key) and optionally confirm it into a purchase order.
 *
 * @param idempotencyKey the command's identity: a second release with the same key creates nothing
 * @param vendorId       the vendor (a partner of the system of record)
 * @param lines          what to buy, at least one line
 * @param warehouseId    the warehouse to receive in, if not the default one
 * @param confirm        confirm the order after creating it (done only if it is not confirmed yet)
 * @param originNote     a note for people, written after Takt's reference in the order's source document; may be
 *                       null
 */
public record ReleasePurchaseOrder(IdempotencyKey idempotencyKey, long vendorId, List<Line> lines, Long warehouseId,
        boolean confirm, String originNote) {

    /**
     * One item to buy.
     *
     * @param itemId      the item
     * @param quantity    quantity in the item's purchase unit, positive
     * @param plannedDate expected arrival (kept to the second)
     * @param unitPrice   price per unit; null for the vendor's price as the system of record knows it
     */
    public record Line(long itemId, double quantity, Instant plannedDate, Double unitPrice) {
        public Line {
            ReleaseManufacturingOrder.positiveId(itemId, "itemId");
            Objects.requireNonNull(plannedDate, "a purchase line needs a planned date");
            if (!(quantity > 0) || Double.isInfinite(quantity)) {
                throw new IllegalArgumentException("the quantity to buy must be positive, got " + quantity);
            }
            if (unitPrice != null && (!(unitPrice >= 0) || unitPrice.isInfinite())) {
                throw new IllegalArgumentException("a unit price must not be negative, got " + unitPrice);
            }
            plannedDate = plannedDate.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    public ReleasePurchaseOrder {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        ReleaseManufacturingOrder.positiveId(vendorId, "vendorId");
        ReleaseManufacturingOrder.optionalId(warehouseId, "warehouseId");
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a purchase order needs at least one line");
        }
        lines = List.copyOf(lines);
        originNote = ReleaseManufacturingOrder.note(originNote);
    }
}
