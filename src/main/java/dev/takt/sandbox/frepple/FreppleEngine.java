package dev.takt.sandbox.frepple;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's stand-in for frePPLe's solver ({@code runplan} with {@code env=supply}): a simple, deterministic
 * netting with infinite capacity and no calendars. It is not frePPLe's algorithm; it produces plans of the same
 * shape so that a client can be tested end to end.
 *
 * <ol>
 *   <li>Proposed orders (manufacturing, purchase, distribution, delivery) are deleted; approved, confirmed and
 *       completed ones stay and are input. Operationplan materials and resources are rebuilt from scratch.</li>
 *   <li>Stock: each buffer's {@code onhand} is available from the start; each kept order adds its receipt at its
 *       end date (a purchase order its quantity at its location, a distribution order at its destination, a
 *       manufacturing order its operation's output at the operation's location).</li>
 *   <li>Demands with status {@code open} or {@code quote} are planned one by one, ordered by priority, due date,
 *       name. A demand takes what stock is available at its location on its due date (earliest receipts first).
 *       A shortage is replenished, backwards from the date it is needed, by the first rule that applies:
 *       an operation producing the item at that location (a manufacturing order; its duration is
 *       {@code duration} plus {@code duration_per} × quantity; its components are needed at its start, or end,
 *       per material line, and are netted the same way at the same location), else an item distribution into that
 *       location (for the item or an ancestor such as {@code All items}; a distribution order from its origin,
 *       {@code leadtime} earlier, netted there), else an item supplier (a purchase order {@code leadtime}
 *       earlier). Quantities are rounded up to {@code sizeminimum} and a multiple of {@code sizemultiple} (and cut
 *       to {@code sizemaximum}, with further orders); a surplus stays in stock for later needs. Alternatives are
 *       tried by {@code priority}, then name or id. A component that nothing replenishes is simply short.</li>
 *   <li>When the orders made for a demand would start before the current date (parameter {@code currentdate},
 *       default the base day), all of them move later by the same amount, and the demand is delivered that much
 *       late. Each planned demand gets a delivery order for its planned quantity; its {@code plannedquantity},
 *       {@code deliverydate}, {@code delay} and {@code plan.pegging} are set. A demand nothing can supply is
 *       planned with quantity 0 and no delivery.</li>
 *   <li>Afterwards, what kept orders consume (a distribution order at its origin at its start, a manufacturing
 *       order its components) is netted the same way, which may propose more orders.</li>
 *   <li>Every order gets a {@code plan}: the demands it serves ({@code pegging}, proportional through the supply
 *       chain), the orders it takes from and supplies ({@code upstream_opplans}, {@code downstream_opplans}).
 *       {@code delay} is the order's end minus the due date of the most urgent demand it serves (zero when none);
 *       {@code criticality} is the number of days between the two, never negative (999 when it serves none).</li>
 * </ol>
 * References of new orders are numbers, continuing after the largest numeric reference kept.
 */
final class FreppleEngine {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final LocalDateTime ORIGIN = LocalDate.of(1971, 1, 1).atStartOfDay();
    private static final Set<String> KEPT = Set.of("approved", "confirmed", "completed");
    private static final BigDecimal UNPEGGED = new BigDecimal("999");

    /** A quantity of an item at a location from a date, and who supplied it. */
    private static final class Lot {
        LocalDateTime date;
        BigDecimal left;
        final Order supplier;

        Lot(LocalDateTime date, BigDecimal left, Order supplier) {
            this.date = date;
            this.left = left;
            this.supplier = supplier;
        }
    }

    /** An order in the plan (kept or new) and its links. */
    private static final class Order {
        final String entity;
        final Map<String, Object> row;
        String ref;
        BigDecimal output = BigDecimal.ZERO;
        final Map<String, BigDecimal> pegging = new LinkedHashMap<>();
        final List<Object[]> upstream = new ArrayList<>();
        final List<Object[]> downstream = new ArrayList<>();
        final List<Lot> lots = new ArrayList<>();

        Order(String entity, Map<String, Object> row) {
            this.entity = entity;
            this.row = row;
        }
    }

    private final FreppleStore store;
    private final LocalDateTime stamp;
    private final LocalDateTime now;
    private final Map<String, List<Lot>> stock = new HashMap<>();
    private final List<Order> orders = new ArrayList<>();
    private final Map<String, Map<String, Object>> demandRows = new HashMap<>();
    private final java.util.ArrayDeque<Runnable> journal = new java.util.ArrayDeque<>();
    private long nextRef;

    private FreppleEngine(FreppleStore store, LocalDateTime now, LocalDateTime stamp) {
        this.store = store;
        this.now = now;
        this.stamp = stamp;
    }

    /**
     * Plans the store's data in place.
     *
     * @param fallbackNow the current date when the {@code currentdate} parameter is missing or unreadable
     * @param stamp       the {@code lastmodified} of what the plan writes
     */
    static void plan(FreppleStore store, LocalDateTime fallbackNow, LocalDateTime stamp) {
        new FreppleEngine(store, currentDate(store, fallbackNow), stamp.truncatedTo(ChronoUnit.SECONDS)).run();
    }

    private static LocalDateTime currentDate(FreppleStore store, LocalDateTime fallback) {
        Map<String, Object> p = store.get("parameter", "currentdate");
        String value = p == null ? null : (String) p.get("value");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            String v = value.strip().replace(' ', 'T');
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private void run() {
        for (String entity : FreppleSchema.ORDERS) {
            for (Map<String, Object> row : store.rows(entity)) {
                if (!KEPT.contains(row.get("status"))) {
                    store.delete(entity, row.get("reference"));
                }
            }
        }
        store.clear("operationplanmaterial");
        store.clear("operationplanresource");
        long max = 0;
        for (String entity : FreppleSchema.ORDERS) {
            for (Map<String, Object> row : store.rows(entity)) {
                try {
                    max = Math.max(max, Long.parseLong((String) row.get("reference")));
                } catch (NumberFormatException e) {
                    // named references (PO 001) do not number anything
                }
            }
        }
        nextRef = max + 1;
        for (Map<String, Object> b : store.rows("buffer")) {
            lot((String) b.get("item"), (String) b.get("location"), ORIGIN, (BigDecimal) b.get("onhand"), null);
        }
        for (String entity : FreppleSchema.ORDERS) {
            for (Map<String, Object> row : store.rows(entity)) {
                Order o = new Order(entity, row);
                o.ref = (String) row.get("reference");
                orders.add(o);
                receipt(o);
            }
        }
        journal.clear();
        List<Map<String, Object>> demands = new ArrayList<>(store.rows("demand"));
        demands.forEach(d -> demandRows.put((String) d.get("name"), d));
        demands.sort(Comparator.comparing((Map<String, Object> d) -> (Long) d.get("priority"))
                .thenComparing(d -> (LocalDateTime) d.get("due"))
                .thenComparing(d -> (String) d.get("name")));
        for (Map<String, Object> d : demands) {
            d.put("plannedquantity", null);
            d.put("deliverydate", null);
            d.put("delay", null);
            d.put("plan", Map.of());
            if (Set.of("open", "quote").contains(d.get("status"))) {
                planDemand(d);
            }
        }
        for (Order o : new ArrayList<>(orders)) {
            if (o.row.get("startdate") == null || !KEPT.contains(o.row.get("status"))) {
                continue;
            }
            if (o.entity.equals("distributionorder")) {
                need((String) o.row.get("item"), (String) o.row.get("origin"), (BigDecimal) o.row.get("quantity"),
                        (LocalDateTime) o.row.get("startdate"), null, o, new ArrayList<>(), 0);
            } else if (o.entity.equals("manufacturingorder")) {
                components(o, null, new ArrayList<>(), 0);
            }
        }
        write();
    }

    // ------------------------------------------------------------------------------------------------ netting

    private void planDemand(Map<String, Object> d) {
        String name = (String) d.get("name");
        BigDecimal quantity = (BigDecimal) d.get("quantity");
        LocalDateTime due = (LocalDateTime) d.get("due");
        LocalDateTime target = due;
        Order delivery = null;
        BigDecimal planned = BigDecimal.ZERO;
        for (int attempt = 0; attempt < 4; attempt++) {
            int mark = journal.size();
            long refMark = nextRef;
            delivery = new Order("deliveryorder", newRow("deliveryorder"));
            List<Order> made = new ArrayList<>();
            planned = need((String) d.get("item"), (String) d.get("location"), quantity, target, name, delivery, made,
                    0);
            LocalDateTime earliest = target;
            for (Order o : made) {
                LocalDateTime start = (LocalDateTime) o.row.get("startdate");
                if (start != null && start.isBefore(earliest)) {
                    earliest = start;
                }
            }
            if (planned.signum() <= 0 || !earliest.isBefore(now)) {
                break;
            }
            Duration late = Duration.between(earliest, now);
            if (attempt == 3) {
                // still starting in the past: move what was made later as a block
                for (Order o : made) {
                    o.row.put("startdate", ((LocalDateTime) o.row.get("startdate")).plus(late));
                    o.row.put("enddate", ((LocalDateTime) o.row.get("enddate")).plus(late));
                    o.lots.forEach(l -> l.date = l.date.plus(late));
                }
                target = target.plus(late);
                break;
            }
            undo(mark);
            nextRef = refMark;
            target = target.plus(late);
        }
        if (planned.signum() <= 0) {
            d.put("plannedquantity", BigDecimal.ZERO);
            d.put("plan", Map.of("pegging", List.of()));
            return;
        }
        Duration late = Duration.between(due, target);
        Map<String, Object> row = delivery.row;
        delivery.ref = String.valueOf(nextRef++);
        row.put("reference", delivery.ref);
        row.put("demand", name);
        row.put("item", d.get("item"));
        row.put("location", d.get("location"));
        row.put("quantity", planned);
        row.put("startdate", target);
        row.put("enddate", target);
        row.put("due", due);
        row.put("delay", late);
        delivery.pegging.put(name, planned);
        orders.add(delivery);
        store.put("deliveryorder", row);
        d.put("plannedquantity", planned);
        d.put("deliverydate", target);
        d.put("delay", late);
        Map<String, Object> peg = new LinkedHashMap<>();
        peg.put("opplan", delivery.ref);
        peg.put("quantity", planned.doubleValue());
        d.put("plan", Map.of("pegging", List.of(peg)));
    }

    /** Reverts every change recorded after {@code mark}, newest first. */
    private void undo(int mark) {
        while (journal.size() > mark) {
            journal.removeLast().run();
        }
    }

    /**
     * Makes {@code quantity} of an item available at a location on a date for a consumer: takes stock, replenishes
     * the rest. Returns how much the consumer got.
     */
    private BigDecimal need(String item, String location, BigDecimal quantity, LocalDateTime date, String demand,
            Order consumer, List<Order> made, int depth) {
        BigDecimal got = take(item, location, quantity, date, demand, consumer);
        int rounds = 0;
        while (got.compareTo(quantity) < 0 && depth < 20 && rounds++ < 50) {
            BigDecimal more = replenish(item, location, quantity.subtract(got), date, demand, consumer, made, depth);
            if (more.signum() <= 0) {
                break;
            }
            got = got.add(more);
        }
        return got;
    }

    private BigDecimal take(String item, String location, BigDecimal quantity, LocalDateTime date, String demand,
            Order consumer) {
        BigDecimal left = quantity;
        for (Lot lot : stock.getOrDefault(key(item, location), List.of())) {
            if (left.signum() <= 0 || lot.date.isAfter(date)) {
                break;
            }
            if (lot.left.signum() <= 0) {
                continue;
            }
            BigDecimal use = lot.left.min(left);
            BigDecimal before = lot.left;
            lot.left = lot.left.subtract(use);
            journal.add(() -> lot.left = before);
            left = left.subtract(use);
            if (lot.supplier != null) {
                Order supplier = lot.supplier;
                supplier.downstream.add(new Object[] {consumer, use});
                consumer.upstream.add(new Object[] {supplier, use});
                journal.add(() -> {
                    supplier.downstream.remove(supplier.downstream.size() - 1);
                    consumer.upstream.remove(consumer.upstream.size() - 1);
                });
                if (demand != null) {
                    peg(supplier, demand, use, 0);
                }
            }
        }
        return quantity.subtract(left);
    }

    /** One replenishing order (or none); returns how much of {@code shortage} the consumer got from it. */
    private BigDecimal replenish(String item, String location, BigDecimal shortage, LocalDateTime date, String demand,
            Order consumer, List<Order> made, int depth) {
        Map<String, Object> op = operation(item, location);
        if (op != null) {
            BigDecimal perUnit = BigDecimal.ONE;
            for (Map<String, Object> m : materials((String) op.get("name"))) {
                if (item.equals(m.get("item")) && ((BigDecimal) m.get("quantity")).signum() > 0) {
                    perUnit = (BigDecimal) m.get("quantity");
                }
            }
            BigDecimal units = lotSize(shortage.divide(perUnit, MC), op);
            Duration duration = op.get("duration") == null ? Duration.ZERO : (Duration) op.get("duration");
            if ("time_per".equals(op.get("type")) && op.get("duration_per") != null) {
                duration = duration.plusNanos(new BigDecimal(((Duration) op.get("duration_per")).toNanos())
                        .multiply(units).setScale(0, RoundingMode.HALF_UP).longValueExact());
            }
            Order mo = newOrder("manufacturingorder", made);
            mo.row.put("operation", op.get("name"));
            mo.row.put("quantity", units);
            mo.row.put("startdate", date.minus(duration));
            mo.row.put("enddate", date);
            components(mo, demand, made, depth + 1);
            mo.output = units.multiply(perUnit);
            mo.lots.add(lot(item, location, date, mo.output, mo));
            return take(item, location, shortage, date, demand, consumer);
        }
        Map<String, Object> rule = distribution(item, location);
        if (rule != null) {
            BigDecimal quantity = lotSize(shortage, rule);
            LocalDateTime start = date.minus(leadtime(rule));
            Order dist = newOrder("distributionorder", made);
            dist.row.put("item", item);
            dist.row.put("origin", rule.get("origin"));
            dist.row.put("destination", location);
            dist.row.put("quantity", quantity);
            dist.row.put("startdate", start);
            dist.row.put("enddate", date);
            need(item, (String) rule.get("origin"), quantity, start, null, dist, made, depth + 1);
            dist.output = quantity;
            dist.lots.add(lot(item, location, date, quantity, dist));
            return take(item, location, shortage, date, demand, consumer);
        }
        rule = supplier(item, location);
        if (rule != null) {
            BigDecimal quantity = lotSize(shortage, rule);
            Order po = newOrder("purchaseorder", made);
            po.row.put("item", item);
            po.row.put("supplier", rule.get("supplier"));
            po.row.put("location", location);
            po.row.put("quantity", quantity);
            po.row.put("startdate", date.minus(leadtime(rule)));
            po.row.put("enddate", date);
            po.output = quantity;
            po.lots.add(lot(item, location, date, quantity, po));
            return take(item, location, shortage, date, demand, consumer);
        }
        return BigDecimal.ZERO;
    }

    /** Nets the components a manufacturing order consumes. */
    private void components(Order mo, String demand, List<Order> made, int depth) {
        BigDecimal units = (BigDecimal) mo.row.get("quantity");
        Map<String, Object> op = store.get("operation", mo.row.get("operation"));
        if (op == null || mo.row.get("startdate") == null) {
            return;
        }
        for (Map<String, Object> m : materials((String) op.get("name"))) {
            BigDecimal per = (BigDecimal) m.get("quantity");
            if (per.signum() >= 0) {
                continue;
            }
            LocalDateTime when = (LocalDateTime) mo.row.get("end".equals(m.get("type")) ? "enddate" : "startdate");
            need((String) m.get("item"), (String) op.get("location"), per.negate().multiply(units), when, null, mo,
                    made, depth);
        }
    }

    /** Pegs {@code quantity} of an order's output to a demand, and its suppliers in proportion. */
    private void peg(Order order, String demand, BigDecimal quantity, int depth) {
        BigDecimal before = order.pegging.get(demand);
        order.pegging.merge(demand, quantity, BigDecimal::add);
        journal.add(() -> {
            if (before == null) {
                order.pegging.remove(demand);
            } else {
                order.pegging.put(demand, before);
            }
        });
        if (depth > 20 || order.output.signum() <= 0) {
            return;
        }
        BigDecimal share = quantity.divide(order.output, MC);
        for (Object[] up : order.upstream) {
            peg((Order) up[0], demand, ((BigDecimal) up[1]).multiply(share, MC), depth + 1);
        }
    }

    private Order newOrder(String entity, List<Order> made) {
        Order o = new Order(entity, newRow(entity));
        o.ref = String.valueOf(nextRef++);
        o.row.put("reference", o.ref);
        orders.add(o);
        made.add(o);
        store.put(entity, o.row);
        journal.add(() -> {
            orders.remove(o);
            store.delete(entity, o.ref);
        });
        return o;
    }

    private Map<String, Object> newRow(String entity) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (FreppleField f : FreppleSchema.entity(entity).fields()) {
            if (f.type() != FreppleField.Type.COMPUTED_LIST) {
                row.put(f.name(), f.defaultValue());
            }
        }
        row.put("status", "proposed");
        return row;
    }

    /** Adds what a kept order brings to stock. */
    private void receipt(Order o) {
        Map<String, Object> row = o.row;
        LocalDateTime end = (LocalDateTime) row.get("enddate");
        BigDecimal quantity = (BigDecimal) row.get("quantity");
        if (end == null || quantity == null || !KEPT.contains(row.get("status"))) {
            return;
        }
        switch (o.entity) {
            case "purchaseorder" -> {
                o.output = quantity;
                lot((String) row.get("item"), (String) row.get("location"), end, quantity, o);
            }
            case "distributionorder" -> {
                o.output = quantity;
                lot((String) row.get("item"), (String) row.get("destination"), end, quantity, o);
            }
            case "manufacturingorder" -> {
                Map<String, Object> op = store.get("operation", row.get("operation"));
                if (op == null || op.get("item") == null) {
                    return;
                }
                BigDecimal perUnit = BigDecimal.ONE;
                for (Map<String, Object> m : materials((String) op.get("name"))) {
                    if (op.get("item").equals(m.get("item")) && ((BigDecimal) m.get("quantity")).signum() > 0) {
                        perUnit = (BigDecimal) m.get("quantity");
                    }
                }
                o.output = quantity.multiply(perUnit);
                lot((String) op.get("item"), (String) op.get("location"), end, o.output, o);
            }
            default -> {
            }
        }
    }

    private Lot lot(String item, String location, LocalDateTime date, BigDecimal quantity, Order supplier) {
        Lot lot = new Lot(date, quantity, supplier);
        List<Lot> lots = stock.computeIfAbsent(key(item, location), k -> new ArrayList<>());
        int i = 0;
        while (i < lots.size() && !lots.get(i).date.isAfter(date)) {
            i++;
        }
        lots.add(i, lot);
        journal.add(() -> lots.remove(lot));
        return lot;
    }

    private static String key(String item, String location) {
        return item + "\u0000" + location;
    }

    // ------------------------------------------------------------------------------------------------ rules

    private Map<String, Object> operation(String item, String location) {
        return store.rows("operation").stream()
                .filter(o -> item.equals(o.get("item")) && location.equals(o.get("location"))
                        && Set.of("fixed_time", "time_per").contains(o.get("type")))
                .min(Comparator.comparing((Map<String, Object> o) -> (Long) o.get("priority"))
                        .thenComparing(o -> (String) o.get("name")))
                .orElse(null);
    }

    private List<Map<String, Object>> materials(String operation) {
        return store.rows("operationmaterial").stream().filter(m -> operation.equals(m.get("operation"))).toList();
    }

    private Map<String, Object> distribution(String item, String location) {
        List<String> items = ancestry(item);
        return store.rows("itemdistribution").stream()
                .filter(r -> items.contains(r.get("item")) && location.equals(r.get("location"))
                        && !location.equals(r.get("origin")))
                .min(Comparator.comparing((Map<String, Object> r) -> (Long) r.get("priority"))
                        .thenComparing(r -> items.indexOf(r.get("item")))
                        .thenComparing(r -> (Long) r.get("id")))
                .orElse(null);
    }

    private Map<String, Object> supplier(String item, String location) {
        List<String> items = ancestry(item);
        return store.rows("itemsupplier").stream()
                .filter(r -> items.contains(r.get("item"))
                        && (r.get("location") == null || location.equals(r.get("location"))))
                .min(Comparator.comparing((Map<String, Object> r) -> (Long) r.get("priority"))
                        .thenComparing(r -> items.indexOf(r.get("item")))
                        .thenComparing(r -> (Long) r.get("id")))
                .orElse(null);
    }

    /** The item and its owners, nearest first. */
    private List<String> ancestry(String item) {
        List<String> out = new ArrayList<>();
        String current = item;
        while (current != null && !out.contains(current)) {
            out.add(current);
            Map<String, Object> row = store.get("item", current);
            current = row == null ? null : (String) row.get("owner");
        }
        return out;
    }

    private static Duration leadtime(Map<String, Object> rule) {
        return rule.get("leadtime") == null ? Duration.ZERO : (Duration) rule.get("leadtime");
    }

    private static BigDecimal lotSize(BigDecimal need, Map<String, Object> rule) {
        BigDecimal q = need;
        BigDecimal min = (BigDecimal) rule.get("sizeminimum");
        BigDecimal multiple = (BigDecimal) rule.get("sizemultiple");
        BigDecimal max = (BigDecimal) rule.get("sizemaximum");
        if (min != null && q.compareTo(min) < 0) {
            q = min;
        }
        if (multiple != null && multiple.signum() > 0) {
            q = q.divide(multiple, 0, RoundingMode.CEILING).multiply(multiple);
        }
        if (max != null && max.signum() > 0 && q.compareTo(max) > 0) {
            q = max;
        }
        return q.setScale(Math.max(0, Math.min(8, q.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------------------------------------ output

    private void write() {
        for (Order o : orders) {
            Map<String, Object> plan = new LinkedHashMap<>();
            Map<String, Object> pegging = new LinkedHashMap<>();
            o.pegging.forEach((demand, q) -> pegging.put(demand, round(q)));
            plan.put("pegging", pegging);
            plan.put("unavailable", 0L);
            plan.put("interruptions", List.of());
            plan.put("upstream_opplans", links(o.upstream));
            plan.put("downstream_opplans", links(o.downstream));
            o.row.put("plan", plan);
            o.row.put("lastmodified", stamp);
            if (o.entity.equals("deliveryorder")) {
                continue;
            }
            LocalDateTime urgent = null;
            for (String demand : o.pegging.keySet()) {
                Map<String, Object> d = demandRows.get(demand);
                LocalDateTime due = d == null ? null : (LocalDateTime) d.get("due");
                if (due != null && (urgent == null || due.isBefore(urgent))) {
                    urgent = due;
                }
            }
            LocalDateTime end = (LocalDateTime) o.row.get("enddate");
            if (urgent == null || end == null) {
                o.row.put("criticality", UNPEGGED);
                o.row.put("delay", Duration.ZERO);
            } else {
                Duration delay = Duration.between(urgent, end);
                o.row.put("delay", delay);
                BigDecimal days = BigDecimal.valueOf(-delay.getSeconds()).divide(BigDecimal.valueOf(86400), 8,
                        RoundingMode.HALF_UP);
                o.row.put("criticality", days.max(BigDecimal.ZERO));
            }
        }
        flows();
    }

    private static List<Object> links(List<Object[]> links) {
        Map<Order, BigDecimal> sum = new LinkedHashMap<>();
        for (Object[] l : links) {
            sum.merge((Order) l[0], (BigDecimal) l[1], BigDecimal::add);
        }
        List<Object> out = new ArrayList<>();
        sum.forEach((o, q) -> {
            if (o.ref != null) {
                out.add(List.of(o.ref, round(q), 0.0));
            }
        });
        return out;
    }

    private static Double round(BigDecimal q) {
        return q.setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    /** Rebuilds operationplan materials (with the projected stock after each flow) and resources. */
    private void flows() {
        List<Map<String, Object>> flows = new ArrayList<>();
        for (Order o : orders) {
            Map<String, Object> r = o.row;
            BigDecimal q = (BigDecimal) r.get("quantity");
            LocalDateTime start = (LocalDateTime) r.get("startdate");
            LocalDateTime end = (LocalDateTime) r.get("enddate");
            if (q == null || start == null || end == null) {
                continue;
            }
            switch (o.entity) {
                case "purchaseorder" -> flows.add(flow(o, (String) r.get("item"), (String) r.get("location"), q, end));
                case "distributionorder" -> {
                    flows.add(flow(o, (String) r.get("item"), (String) r.get("origin"), q.negate(), start));
                    flows.add(flow(o, (String) r.get("item"), (String) r.get("destination"), q, end));
                }
                case "deliveryorder" -> flows.add(flow(o, (String) r.get("item"), (String) r.get("location"),
                        q.negate(), end));
                default -> {
                    Map<String, Object> op = store.get("operation", r.get("operation"));
                    if (op == null) {
                        continue;
                    }
                    for (Map<String, Object> m : materials((String) op.get("name"))) {
                        flows.add(flow(o, (String) m.get("item"), (String) op.get("location"),
                                ((BigDecimal) m.get("quantity")).multiply(q), "end".equals(m.get("type")) ? end
                                        : start));
                    }
                    for (Map<String, Object> res : store.rows("operationresource")) {
                        if (op.get("name").equals(res.get("operation"))) {
                            Map<String, Object> load = new LinkedHashMap<>();
                            load.put("operationplan", o.ref);
                            load.put("resource", res.get("resource"));
                            load.put("quantity", res.get("quantity"));
                            load.put("startdate", start);
                            load.put("enddate", end);
                            load.put("status", flowStatus(r));
                            load.put("setup", null);
                            load.put("source", null);
                            load.put("lastmodified", stamp);
                            store.put("operationplanresource", load);
                        }
                    }
                }
            }
        }
        Map<String, Integer> bufferOrder = new HashMap<>();
        List<Map<String, Object>> buffers = store.rows("buffer");
        for (int i = 0; i < buffers.size(); i++) {
            bufferOrder.putIfAbsent(key((String) buffers.get(i).get("item"), (String) buffers.get(i).get("location")),
                    i);
        }
        flows.sort(Comparator.comparing((Map<String, Object> f) -> bufferOrder.getOrDefault(
                key((String) f.get("item"), (String) f.get("location")), Integer.MAX_VALUE))
                .thenComparing(f -> (String) f.get("item"))
                .thenComparing(f -> (String) f.get("location"))
                .thenComparing(f -> (LocalDateTime) f.get("flowdate"))
                .thenComparing(f -> ((BigDecimal) f.get("quantity")).negate()));
        Map<String, BigDecimal> onhand = new HashMap<>();
        for (Map<String, Object> b : buffers) {
            onhand.merge(key((String) b.get("item"), (String) b.get("location")), (BigDecimal) b.get("onhand"),
                    BigDecimal::add);
        }
        for (Map<String, Object> f : flows) {
            BigDecimal level = onhand.merge(key((String) f.get("item"), (String) f.get("location")),
                    (BigDecimal) f.get("quantity"), BigDecimal::add);
            f.put("onhand", level);
            store.put("operationplanmaterial", f);
        }
    }

    private Map<String, Object> flow(Order o, String item, String location, BigDecimal quantity, LocalDateTime when) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", null);
        f.put("operationplan", o.ref);
        f.put("item", item);
        f.put("location", location);
        f.put("quantity", quantity);
        f.put("onhand", null);
        f.put("flowdate", when);
        f.put("status", flowStatus(o.row));
        f.put("source", null);
        f.put("lastmodified", stamp);
        return f;
    }

    private static String flowStatus(Map<String, Object> order) {
        Object status = order.get("status");
        return "proposed".equals(status) ? "proposed" : "closed".equals(status) ? "closed" : "confirmed";
    }
}
