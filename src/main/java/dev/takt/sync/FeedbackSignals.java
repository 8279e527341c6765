package dev.takt.sync;

import dev.takt.domain.ExecutionUpdate;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ManufacturingOrderState;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.StockPosition;
import dev.takt.domain.event.ProductionStatusChanged;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules that turn execution feedback into events and planning exceptions. Pure functions, documented in
 * docs/feedback.md:
 *
 * <ul>
 * <li><b>Production status</b>: a manufacturing order or work order whose state or quantity differs from the last
 * one seen (or that is seen for the first time after the initial load) makes a {@link ProductionStatusChanged}. The
 * initial load of a cursor (every record from the beginning) is not news and fires nothing.</li>
 * <li><b>Shortage</b>: per item and warehouse, over the internal stock positions: on hand below the minimum of the
 * item's reorder rule for that warehouse (short by minimum − on hand); without a rule, reserved above on hand
 * (available below zero; short by reserved − on hand).</li>
 * <li><b>Duplicate production</b>: two or more DONE manufacturing orders carrying the same Takt token
 * ({@code TAKT:<key>} at the start of their origin): one planned order was produced twice.</li>
 * </ul>
 */
final class FeedbackSignals {

    /** What Takt last saw of a followed record. */
    record Known(String state, BigDecimal quantity) {
    }

    /**
     * A shortage found.
     *
     * @param itemId      the Odoo item id
     * @param warehouseId the warehouse id, or null for stock outside any warehouse
     * @param onHand      on hand in the warehouse's internal locations
     * @param shortBy     by how much (positive)
     * @param reason      the rule that found it, in a buyer's words
     */
    record Shortage(long itemId, Long warehouseId, BigDecimal onHand, BigDecimal shortBy, String reason) {
    }

    private static final String TOKEN_PREFIX = "TAKT:";

    private FeedbackSignals() {
    }

    /**
     * The production event for a mapped manufacturing or work order update, if its state or quantity changed.
     *
     * @param previous    what was seen of the record before, or null
     * @param initialLoad true while the cursor's first full read runs
     * @param moName      for a work order, its manufacturing order's name
     * @param workCenter  for a work order, its work center's name
     * @param item        the item's code, or null
     */
    static Optional<ProductionStatusChanged> productionEvent(ExecutionUpdate update, Known previous,
            boolean initialLoad, String moName, String workCenter, String item) {
        if (initialLoad || update.deleted()) {
            return Optional.empty();
        }
        boolean mo = update.kind() == ExecutionUpdate.Kind.MANUFACTURING_ORDER;
        if (!mo && update.kind() != ExecutionUpdate.Kind.WORK_ORDER) {
            return Optional.empty();
        }
        if (previous != null && Objects.equals(previous.state(), update.state())
                && same(previous.quantity(), update.quantity())) {
            return Optional.empty();
        }
        return Optional.of(new ProductionStatusChanged(update.changedAt(), mo ? update.reference() : moName,
                mo ? null : update.odooId(), update.state(), mo ? update.quantity() : null, item, workCenter, null));
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The shortages among {@code positions} (every internal stock position of the items concerned) against their
     * reorder rules, by item then warehouse.
     */
    static List<Shortage> shortages(List<StockPosition> positions, List<ReorderRule> rules) {
        record Key(long item, Long warehouse) {
        }
        Map<Key, BigDecimal[]> totals = new LinkedHashMap<>();
        for (StockPosition p : positions) {
            if (p.itemId() == null) {
                continue;
            }
            BigDecimal[] t = totals.computeIfAbsent(new Key(p.itemId(), p.warehouseId()),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            t[0] = t[0].add(value(p.onHand()));
            t[1] = t[1].add(value(p.reserved()));
        }
        Map<Key, BigDecimal> minimum = new LinkedHashMap<>();
        for (ReorderRule r : rules) {
            if (r.itemId() != null && r.minimum() != null && !Boolean.FALSE.equals(r.active())) {
                minimum.merge(new Key(r.itemId(), r.warehouseId()), BigDecimal.valueOf(r.minimum()), BigDecimal::max);
                totals.putIfAbsent(new Key(r.itemId(), r.warehouseId()),
                        new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            }
        }
        Map<Key, Shortage> found = new TreeMap<>((a, b) -> a.item() != b.item() ? Long.compare(a.item(), b.item())
                : Long.compare(a.warehouse() == null ? -1 : a.warehouse(), b.warehouse() == null ? -1 : b.warehouse()));
        totals.forEach((key, t) -> {
            BigDecimal onHand = t[0];
            BigDecimal min = minimum.get(key);
            if (min != null) {
                if (onHand.compareTo(min) < 0) {
                    found.put(key, new Shortage(key.item(), key.warehouse(), onHand, min.subtract(onHand),
                            "on hand " + plain(onHand) + " is below the reorder minimum " + plain(min)));
                }
            } else if (t[1].compareTo(onHand) > 0) {
                found.put(key, new Shortage(key.item(), key.warehouse(), onHand, t[1].subtract(onHand),
                        "reserved " + plain(t[1]) + " exceeds on hand " + plain(onHand)));
            }
        });
        return new ArrayList<>(found.values());
    }

    /** Takt's token at the start of an order's origin ({@code TAKT:<key>}), or null. */
    static String originToken(String origin) {
        if (origin == null) {
            return null;
        }
        String o = origin.strip();
        if (!o.startsWith(TOKEN_PREFIX)) {
            return null;
        }
        int end = 0;
        while (end < o.length() && !Character.isWhitespace(o.charAt(end))) {
            end++;
        }
        return end > TOKEN_PREFIX.length() ? o.substring(0, end) : null;
    }

    /** Tokens carried by two or more DONE manufacturing orders, each with those orders (by id). */
    static Map<String, List<ManufacturingOrder>> duplicates(List<ManufacturingOrder> orders) {
        Map<String, List<ManufacturingOrder>> byToken = new TreeMap<>();
        for (ManufacturingOrder mo : orders) {
            String token = originToken(mo.origin());
            if (token != null && mo.state() == ManufacturingOrderState.DONE) {
                byToken.computeIfAbsent(token, k -> new ArrayList<>()).add(mo);
            }
        }
        byToken.values().removeIf(list -> list.stream().map(ManufacturingOrder::id).distinct().count() < 2);
        byToken.values().forEach(list -> list.sort((a, b) -> Long.compare(a.id(), b.id())));
        return byToken;
    }

    private static BigDecimal value(Double d) {
        return d == null ? BigDecimal.ZERO : BigDecimal.valueOf(d);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
