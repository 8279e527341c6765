package dev.takt.sync;

import dev.takt.domain.ForecastLine;
import dev.takt.domain.Item;
import dev.takt.domain.ItemCode;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.Quantity;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.UnitOfMeasure;
import dev.takt.domain.Warehouse;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks each submitted planning line on its own against what Odoo knows ({@link OdooReferences}) and the
 * {@link PlanningHorizon}, and sorts the lines into accepted ones (domain records, with Odoo's spelling of codes
 * and units) and rejected ones with one reason each — the first problem found, in the order of the line's fields.
 *
 * <p>Forecast lines: item known in Odoo, with one active product (archived duplicates of a code do not count); location a warehouse code; bucket inside the horizon;
 * quantity 0 or more; unit a unit of measure of Odoo measuring the same thing as the item's own unit (kg for an item
 * counted in Units is refused; Dozens is fine); no two lines for overlapping buckets of the same item and
 * location. Planned orders: the same for item, location, quantity and unit; due date inside the horizon and not
 * before the start; a TRANSFER comes from another known warehouse; only a BUY names a supplier. Schedule
 * proposals: manufacturing order known and neither done nor cancelled; the work order, if named, known, of that
 * order, and open; finish inside the horizon and not before the start; work center known by code or name; one
 * proposal per order or work order.
 */
final class PlanningLineValidator {

    /** Longest free text (demand reference, supplier) a planned order may carry. */
    static final int MAX_TEXT = 200;
    private static final int SHOWN = 60;

    private final OdooReferences odoo;
    private final PlanningHorizon horizon;

    PlanningLineValidator(OdooReferences odoo, PlanningHorizon horizon) {
        this.odoo = Objects.requireNonNull(odoo, "odoo");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
    }

    /**
     * Accepted and rejected lines, each list in submission order.
     *
     * @param accepted the lines that passed
     * @param rejected the lines that did not, with a reason each
     * @param <L>      the line type
     */
    record Outcome<L>(List<L> accepted, List<RejectedLine> rejected) {
    }

    /** A problem with one field of a line. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        Problem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    // ---- forecasts ------------------------------------------------------------------------------------------

    Outcome<ForecastLine> forecast(List<ForecastLineDraft> drafts) {
        List<ForecastLine> accepted = new ArrayList<>();
        List<RejectedLine> rejected = new ArrayList<>();
        Map<String, TreeMap<LocalDate, ForecastLine>> taken = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            int line = i + 1;
            ForecastLineDraft draft = drafts.get(i);
            try {
                if (draft == null) {
                    throw new Problem(null, "the line is empty");
                }
                Item item = item(draft.item());
                Warehouse location = warehouse("location", draft.location());
                if (draft.bucketStart() == null) {
                    throw new Problem("bucketStart", "the bucket start is missing");
                }
                DateBucket bucket = new DateBucket(draft.bucketStart(),
                        draft.bucket() == null ? BucketSize.WEEK : draft.bucket());
                String outside = horizon.problem(bucket).orElse(null);
                if (outside != null) {
                    throw new Problem("bucketStart", outside);
                }
                Quantity quantity = quantity(draft.quantity(), draft.unit(), item);
                ForecastLine forecast = new ForecastLine(line, new ItemCode(item.code()), location.code(), bucket,
                        quantity);
                TreeMap<LocalDate, ForecastLine> sameKey = taken.computeIfAbsent(
                        item.code() + "\u0000" + location.code(), k -> new TreeMap<>());
                var before = sameKey.floorEntry(bucket.lastDay());
                if (before != null && before.getValue().bucket().overlaps(bucket)) {
                    ForecastLine other = before.getValue();
                    boolean same = other.bucket().equals(bucket);
                    throw new Problem("bucketStart", (same ? "repeats line " : "overlaps line ") + other.line()
                            + " (item " + item.code() + " at " + location.code() + ", " + other.bucket()
                            + (same ? "" : " and " + bucket)
                            + "); send one line per item, location and bucket");
                }
                sameKey.put(bucket.start(), forecast);
                accepted.add(forecast);
            } catch (Problem p) {
                rejected.add(RejectedLine.of(line, p.field, p.getMessage()));
            }
        }
        return new Outcome<>(accepted, rejected);
    }

    // ---- planned orders -------------------------------------------------------------------------------------

    Outcome<PlannedOrder> plannedOrders(List<PlannedOrderDraft> drafts) {
        List<PlannedOrder> accepted = new ArrayList<>();
        List<RejectedLine> rejected = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            int line = i + 1;
            PlannedOrderDraft draft = drafts.get(i);
            try {
                if (draft == null) {
                    throw new Problem(null, "the line is empty");
                }
                PlannedOrderType type = draft.type();
                if (type == null) {
                    throw new Problem("type", "the order type is missing (MAKE, BUY or TRANSFER)");
                }
                Item item = item(draft.item());
                Warehouse location = warehouse("location", draft.location());
                String origin = null;
                if (type == PlannedOrderType.TRANSFER) {
                    if (isBlank(draft.origin())) {
                        throw new Problem("origin", "a TRANSFER order needs the warehouse it comes from (origin)");
                    }
                    origin = warehouse("origin", draft.origin()).code();
                    if (origin.equals(location.code())) {
                        throw new Problem("origin", "a TRANSFER order cannot come from the warehouse it goes to ("
                                + origin + ")");
                    }
                } else if (!isBlank(draft.origin())) {
                    throw new Problem("origin", "only a TRANSFER order comes from another warehouse; a " + type
                            + " order has no origin");
                }
                if (!isBlank(draft.supplier()) && type != PlannedOrderType.BUY) {
                    throw new Problem("supplier", "only a BUY order has a supplier; a " + type + " order has none");
                }
                text("supplier", draft.supplier());
                text("demand", draft.demand());
                Instant start = required("start", draft.start(), "the start is missing");
                Instant due = required("due", draft.due(), "the due date is missing");
                if (due.isBefore(start)) {
                    throw new Problem("due", "the due date " + due + " is before the start " + start);
                }
                String outside = horizon.problem("the due date", due).orElse(null);
                if (outside != null) {
                    throw new Problem("due", outside);
                }
                Quantity quantity = quantity(draft.quantity(), draft.unit(), item);
                accepted.add(new PlannedOrder(line, type, new ItemCode(item.code()), location.code(), quantity, start,
                        due, draft.demand(), draft.supplier(), origin));
            } catch (Problem p) {
                rejected.add(RejectedLine.of(line, p.field, p.getMessage()));
            }
        }
        return new Outcome<>(accepted, rejected);
    }

    // ---- schedule proposals -------------------------------------------------------------------------------

    Outcome<ScheduleProposal> schedule(List<ScheduleProposalDraft> drafts) {
        List<ScheduleProposal> accepted = new ArrayList<>();
        List<RejectedLine> rejected = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            int line = i + 1;
            ScheduleProposalDraft draft = drafts.get(i);
            try {
                if (draft == null) {
                    throw new Problem(null, "the line is empty");
                }
                ManufacturingOrder order = manufacturingOrder(draft.manufacturingOrder());
                if (draft.workOrderId() != null) {
                    workOrder(draft.workOrderId(), order);
                }
                Instant start = required("plannedStart", draft.plannedStart(), "the planned start is missing");
                Instant finish = required("plannedFinish", draft.plannedFinish(), "the planned finish is missing");
                if (finish.isBefore(start)) {
                    throw new Problem("plannedFinish", "the planned finish " + finish + " is before the planned start "
                            + start);
                }
                String outside = horizon.problem("the planned finish", finish).orElse(null);
                if (outside != null) {
                    throw new Problem("plannedFinish", outside);
                }
                String workCenter = isBlank(draft.workCenter()) ? null : workCenter(draft.workCenter());
                if (draft.sequence() != null && draft.sequence() < 0) {
                    throw new Problem("sequence", "sequence " + draft.sequence()
                            + " is negative; it must be 0 or more");
                }
                String key = order.name() + "\u0000" + draft.workOrderId();
                Integer earlier = taken.putIfAbsent(key, line);
                if (earlier != null) {
                    throw new Problem(draft.workOrderId() == null ? "manufacturingOrder" : "workOrderId",
                            "repeats line " + earlier + " (" + order.name() + (draft.workOrderId() == null ? ""
                                    : ", work order " + draft.workOrderId())
                                    + "); send one proposal per order or work order");
                }
                accepted.add(new ScheduleProposal(line, order.name(), draft.workOrderId(), start, finish, workCenter,
                        draft.sequence(), draft.priority(), draft.basedOn()));
            } catch (Problem p) {
                rejected.add(RejectedLine.of(line, p.field, p.getMessage()));
            }
        }
        return new Outcome<>(accepted, rejected);
    }

    // ---- fields ---------------------------------------------------------------------------------------------

    private Item item(String raw) throws Problem {
        ItemCode code;
        try {
            code = new ItemCode(raw);
        } catch (IllegalArgumentException e) {
            throw new Problem("item", e.getMessage());
        }
        List<Item> items = odoo.items(code.value());
        if (items.isEmpty()) {
            throw new Problem("item", "item " + shown(code.value()) + " is not known in Odoo");
        }
        List<Item> active = items.stream().filter(i -> !Boolean.FALSE.equals(i.active())).toList();
        if (active.isEmpty()) {
            throw new Problem("item", "item " + code.value() + " is archived in Odoo");
        }
        if (active.size() > 1) {
            throw new Problem("item", "item code " + code.value() + " is ambiguous: " + active.size()
                    + " active Odoo products have it");
        }
        return active.get(0);
    }

    private Warehouse warehouse(String field, String raw) throws Problem {
        if (isBlank(raw)) {
            throw new Problem(field, "the " + field + " (a warehouse code) is missing");
        }
        return odoo.warehouse(raw).orElseThrow(() -> new Problem(field, field + " " + shown(raw.strip())
                + " is not a warehouse code known in Odoo (known: " + String.join(", ", known(odoo.warehouseCodes()))
                + ")"));
    }

    private Quantity quantity(Double amount, String rawUnit, Item item) throws Problem {
        if (amount == null) {
            throw new Problem("quantity", "the quantity is missing");
        }
        Quantity quantity;
        try {
            quantity = Quantity.of(amount, "?");
        } catch (IllegalArgumentException e) {
            throw new Problem("quantity", e.getMessage());
        }
        List<UnitOfMeasure> itemUnits = item.uom() == null ? List.of() : odoo.units(item.uom());
        if (isBlank(rawUnit)) {
            if (item.uom() == null) {
                throw new Problem("unit", "the unit is missing and item " + item.code() + " has none in Odoo");
            }
            return quantity.withUnit(item.uom());
        }
        List<UnitOfMeasure> units = odoo.units(rawUnit.strip());
        if (units.isEmpty()) {
            throw new Problem("unit", "unit " + shown(rawUnit.strip()) + " is not a unit of measure known in Odoo");
        }
        if (units.size() > 1) {
            throw new Problem("unit", "unit " + rawUnit.strip() + " is ambiguous: " + units.size()
                    + " Odoo units of measure are named so");
        }
        UnitOfMeasure unit = units.get(0);
        if (itemUnits.size() == 1 && !Objects.equals(itemUnits.get(0).categoryId(), unit.categoryId())) {
            throw new Problem("unit", "unit " + unit.name() + " (" + unit.category() + ") cannot measure item "
                    + item.code() + ", which is counted in " + item.uom() + " (" + itemUnits.get(0).category() + ")");
        }
        return quantity.withUnit(unit.name());
    }

    private ManufacturingOrder manufacturingOrder(String raw) throws Problem {
        if (isBlank(raw)) {
            throw new Problem("manufacturingOrder", "the manufacturing order reference is missing");
        }
        String name = raw.strip();
        List<ManufacturingOrder> orders = odoo.manufacturingOrders(name);
        if (orders.isEmpty()) {
            throw new Problem("manufacturingOrder", "manufacturing order " + shown(name) + " is not known in Odoo");
        }
        if (orders.size() > 1) {
            throw new Problem("manufacturingOrder", "manufacturing order reference " + name + " is ambiguous: "
                    + orders.size() + " Odoo orders have it");
        }
        ManufacturingOrder order = orders.get(0);
        if (order.state() == ManufacturingOrderState.DONE || order.state() == ManufacturingOrderState.CANCELLED) {
            throw new Problem("manufacturingOrder", "manufacturing order " + name + " is "
                    + order.state().name().toLowerCase(Locale.ROOT)
                    + "; a finished or cancelled order cannot be rescheduled");
        }
        return order;
    }

    private void workOrder(long id, ManufacturingOrder order) throws Problem {
        WorkOrder workOrder = odoo.workOrder(id).orElseThrow(() -> new Problem("workOrderId", "work order " + id
                + " is not known in Odoo"));
        if (!Objects.equals(workOrder.manufacturingOrderId(), order.id())) {
            throw new Problem("workOrderId", "work order " + id + " does not belong to manufacturing order "
                    + order.name());
        }
        if (workOrder.state() == WorkOrderState.DONE || workOrder.state() == WorkOrderState.CANCELLED) {
            throw new Problem("workOrderId", "work order " + id + " (" + workOrder.name() + ") is "
                    + workOrder.state().name().toLowerCase(Locale.ROOT)
                    + "; a finished or cancelled work order cannot be rescheduled");
        }
    }

    private String workCenter(String raw) throws Problem {
        List<WorkCenter> found = odoo.workCenters(raw);
        if (found.isEmpty()) {
            throw new Problem("workCenter", "work center " + shown(raw.strip())
                    + " is not known in Odoo (give its code or its name)");
        }
        if (found.size() > 1) {
            throw new Problem("workCenter", "work center " + raw.strip() + " is ambiguous: " + found.size()
                    + " Odoo work centers are named so; give its code");
        }
        WorkCenter workCenter = found.get(0);
        return isBlank(workCenter.code()) ? workCenter.name() : workCenter.code();
    }

    private static <T> T required(String field, T value, String missing) throws Problem {
        if (value == null) {
            throw new Problem(field, missing);
        }
        return value;
    }

    private static void text(String field, String value) throws Problem {
        if (value != null && value.strip().length() > MAX_TEXT) {
            throw new Problem(field, "the " + field + " is longer than " + MAX_TEXT + " characters");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A value from the input as a message shows it: cut when long. */
    private static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }

    private static List<String> known(Set<String> codes) {
        return codes.isEmpty() ? List.of("none") : List.copyOf(codes);
    }
}
