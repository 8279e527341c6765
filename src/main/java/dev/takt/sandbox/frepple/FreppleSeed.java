package dev.takt.sandbox.frepple;

import dev.takt.sandbox.frepple.FreppleField.Type;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's data, always the same relative to a base day: a small furniture manufacturer in the spirit of
 * frePPLe's {@code manufacturing_demo} fixture (the recordings' dataset), with the same counts per entity.
 *
 * <ul>
 *   <li>5 locations ({@code All locations} → {@code factory}, {@code warehouse}, {@code shop 1}, {@code shop 2}),
 *       2 customers, 3 suppliers, 5 calendars with 7 buckets;</li>
 *   <li>11 items: finished {@code chair}, {@code round table}, {@code square table}; made {@code chair leg},
 *       {@code table leg}, {@code table top}; bought {@code cushion}, {@code screws}, {@code wooden beam},
 *       {@code wooden panel}; all under {@code All items};</li>
 *   <li>4 resources at the factory, 6 operations with 18 material and 12 resource lines, 19 buffers with stock,
 *       4 item suppliers, 5 item distributions (shops from the warehouse, the warehouse from the factory);</li>
 *   <li>11 demands ({@code Demand 01} … {@code Demand 11}, due 1 to 70 days after the base day), 4 confirmed
 *       purchase orders ({@code PO 001} …) and 3 confirmed distribution orders ({@code DO 001} …);</li>
 *   <li>19 parameters, among them {@code currentdate} = the base day.</li>
 * </ul>
 */
final class FreppleSeed {

    private final FreppleStore store;
    private final LocalDate base;
    private LocalDateTime stamp;

    private FreppleSeed(FreppleStore store, LocalDate base, LocalDateTime loadTime) {
        this.store = store;
        this.base = base;
        this.stamp = loadTime;
    }

    /** Fills an empty store; {@code loadTime} (microsecond steps from it) is each row's {@code lastmodified}. */
    static void load(FreppleStore store, LocalDate base, LocalDateTime loadTime) {
        new FreppleSeed(store, base, loadTime).load();
    }

    private void load() {
        parameters();
        String wd = "Working Days";
        row("calendar", "name", wd);
        for (String r : new String[] {"assembly line", "grinder", "operator pool", "saw"}) {
            row("calendar", "name", r + " capacity @ factory");
        }
        LocalDateTime from = LocalDate.of(2001, 1, 1).atStartOfDay();
        LocalDateTime to = LocalDate.of(2030, 12, 31).atStartOfDay();
        row("calendarbucket", "calendar", wd, "startdate", from, "enddate", to, "value", "1", "priority", 100,
                "saturday", false, "sunday", false);
        row("calendarbucket", "calendar", wd, "startdate", LocalDate.of(2016, 7, 15).atStartOfDay(), "enddate",
                LocalDate.of(2016, 8, 1).atStartOfDay(), "value", "0", "priority", 99);
        row("calendarbucket", "calendar", wd, "startdate", LocalDate.of(2016, 1, 1).atStartOfDay(), "enddate",
                LocalDate.of(2016, 1, 2).atStartOfDay(), "value", "0", "priority", 99);
        String[][] capacity = {{"assembly line", "1"}, {"grinder", "1"}, {"operator pool", "2"}, {"saw", "1"}};
        for (String[] c : capacity) {
            row("calendarbucket", "calendar", c[0] + " capacity @ factory", "startdate", from, "enddate", to,
                    "value", c[1], "priority", 100, "saturday", false, "sunday", false, "starttime", "08:00:00",
                    "endtime", "16:00:00");
        }

        row("location", "name", "All locations");
        for (String l : new String[] {"factory", "shop 1", "shop 2", "warehouse"}) {
            row("location", "name", l, "owner", "All locations", "available", wd);
        }
        row("customer", "name", "Customer near shop 1");
        row("customer", "name", "Customer near shop 2");
        for (String s : new String[] {"cushion supplier", "screw supplier", "wood supplier"}) {
            row("supplier", "name", s);
        }

        row("item", "name", "All items", "category", "", "subcategory", "");
        item("chair", "furniture", "chair", "150");
        item("chair leg", "furniture component", "chair", "10");
        item("cushion", "raw material", "chair", "15");
        item("round table", "furniture", "table", "300");
        item("screws", "raw material", "", "0.1");
        item("square table", "furniture", "table", "350");
        item("table leg", "furniture component", "table", "15");
        item("table top", "furniture component", "table", "60");
        item("wooden beam", "raw material", "", "5");
        item("wooden panel", "raw material", "", "20");

        row("resource", "name", "assembly line", "category", "assembling", "subcategory", "human",
                "maximum_calendar", "assembly line capacity @ factory", "location", "factory");
        row("resource", "name", "grinder", "category", "production", "subcategory", "machine",
                "maximum_calendar", "grinder capacity @ factory", "location", "factory");
        row("resource", "name", "operators", "category", "general", "subcategory", "human",
                "maximum_calendar", "operator pool @ factory", "location", "factory");
        row("resource", "name", "saw", "category", "production", "subcategory", "machine",
                "maximum_calendar", "saw capacity @ factory", "location", "factory");

        operation("Assemble chair", "assembling", "chair", "chair", "01:00:00");
        operation("Assemble round table", "assembling", "table", "round table", "01:00:00");
        operation("Assemble square table", "assembling", "table", "square table", "01:00:00");
        operation("Cut table top", "production", "table", "table top", "00:30:00");
        operation("Saw chair leg", "production", "chair", "chair leg", "00:15:00");
        operation("Saw table leg", "production", "table", "table leg", "00:20:00");
        Object[][] materials = {
            {"Saw chair leg", "chair leg", "1", "end"}, {"Saw chair leg", "wooden beam", "-1", "start"},
            {"Saw table leg", "table leg", "1", "end"}, {"Saw table leg", "wooden beam", "-1", "start"},
            {"Cut table top", "table top", "1", "end"}, {"Cut table top", "wooden panel", "-1", "start"},
            {"Assemble chair", "chair", "1", "end"}, {"Assemble chair", "chair leg", "-4", "start"},
            {"Assemble chair", "cushion", "-1", "start"}, {"Assemble chair", "screws", "-4", "start"},
            {"Assemble round table", "round table", "1", "end"}, {"Assemble round table", "table leg", "-3", "start"},
            {"Assemble round table", "table top", "-1", "start"}, {"Assemble round table", "screws", "-6", "start"},
            {"Assemble square table", "square table", "1", "end"},
            {"Assemble square table", "table leg", "-4", "start"},
            {"Assemble square table", "table top", "-1", "start"},
            {"Assemble square table", "screws", "-8", "start"}};
        for (Object[] m : materials) {
            row("operationmaterial", "operation", m[0], "item", m[1], "quantity", m[2], "type", m[3],
                    "effective_start", LocalDate.of(1971, 1, 1).atStartOfDay(), "effective_end", to);
        }
        Object[][] loads = {
            {"Saw chair leg", "saw", "1"}, {"Saw table leg", "saw", "1"},
            {"Assemble square table", "assembly line", "1"}, {"Assemble square table", "operators", "2"},
            {"Assemble round table", "assembly line", "1"}, {"Assemble round table", "operators", "2"},
            {"Assemble chair", "assembly line", "1"}, {"Assemble chair", "operators", "2"},
            {"Cut table top", "grinder", "1"}, {"Cut table top", "operators", "1"},
            {"Saw chair leg", "operators", "1"}, {"Saw table leg", "operators", "1"}};
        for (Object[] l : loads) {
            row("operationresource", "operation", l[0], "resource", l[1], "quantity", l[2],
                    "effective_start", LocalDate.of(1971, 1, 1).atStartOfDay(), "effective_end", to);
        }

        Object[][] buffers = {
            {"chair", "factory", "4"}, {"chair", "shop 1", "4"}, {"chair", "shop 2", "6"}, {"chair", "warehouse", "10"},
            {"round table", "factory", "0"}, {"round table", "shop 1", "2"}, {"round table", "shop 2", "5"},
            {"round table", "warehouse", "10"}, {"square table", "factory", "0"}, {"square table", "shop 1", "3"},
            {"square table", "shop 2", "2"}, {"square table", "warehouse", "5"}, {"chair leg", "factory", "20"},
            {"table leg", "factory", "30"}, {"table top", "factory", "5"}, {"cushion", "factory", "20"},
            {"screws", "factory", "200"}, {"wooden beam", "factory", "50"}, {"wooden panel", "factory", "20"}};
        for (Object[] b : buffers) {
            row("buffer", "item", b[0], "location", b[1], "onhand", b[2]);
        }

        Object[][] suppliers = {
            {"wooden panel", "wood supplier", "1 00:00:00", "400", "50"},
            {"wooden beam", "wood supplier", "7 00:00:00", "1", "50"},
            {"cushion", "cushion supplier", "14 00:00:00", "200", "1"},
            {"screws", "screw supplier", "1 00:00:00", "1000", "1000"}};
        for (Object[] s : suppliers) {
            row("itemsupplier", "item", s[0], "location", "factory", "supplier", s[1], "leadtime", s[2],
                    "sizeminimum", s[3], "sizemultiple", s[4], "effective_start",
                    LocalDate.of(1971, 1, 1).atStartOfDay(), "effective_end", to);
        }
        Object[][] distributions = {
            {"All items", "shop 1", "warehouse", "2 00:00:00", "1", null},
            {"All items", "shop 2", "warehouse", "1 00:00:00", "1", null},
            {"square table", "warehouse", "factory", "1 00:00:00", "30", "10"},
            {"round table", "warehouse", "factory", "1 00:00:00", "30", "10"},
            {"chair", "warehouse", "factory", "1 00:00:00", "30", "10"}};
        for (Object[] d : distributions) {
            row("itemdistribution", "item", d[0], "location", d[1], "origin", d[2], "leadtime", d[3],
                    "sizeminimum", d[4], "sizemultiple", d[5], "effective_start",
                    LocalDate.of(1971, 1, 1).atStartOfDay(), "effective_end", to);
        }

        Object[][] demands = {
            {"Demand 01", "round table", "shop 2", 2, "20"}, {"Demand 02", "square table", "shop 2", 32, "10"},
            {"Demand 03", "chair", "shop 2", 63, "10"}, {"Demand 04", "square table", "shop 1", 62, "30"},
            {"Demand 05", "round table", "shop 1", 70, "25"}, {"Demand 06", "chair", "shop 1", 33, "10"},
            {"Demand 07", "chair", "shop 1", 1, "4"}, {"Demand 08", "round table", "shop 2", 10, "15"},
            {"Demand 09", "square table", "shop 1", 20, "15"}, {"Demand 10", "chair", "shop 2", 1, "20"},
            {"Demand 11", "chair", "shop 1", 5, "4"}};
        for (Object[] d : demands) {
            String shop = (String) d[2];
            row("demand", "name", d[0], "item", d[1], "location", shop, "customer", "Customer near " + shop,
                    "due", day((Integer) d[3]), "quantity", d[4], "priority", 1);
        }

        Object[][] pos = {
            {"PO 001", "wooden panel", "wood supplier", -1, 0}, {"PO 002", "wooden beam", "wood supplier", -8, 4},
            {"PO 003", "cushion", "cushion supplier", -17, 4}, {"PO 004", "screws", "screw supplier", -1, 0}};
        for (Object[] p : pos) {
            row("purchaseorder", "reference", p[0], "status", "confirmed", "item", p[1], "supplier", p[2],
                    "location", "factory", "quantity", "100", "startdate", day((Integer) p[3]), "enddate",
                    day((Integer) p[4]));
        }
        Object[][] dos = {{"DO 001", "square table", "20"}, {"DO 002", "round table", "20"}, {"DO 003", "chair", "30"}};
        for (Object[] d : dos) {
            row("distributionorder", "reference", d[0], "status", "confirmed", "item", d[1], "origin", "warehouse",
                    "destination", "shop 1", "quantity", d[2], "startdate", day(60), "enddate", day(62));
        }
    }

    private void parameters() {
        String[][] parameters = {
            {"excel_duration_in_days", "true", "Determines whether numbers in duration fields in spreadsheets are "
                    + "considered as days or seconds. Default is true (for days)."},
            {"allowsplits", "true", "Controls whether a sales order or forecast can be split across multiple "
                    + "manufacturing orders during planning. Default: true"},
            {"loading_time_units", "hours", "Time units to be used for the resource report: hours, days, weeks"},
            {"currentdate", base + " 00:00:00", "The day the plan starts from (sandbox: its base day)."},
            {"plan.administerLeadtime", "7", "Sandbox: days of administrative lead time before a purchase."},
            {"plan.autoFenceOperations", "999", "Sandbox: days during which proposals are not created."},
            {"plan.calendar", "", "Sandbox: calendar that buckets the plan's output."},
            {"plan.individualPoolResources", "false", "Sandbox: plan pool resources individually."},
            {"plan.loglevel", "0", "Sandbox: detail of the planning log, 0 to 4."},
            {"plan.minimalBeforeCurrentConstraint", "false", "Sandbox: allow material before the current date."},
            {"plan.move_approved_early", "false", "Sandbox: whether approved orders may be moved earlier."},
            {"plan.planSafetyStockFirst", "false", "Sandbox: plan safety stock before demands."},
            {"plan.rotateResources", "true", "Sandbox: spread load over alternate resources."},
            {"plan.webservice", "false", "Sandbox: keep the planning engine running as a service."},
            {"plan.resourceiterationmax", "500", "Sandbox: iterations of the capacity search."},
            {"plan.resourceiterationaccuracy", "0.01", "Sandbox: accuracy of the capacity search."},
            {"COMPLETED.allow_future", "false", "Sandbox: allow completed orders ending in the future."},
            {"WIP.consume_material", "true", "Sandbox: whether work in progress consumes material."},
            {"WIP.consume_capacity", "true", "Sandbox: whether work in progress consumes capacity."}};
        for (String[] p : parameters) {
            row("parameter", "name", p[0], "value", p[1], "description", p[2]);
        }
    }

    private void item(String name, String category, String subcategory, String cost) {
        row("item", "name", name, "owner", "All items", "category", category, "subcategory", subcategory, "cost",
                cost);
    }

    private void operation(String name, String category, String subcategory, String item, String durationPer) {
        row("operation", "name", name, "type", "time_per", "category", category, "subcategory", subcategory, "item",
                item, "location", "factory", "sizemultiple", "1", "duration_per", durationPer);
    }

    private LocalDateTime day(int offset) {
        return base.plusDays(offset).atStartOfDay();
    }

    /** A row of {@code entity}: defaults, then the given field/value pairs (texts converted to the field type). */
    private void row(String entity, Object... pairs) {
        FreppleEntity e = FreppleSchema.entity(entity);
        Map<String, Object> row = new LinkedHashMap<>();
        for (FreppleField f : e.fields()) {
            if (f.type() != Type.COMPUTED_LIST) {
                row.put(f.name(), f.defaultValue());
            }
        }
        for (int i = 0; i < pairs.length; i += 2) {
            FreppleField f = e.field((String) pairs[i]);
            row.put(f.name(), convert(f, pairs[i + 1]));
        }
        if (e.field("lastmodified") != null) {
            stamp = stamp.plusNanos(1000);
            row.put("lastmodified", stamp);
        }
        store.put(entity, row);
    }

    private static Object convert(FreppleField f, Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (!(v instanceof String s)) {
            return v;
        }
        return switch (f.type()) {
            case DECIMAL -> new BigDecimal(s);
            case TIME -> LocalTime.parse(s);
            case DURATION -> parseDuration(s);
            default -> s;
        };
    }

    private static Duration parseDuration(String s) {
        try {
            return FreppleValues.duration(s);
        } catch (FreppleValues.Invalid e) {
            throw new IllegalArgumentException(s, e);
        }
    }
}
