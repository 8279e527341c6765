package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A replenishment a planner proposes: make, buy or transfer a quantity of an item into a location, starting and
 * due at given instants, for a source demand. Until it is released (a later workflow) it exists only in the plan.
 *
 * @param line     its position in the submission, from 1
 * @param type     make, buy or transfer
 * @param item     the item's internal reference
 * @param location the warehouse receiving it (short code, e.g. {@code WH})
 * @param quantity how much, in a unit of measure
 * @param start    when the work, purchase or move starts
 * @param due      when the quantity must be available at {@code location}; not before {@code start}
 * @param demand   the demand it serves (a sales order, a forecast bucket, a reorder rule…), or null
 * @param supplier for {@link PlannedOrderType#BUY}: the supplier's name as the planner knows it, or null
 * @param origin   for {@link PlannedOrderType#TRANSFER} (required there, and only there): the warehouse it comes from
 */
public record PlannedOrder(int line, PlannedOrderType type, ItemCode item, String location, Quantity quantity,
        Instant start, Instant due, String demand, String supplier, String origin) {

    public PlannedOrder {
        PlanningLines.checkLine(line);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(item, "item");
        location = PlanningLines.requireText(location, "location");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("the due date " + due + " is before the start " + start);
        }
        demand = PlanningLines.optionalText(demand);
        supplier = PlanningLines.optionalText(supplier);
        origin = PlanningLines.optionalText(origin);
        if (supplier != null && type != PlannedOrderType.BUY) {
            throw new IllegalArgumentException("only a BUY order has a supplier");
        }
        if ((type == PlannedOrderType.TRANSFER) != (origin != null)) {
            throw new IllegalArgumentException(type == PlannedOrderType.TRANSFER
                    ? "a TRANSFER order needs the warehouse it comes from"
                    : "only a TRANSFER order comes from another warehouse");
        }
        if (origin != null && origin.equalsIgnoreCase(location)) {
            throw new IllegalArgumentException("a TRANSFER order cannot come from the warehouse it goes to ("
                    + location + ")");
        }
    }
}
