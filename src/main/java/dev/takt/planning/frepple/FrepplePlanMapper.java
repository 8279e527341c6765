package dev.takt.planning.frepple;

import dev.takt.domain.ForecastLine;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.Quantity;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * frePPLe records → Takt's planning records (see docs/planning.md, "The frePPLe adapter"). Each method maps one
 * record and throws {@link IllegalArgumentException} naming the record when it cannot; the gateway skips such a
 * record with a warning, so one odd record never hides its neighbours.
 *
 * <ul>
 *   <li>Item and location names in frePPLe are Takt's item codes and warehouse codes.</li>
 *   <li>Quantities are frePPLe's 8-decimal strings, rounded half up to Takt's 6 decimals, in the item's {@code uom}
 *       ({@link #DEFAULT_UNIT} when frePPLe's item has none).</li>
 *   <li>Naive date-times are in the configured frePPLe zone.</li>
 * </ul>
 */
final class FrepplePlanMapper {

    /** The unit of an item whose frePPLe record has no {@code uom} (Odoo's default unit). */
    static final String DEFAULT_UNIT = "Units";

    private final ZoneId zone;

    FrepplePlanMapper(ZoneId zone) {
        this.zone = zone;
    }

    /** A demand as a forecast line: one day bucket on its due date, its quantity in the item's unit. */
    ForecastLine forecastLine(int line, JsonObject demand, Map<String, String> units) {
        String item = text(demand, "item");
        Instant due = FreppleValues.instant(demand.get("due"), zone);
        if (item == null || due == null) {
            throw new IllegalArgumentException("demand '" + text(demand, "name") + "' has no item or due date");
        }
        LocalDate day = due.atZone(zone).toLocalDate();
        return new ForecastLine(line, new ItemCode(item), require(demand, "location"),
                new DateBucket(day, BucketSize.DAY), quantity(demand.get("quantity"), unit(units, item)));
    }

    /** A proposed manufacturing order; its item and location are its operation's. */
    PlannedOrder make(int line, JsonObject mo, JsonObject operation, Map<String, String> units) {
        String item = require(operation, "item");
        return new PlannedOrder(line, PlannedOrderType.MAKE, new ItemCode(item), require(operation, "location"),
                quantity(mo.get("quantity"), unit(units, item)), start(mo), end(mo), mainDemand(mo), null, null);
    }

    /** A proposed purchase order. */
    PlannedOrder buy(int line, JsonObject po, Map<String, String> units) {
        String item = require(po, "item");
        return new PlannedOrder(line, PlannedOrderType.BUY, new ItemCode(item), require(po, "location"),
                quantity(po.get("quantity"), unit(units, item)), start(po), end(po), mainDemand(po),
                text(po, "supplier"), null);
    }

    /** A proposed distribution order: into its destination from its origin. */
    PlannedOrder transfer(int line, JsonObject dorder, Map<String, String> units) {
        String item = require(dorder, "item");
        return new PlannedOrder(line, PlannedOrderType.TRANSFER, new ItemCode(item), require(dorder, "destination"),
                quantity(dorder.get("quantity"), unit(units, item)), start(dorder), end(dorder), mainDemand(dorder),
                null, require(dorder, "origin"));
    }

    /** A whole manufacturing order's dates, on the first resource it loads. */
    ScheduleProposal wholeOrder(int line, JsonObject mo) {
        return new ScheduleProposal(line, require(mo, "reference"), null, start(mo), end(mo), firstResource(mo), null,
                null);
    }

    /**
     * A step of a manufacturing order as a work-order proposal, when its reference is its owner's reference, a
     * separator and the Odoo work order's id ({@code WH/MO/00012 - 42}); empty for steps frePPLe numbered itself.
     */
    Optional<ScheduleProposal> workOrder(int line, JsonObject step) {
        String owner = text(step, "owner");
        Long id = workOrderId(owner, text(step, "reference"));
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleProposal(line, owner, id, start(step), end(step), firstResource(step), null,
                null));
    }

    /** The Odoo work order id in a step's reference, or null. */
    static Long workOrderId(String owner, String reference) {
        if (owner == null || reference == null || !reference.startsWith(owner)) {
            return null;
        }
        Matcher m = STEP.matcher(reference.substring(owner.length()));
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    private static final Pattern STEP = Pattern.compile("[^\\p{Alnum}]+(\\d{1,18})");

    /** The demand that pegs the largest quantity of an order ({@code plan.pegging}), or null. */
    static String mainDemand(JsonObject order) {
        if (!(order.get("plan") instanceof JsonObject plan) || !(plan.get("pegging") instanceof JsonObject pegging)) {
            return null;
        }
        return pegging.entrySet().stream()
                .filter(e -> e.getValue() instanceof JsonNumber)
                .max(Comparator.comparing((Map.Entry<String, JsonValue> e) -> ((JsonNumber) e.getValue())
                        .bigDecimalValue()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String firstResource(JsonObject order) {
        if (order.get("resources") instanceof JsonArray resources && !resources.isEmpty()
                && resources.get(0) instanceof JsonObject r) {
            return text(r, "resource");
        }
        return null;
    }

    private Instant start(JsonObject order) {
        Instant start = FreppleValues.instant(order.get("startdate"), zone);
        return start != null ? start : end(order);
    }

    private Instant end(JsonObject order) {
        Instant end = FreppleValues.instant(order.get("enddate"), zone);
        if (end == null) {
            end = FreppleValues.instant(order.get("startdate"), zone);
        }
        if (end == null) {
            throw new IllegalArgumentException("order '" + text(order, "reference") + "' has no dates");
        }
        return end;
    }

    /** A frePPLe quantity as Takt's: at most 6 decimals (half up), never negative (a negative one is refused). */
    static Quantity quantity(JsonValue value, String unit) {
        BigDecimal amount = FreppleValues.decimal(value);
        if (amount == null) {
            throw new IllegalArgumentException("a quantity is missing");
        }
        return new Quantity(amount.setScale(Math.min(amount.scale(), Quantity.MAX_DECIMALS), RoundingMode.HALF_UP),
                unit);
    }

    private static String unit(Map<String, String> units, String item) {
        String unit = units.get(item);
        return unit == null || unit.isBlank() ? DEFAULT_UNIT : unit;
    }

    static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static String require(JsonObject o, String key) {
        String value = text(o, key);
        if (value == null) {
            throw new IllegalArgumentException("frePPLe record " + key(o) + " has no " + key);
        }
        return value;
    }

    /** How a record is named in messages: its name, reference or id. */
    static String key(JsonObject o) {
        for (String k : new String[] {"reference", "name"}) {
            String v = text(o, k);
            if (v != null) {
                return "'" + v + "'";
            }
        }
        return o.get("id") == null ? "(no key)" : "#" + o.get("id");
    }
}
