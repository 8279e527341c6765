package dev.takt.sandbox;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a deterministic Odoo 17 manufacturing database: the same size, seed and base day give the same
 * records with the same ids.
 *
 * <p>A manufacturer with two plants (warehouses {@code WH} "Main Plant" and {@code EAST} "East Plant") and their
 * locations plus Odoo's virtual ones; units of measure; four working-time calendars (Europe/Brussels and
 * America/New_York) with lunch breaks and public holidays; work centers (about one per 60 products, at least 4)
 * with maintenance time off; products in four levels (finished goods, sub-assemblies, sub-sub-assemblies,
 * purchased components; codes {@code FURN_0001} …), their BoMs (3 levels deep, one kit, some alternative BoMs)
 * with lines and operations; vendor prices; stock in both plants with the inventory-adjustment twins Odoo keeps;
 * reorder rules; sales, purchase and manufacturing orders in every state with their stock moves, work orders
 * (planned ones booked on the work centers' calendars) and partial deliveries and receipts. Dates are relative
 * to the base day. {@code size} is the number of products; below {@value #MIN_SIZE} it is raised to
 * {@value #MIN_SIZE} so that the ids used by the recorded Odoo requests (e.g. product 49) exist.
 */
public final class SandboxGenerator {

    /** Products generated when no size is configured. */
    public static final int DEFAULT_SIZE = 300;
    /** Seed used when none is configured. */
    public static final long DEFAULT_SEED = 17L;
    /** Fewest products generated. */
    public static final int MIN_SIZE = 50;

    private static final String[] FG_ADJ = {"Oak", "Walnut", "Black", "White", "Steel", "Compact", "Large", "Ergo"};
    private static final String[] FG_NOUN = {"Office Desk", "Standing Desk", "Conference Table", "Dining Table",
        "Bookcase", "Wardrobe", "Office Chair", "Sofa", "Cabinet", "Drawer Unit", "Bed Frame", "Shelving Unit"};
    private static final String[] SA_NOUN = {"Desk Frame", "Table Top", "Drawer Assembly", "Door Assembly",
        "Seat Assembly", "Backrest", "Leg Set", "Side Panel Assembly", "Base Frame", "Top Panel"};
    private static final String[] SSA_NOUN = {"Drawer Box", "Hinge Set", "Leg", "Frame Weld", "Glued Panel",
        "Cushion", "Rail Kit", "Corner Bracket", "Edge Banded Board"};
    private static final String[][] COMPONENTS = {
        {"Wood Panel", "1"}, {"Steel Tube", "7"}, {"Screw M4", "1"}, {"Bolt M6", "1"}, {"Hinge", "1"},
        {"Drawer Slide", "1"}, {"Handle", "1"}, {"Glue", "9"}, {"Varnish", "9"}, {"Fabric", "7"}, {"Foam", "5"},
        {"Glass Pane", "1"}, {"Caster Wheel", "1"}, {"Steel Sheet", "5"}, {"Cable", "7"}, {"Edge Band", "7"},
        {"Dowel", "1"}, {"Felt Pad", "1"}};
    private static final String[] COMP_ADJ = {"Standard", "Premium", "Light", "Heavy", "Black", "Natural"};
    private static final String[] WC_TYPES = {"Assembly Line", "Drill Station", "CNC Mill", "Packing Station",
        "Welding Cell", "Paint Booth", "Sawing Station"};
    private static final String[] VENDORS = {"Wood Corner", "Steel Works", "Fastener Supply", "Fabric House",
        "Glass & Co", "Paint Depot", "Hardware Direct", "Cable World"};
    private static final String[] CUSTOMERS = {"Deco Addict", "Ready Mat", "Azure Interior", "Gemini Furniture",
        "Lumber Inc", "Office Planet", "Nordic Living", "City Hotels", "Campus Supply", "Home Style",
        "Workspace Partners", "Studio Nine"};

    private final SandboxDatabase db;
    private final SplittableRandom rnd;
    private final LocalDate base;
    private final int size;

    private final List<Integer> services = new ArrayList<>();
    private final List<Integer> components = new ArrayList<>();
    private final List<Integer> ssa = new ArrayList<>();
    private final List<Integer> sa = new ArrayList<>();
    private final List<Integer> fg = new ArrayList<>();
    private final List<Integer> storable = new ArrayList<>();
    private final Map<Integer, Integer> bomOf = new HashMap<>();
    private final Map<Integer, List<Integer>> opsOf = new HashMap<>();
    private final Map<Integer, List<Integer>> linesOf = new HashMap<>();
    private final Map<Integer, Integer> firstSeller = new HashMap<>();
    private final Map<Integer, List<Integer>> vendorProducts = new LinkedHashMap<>();
    private final Map<String, List<Integer>> workcenters = new LinkedHashMap<>();
    private final Map<Integer, SandboxCalendar> wcCalendars = new HashMap<>();
    private final Map<Integer, List<Integer>> quantsOf = new HashMap<>();
    private final List<Integer> customers = new ArrayList<>();
    private final List<String> orderpointNames = new ArrayList<>();
    private final List<String> confirmedSales = new ArrayList<>();
    private int[] stock;
    private int[] view;
    private int[] manuType;
    private int[] inType;
    private int vendorsLoc;
    private int customersLoc;
    private int inventoryLoc;
    private int productionLoc;

    private SandboxGenerator(SandboxDatabase db, int size, long seed, LocalDate base) {
        this.db = db;
        this.size = Math.max(size, MIN_SIZE);
        this.rnd = new SplittableRandom(seed);
        this.base = base;
    }

    /**
     * Generates a database.
     *
     * @param size     number of products (at least {@value #MIN_SIZE} are made)
     * @param seed     random seed
     * @param baseDate the day dates are relative to (e.g. today, UTC)
     * @param clock    the clock of the database's "now" after generation (creates, writes)
     */
    public static SandboxDatabase generate(int size, long seed, LocalDate baseDate, Clock clock) {
        SandboxDatabase db = new SandboxDatabase(clock);
        db.freezeNow(baseDate.atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 3600);
        db.currentUid(1);
        new SandboxGenerator(db, size, seed, baseDate).run();
        db.freezeNow(null);
        return db;
    }

    private void run() {
        companyAndUsers();
        units();
        calendars();
        locationsAndWarehouses();
        partners();
        workcenters();
        products();
        boms();
        suppliers();
        stock();
        orderpoints();
        sales();
        purchases();
        productions();
        db.sequence("sale.order", db.require("sale.order").maxId());
        db.sequence("purchase.order", db.require("purchase.order").maxId());
        db.sequence("stock.warehouse.orderpoint", db.require("stock.warehouse.orderpoint").maxId());
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private int add(String model, Object... kv) {
        return db.insert(model, kv);
    }

    private static Integer id(int i) {
        return SandboxValues.id(i);
    }

    private static Double n(double d) {
        return SandboxValues.num(d);
    }

    private int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private long at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).toEpochSecond(ZoneOffset.UTC);
    }

    private static double round2(double d) {
        return Math.round(d * 100.0) / 100.0;
    }

    // ------------------------------------------------------------------------------------------ master data

    private void companyAndUsers() {
        add("res.currency", "name", "EUR", "symbol", "€");
        add("res.currency", "name", "USD", "symbol", "$");
        int partner = add("res.partner", "name", "Takt Manufacturing", "is_company", true, "city", "Brussels");
        add("res.company", "name", "Takt Manufacturing", "partner_id", id(partner), "currency_id", id(1),
                "security_lead", n(0), "po_lead", n(0), "manufacturing_lead", n(0), "days_to_purchase", n(0));
        db.set("res.partner", partner, "company_id", id(1));
        String[][] users = {{"OdooBot", "__system__"}, {"Administrator", "admin"}, {"Sales Manager", "sales"},
            {"Purchase Manager", "purchase"}, {"Production Planner", "planner"}, {"Shop Floor Lead", "shopfloor"},
            {"Warehouse Clerk", "warehouse"}, {"Limited User", "limited"}};
        for (String[] u : users) {
            int p = add("res.partner", "name", u[0], "email", u[1] + "@takt.example", "company_id", id(1));
            int uid = add("res.users", "name", u[0], "login", u[1], "partner_id", id(p), "company_id", id(1),
                    "active", !u[1].equals("__system__"), "share", false);
            if (u[1].equals("admin") || u[1].equals("limited")) {
                db.passwords().put(uid, u[1]);
            }
        }
    }

    private void units() {
        String[] cats = {"Unit", "Weight", "Working Time", "Length / Distance", "Volume"};
        for (String c : cats) {
            add("uom.category", "name", c);
        }
        Object[][] uoms = {{"Units", 1, "reference", 1.0, 0.01}, {"Dozens", 1, "bigger", 1 / 12.0, 0.01},
            {"Days", 3, "reference", 1.0, 0.01}, {"Hours", 3, "smaller", 8.0, 0.01}, {"kg", 2, "reference", 1.0, 0.001},
            {"g", 2, "smaller", 1000.0, 0.01}, {"m", 4, "reference", 1.0, 0.01}, {"cm", 4, "smaller", 100.0, 0.01},
            {"L", 5, "reference", 1.0, 0.01}};
        for (Object[] u : uoms) {
            add("uom.uom", "name", u[0], "category_id", id((Integer) u[1]), "uom_type", u[2], "factor",
                    n((Double) u[3]), "rounding", n((Double) u[4]));
        }
        add("product.category", "name", "All", "complete_name", "All");
        for (String c : new String[] {"Saleable", "Components", "Sub-assemblies", "Services"}) {
            add("product.category", "name", c, "complete_name", "All / " + c, "parent_id", id(1));
        }
    }

    private void calendars() {
        Object[][] cals = {
            {"Standard 40 hours/week", "Europe/Brussels", 8.0, new double[][] {{8, 12}, {12, 13}, {13, 17}}},
            {"Standard 35 hours/week", "Europe/Brussels", 7.0, new double[][] {{8, 12}, {12, 13}, {13, 16}}},
            {"Two Shifts 80 hours/week", "Europe/Brussels", 16.0, new double[][] {{6, 14}, {14, 22}}},
            {"East Plant 40 hours/week", "America/New_York", 8.0, new double[][] {{7, 11}, {11, 12}, {12, 16}}}};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        for (Object[] c : cals) {
            int cal = add("resource.calendar", "name", c[0], "tz", ((String) c[1]).intern(), "hours_per_day",
                    n((Double) c[2]), "company_id", id(1));
            double[][] periods = (double[][]) c[3];
            int seq = 0;
            for (int d = 0; d < 5; d++) {
                for (int p = 0; p < periods.length; p++) {
                    String period = periods.length == 2 ? (p == 0 ? "morning" : "afternoon")
                            : p == 0 ? "morning" : p == 1 ? "lunch" : "afternoon";
                    String label = period.equals("lunch") ? "Lunch" : period.equals("morning") ? "Morning" : "Afternoon";
                    add("resource.calendar.attendance", "calendar_id", id(cal), "name", days[d] + " " + label,
                            "dayofweek", String.valueOf(d).intern(), "day_period", period, "hour_from",
                            n(periods[p][0]), "hour_to", n(periods[p][1]), "sequence", id(seq++));
                }
            }
        }
        db.set("res.company", 1, "resource_calendar_id", id(1));
        for (int year = base.getYear() - 1; year <= base.getYear() + 1; year++) {
            Map<String, LocalDate> be = belgianHolidays(year);
            Map<String, LocalDate> us = usHolidays(year);
            for (int cal = 1; cal <= 4; cal++) {
                Map<String, LocalDate> hol = cal == 4 ? us : be;
                ZoneId zone = ZoneId.of(cal == 4 ? "America/New_York" : "Europe/Brussels");
                for (Map.Entry<String, LocalDate> h : hol.entrySet()) {
                    add("resource.calendar.leaves", "name", h.getKey(), "calendar_id", id(cal),
                            "date_from", h.getValue().atStartOfDay(zone).toEpochSecond(),
                            "date_to", h.getValue().atTime(23, 59, 59).atZone(zone).toEpochSecond(),
                            "time_type", "leave");
                }
            }
        }
    }

    private static Map<String, LocalDate> belgianHolidays(int year) {
        LocalDate easter = easter(year);
        Map<String, LocalDate> m = new LinkedHashMap<>();
        m.put("New Year's Day", LocalDate.of(year, 1, 1));
        m.put("Easter Monday", easter.plusDays(1));
        m.put("Labour Day", LocalDate.of(year, 5, 1));
        m.put("Ascension Day", easter.plusDays(39));
        m.put("Whit Monday", easter.plusDays(50));
        m.put("National Day", LocalDate.of(year, 7, 21));
        m.put("Assumption Day", LocalDate.of(year, 8, 15));
        m.put("All Saints' Day", LocalDate.of(year, 11, 1));
        m.put("Armistice Day", LocalDate.of(year, 11, 11));
        m.put("Christmas Day", LocalDate.of(year, 12, 25));
        return m;
    }

    private static Map<String, LocalDate> usHolidays(int year) {
        Map<String, LocalDate> m = new LinkedHashMap<>();
        m.put("New Year's Day", LocalDate.of(year, 1, 1));
        m.put("Memorial Day", LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        m.put("Independence Day", LocalDate.of(year, 7, 4));
        m.put("Labor Day", LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        m.put("Thanksgiving Day", LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4,
                DayOfWeek.THURSDAY)));
        m.put("Christmas Day", LocalDate.of(year, 12, 25));
        return m;
    }

    /** Gregorian Easter Sunday (anonymous algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    private int location(String name, String complete, String usage, Integer parent) {
        return add("stock.location", "name", name, "complete_name", complete, "usage", usage, "location_id",
                parent == null ? null : id(parent), "company_id", usage.equals("internal") || usage.equals("view")
                        ? id(1) : null);
    }

    private void locationsAndWarehouses() {
        int physical = location("Physical Locations", "Physical Locations", "view", null);
        int partners = location("Partners", "Partners", "view", null);
        int virtual = location("Virtual Locations", "Virtual Locations", "view", null);
        vendorsLoc = location("Vendors", "Partners/Vendors", "supplier", partners);
        customersLoc = location("Customers", "Partners/Customers", "customer", partners);
        inventoryLoc = location("Inventory adjustment", "Virtual Locations/Inventory adjustment", "inventory", virtual);
        productionLoc = location("Production", "Virtual Locations/Production", "production", virtual);
        add("stock.route", "name", "Buy", "sequence", id(5));
        add("stock.route", "name", "Manufacture", "sequence", id(5));
        add("stock.route", "name", "Replenish on Order (MTO)", "sequence", id(5), "active", false);
        String[][] whs = {{"Main Plant", "WH"}, {"East Plant", "EAST"}};
        stock = new int[3];
        view = new int[3];
        manuType = new int[3];
        inType = new int[3];
        for (int w = 0; w < 2; w++) {
            String name = whs[w][0];
            String code = whs[w][1];
            int v = location(code, code, "view", physical);
            int s = location("Stock", code + "/Stock", "internal", v);
            int shelf = location("Shelf 1", code + "/Stock/Shelf 1", "internal", s);
            int receive = add("stock.route", "name", name + ": Receive in 1 step (stock)", "sequence", id(10));
            int deliver = add("stock.route", "name", name + ": Deliver in 1 step (ship)", "sequence", id(20));
            int wh = add("stock.warehouse", "name", name, "code", code, "sequence", id(w + 1), "company_id", id(1),
                    "partner_id", id(1), "lot_stock_id", id(s), "view_location_id", id(v),
                    "route_ids", new int[] {receive, deliver});
            for (int loc : new int[] {v, s, shelf}) {
                db.set("stock.location", loc, "warehouse_id", id(wh));
            }
            int in = pickingType(name, "Receipts", "incoming", "IN", wh, vendorsLoc, s, 1);
            int out = pickingType(name, "Delivery Orders", "outgoing", "OUT", wh, s, customersLoc, 2);
            int pbm = pickingType(name, "Pick Components", "internal", "PC", wh, s, s, 3);
            int manu = pickingType(name, "Manufacturing", "mrp_operation", "MO", wh, s, s, 4);
            int rule = add("stock.rule", "name", code + ": Stock (Production)", "route_id", id(2), "warehouse_id",
                    id(wh), "location_dest_id", id(s), "picking_type_id", id(manu));
            db.set("stock.warehouse", wh, "in_type_id", id(in));
            db.set("stock.warehouse", wh, "out_type_id", id(out));
            db.set("stock.warehouse", wh, "pbm_type_id", id(pbm));
            db.set("stock.warehouse", wh, "manu_type_id", id(manu));
            db.set("stock.warehouse", wh, "manufacture_pull_id", id(rule));
            stock[wh] = s;
            view[wh] = v;
            manuType[wh] = manu;
            inType[wh] = in;
        }
    }

    private int pickingType(String wh, String name, String code, String seq, int warehouse, int src, int dest,
            int sequence) {
        return add("stock.picking.type", "name", name, "code", code, "sequence_code", seq, "sequence", id(sequence),
                "warehouse_id", id(warehouse), "default_location_src_id", id(src), "default_location_dest_id",
                id(dest), "company_id", id(1));
    }

    private void partners() {
        int vendors = Math.max(6, size / 40);
        for (int i = 0; i < vendors; i++) {
            String name = VENDORS[i % VENDORS.length] + (i >= VENDORS.length ? " " + (i / VENDORS.length + 1) : "");
            int p = add("res.partner", "name", name, "is_company", true, "supplier_rank", id(1), "city", "Antwerp",
                    "ref", String.format("V%04d", i + 1));
            vendorProducts.put(p, new ArrayList<>());
        }
        int count = Math.max(12, size / 25);
        for (int i = 0; i < count; i++) {
            String name = CUSTOMERS[i % CUSTOMERS.length] + (i >= CUSTOMERS.length ? " " + (i / CUSTOMERS.length + 1)
                    : "");
            int p = add("res.partner", "name", name, "is_company", true, "customer_rank", id(1), "city", "Ghent",
                    "ref", String.format("C%04d", i + 1));
            customers.add(p);
            if (i % 4 == 0) {
                add("res.partner", "name", "Purchasing Desk", "parent_id", id(p), "customer_rank", id(0));
            }
        }
    }

    private void workcenters() {
        int count = Math.max(4, size / 60);
        int[] perType = new int[WC_TYPES.length];
        for (int i = 0; i < count; i++) {
            int t = i % WC_TYPES.length;
            String type = WC_TYPES[t];
            int cal = type.equals("Packing Station") ? 2 : i % 4 == 3 ? 4 : i % 4 == 2 ? 3 : 1;
            String name = type + " " + (++perType[t]);
            int res = add("resource.resource", "name", name, "resource_type", "material", "calendar_id", id(cal),
                    "time_efficiency", n(between(80, 110)), "tz", cal == 4 ? "America/New_York" : "Europe/Brussels");
            int wc = add("mrp.workcenter", "resource_id", id(res), "code", String.format("WC%03d", i + 1),
                    "sequence", id(i + 1), "default_capacity", n(i % 5 == 4 ? 2 : 1), "oee_target", n(between(85, 95)),
                    "time_start", n(5 * between(0, 3)), "time_stop", n(5 * between(0, 2)), "costs_hour",
                    n(10 * between(2, 12)), "working_state", i % 9 == 8 ? "blocked" : "normal");
            workcenters.computeIfAbsent(type, k -> new ArrayList<>()).add(wc);
            if (i % 3 == 1) {
                LocalDate day = base.plusDays(between(3, 30));
                add("resource.calendar.leaves", "name", "Maintenance " + name, "calendar_id", id(cal),
                        "resource_id", id(res), "date_from", at(day, 6, 0), "date_to", at(day, 18, 0),
                        "time_type", "leave");
            }
        }
        for (List<Integer> same : workcenters.values()) {
            for (int wc : same) {
                int[] alts = same.stream().filter(x -> x != wc).limit(2).mapToInt(Integer::intValue).toArray();
                if (alts.length > 0) {
                    db.set("mrp.workcenter", wc, "alternative_workcenter_ids", alts);
                }
            }
        }
        SandboxModel wcs = db.require("mrp.workcenter");
        for (int wc = 1; wc <= wcs.maxId(); wc++) {
            wcCalendars.put(wc, SandboxCalendar.ofWorkcenter(db, wc, null));
        }
    }

    private int product(String name, String code, String type, int categ, int uom, int uomPo, double list,
            double cost, boolean sale, boolean purchase, int saleDelay, int[] routes, String tracking) {
        int tmpl = add("product.template", "name", name, "default_code", code, "type", type, "detailed_type", type,
                "categ_id", id(categ), "uom_id", id(uom), "uom_po_id", id(uomPo), "list_price", n(list),
                "sale_ok", sale, "purchase_ok", purchase, "sale_delay", id(saleDelay), "tracking", tracking,
                "route_ids", routes);
        int p = db.require("product.product").maxId() + 1;
        String barcode = chance(0.6) ? String.format("590%09d", p * 7 + 3) : null;
        boolean active = p <= 60 || !chance(0.01);
        int id = add("product.product", "default_code", code, "barcode", barcode, "product_tmpl_id", id(tmpl),
                "standard_price", n(cost), "active", active);
        if (type.equals("product")) {
            storable.add(id);
        }
        return id;
    }

    private void products() {
        int nFg = Math.max(4, size * 12 / 100);
        int nSa = Math.max(4, size * 12 / 100);
        int nSsa = Math.max(4, size * 10 / 100);
        int nServices = 2;
        int nComp = size - nFg - nSa - nSsa - nServices - 1;
        int code = 0;
        services.add(product("Installation Service", null, "service", 5, 4, 4, 60, 35, true, false, 0, null,
                "none"));
        services.add(product("Maintenance Contract", null, "service", 5, 1, 1, 250, 120, true, false, 0, null,
                "none"));
        for (int i = 0; i < nComp; i++) {
            String[] spec = COMPONENTS[i % COMPONENTS.length];
            int round = i / COMPONENTS.length;
            String name = (round == 0 ? "" : COMP_ADJ[(round - 1) % COMP_ADJ.length] + " ") + spec[0]
                    + (round > COMP_ADJ.length ? " " + (round / COMP_ADJ.length + 1) : "");
            int uom = Integer.parseInt(spec[1]);
            boolean consu = spec[0].startsWith("Screw") || spec[0].startsWith("Dowel") || spec[0].startsWith("Glue");
            double cost = round2(0.5 + rnd.nextDouble() * 60);
            components.add(product(name, String.format("FURN_%04d", ++code), consu ? "consu" : "product", 3, uom,
                    uom == 1 && chance(0.2) ? 2 : uom, round2(cost * 1.4), cost, false, true, 0, new int[] {1},
                    i % 23 == 5 ? "lot" : "none"));
        }
        for (int i = 0; i < nSsa; i++) {
            String name = SSA_NOUN[i % SSA_NOUN.length] + (i >= SSA_NOUN.length ? " " + (i / SSA_NOUN.length + 1) : "");
            double cost = round2(20 + rnd.nextDouble() * 80);
            ssa.add(product(name, String.format("FURN_%04d", ++code), "product", 4, 1, 1, round2(cost * 1.5), cost,
                    false, false, 0, new int[] {2}, "none"));
        }
        for (int i = 0; i < nSa; i++) {
            String name = SA_NOUN[i % SA_NOUN.length] + (i >= SA_NOUN.length ? " " + (i / SA_NOUN.length + 1) : "");
            double cost = round2(60 + rnd.nextDouble() * 200);
            sa.add(product(name, String.format("FURN_%04d", ++code), "product", 4, 1, 1, round2(cost * 1.5), cost,
                    chance(0.2), false, 0, new int[] {2}, "none"));
        }
        for (int i = 0; i < nFg; i++) {
            int combos = FG_ADJ.length * FG_NOUN.length;
            String name = FG_ADJ[i % FG_ADJ.length] + " " + FG_NOUN[(i / FG_ADJ.length) % FG_NOUN.length]
                    + (i >= combos ? " Mk" + (i / combos + 1) : "");
            double cost = round2(150 + rnd.nextDouble() * 600);
            fg.add(product(name, String.format("FURN_%04d", ++code), "product", 2, 1, 1, round2(cost * 1.8), cost,
                    true, false, between(0, 7), new int[] {2}, i % 17 == 3 ? "serial" : "none"));
        }
        fg.add(product("Desk Combination Kit", String.format("FURN_%04d", ++code), "consu", 2, 1, 1, 990, 600, true,
                false, 2, null, "none"));
    }

    // -------------------------------------------------------------------------------------------------- BoMs

    private void boms() {
        int seq = 0;
        for (int p : ssa) {
            int bom = bom(p, between(1, 4) == 1 ? 5 : 1, null, ++seq, "normal");
            operations(bom, 3);
            for (int i = between(2, 4); i > 0; i--) {
                line(bom, pick(components));
            }
        }
        for (int p : sa) {
            int bom = bom(p, 1, null, ++seq, "normal");
            operations(bom, 2);
            for (int i = between(1, 2); i > 0; i--) {
                line(bom, pick(ssa));
            }
            for (int i = between(1, 2); i > 0; i--) {
                line(bom, pick(components));
            }
        }
        int kit = fg.get(fg.size() - 1);
        for (int p : fg) {
            if (p == kit) {
                continue;
            }
            int bom = bom(p, 1, null, ++seq, "normal");
            operations(bom, 1);
            for (int i = between(1, 2); i > 0; i--) {
                line(bom, pick(sa));
            }
            for (int i = between(1, 3); i > 0; i--) {
                line(bom, pick(components));
            }
            if (chance(0.1)) {
                int alt = bom(p, 1, "ALT", ++seq, "normal");
                operations(alt, 1);
                line(alt, pick(sa));
                line(alt, pick(components));
            }
        }
        int kitBom = bom(kit, 1, null, ++seq, "phantom");
        line(kitBom, fg.get(0));
        line(kitBom, pick(components));
        line(kitBom, pick(components));
    }

    private int bom(int product, int qty, String code, int seq, String type) {
        int tmpl = db.ref("product.product", "product_tmpl_id", product);
        int bom = add("mrp.bom", "code", code, "type", type, "product_tmpl_id", id(tmpl), "product_qty", n(qty),
                "product_uom_id", id(1), "sequence", id(seq), "ready_to_produce", chance(0.2) ? "asap" : "all_available",
                "consumption", chance(0.3) ? "flexible" : chance(0.5) ? "warning" : "strict",
                "produce_delay", id(chance(0.2) ? between(1, 5) : 0), "days_to_prepare_mo", id(between(0, 3)),
                "company_id", id(1));
        if (code == null) {
            bomOf.putIfAbsent(product, bom);
        }
        linesOf.put(bom, new ArrayList<>());
        opsOf.put(bom, new ArrayList<>());
        return bom;
    }

    private void line(int bom, int product) {
        int uom = db.ref("product.product", "uom_id", product);
        double qty = uom == 1 ? between(1, 4) : round2(0.5 + rnd.nextDouble() * 4);
        List<Integer> ops = opsOf.get(bom);
        int l = add("mrp.bom.line", "bom_id", id(bom), "product_id", id(product), "product_qty", n(qty),
                "product_uom_id", id(uom), "sequence", id(linesOf.get(bom).size() + 1),
                "operation_id", !ops.isEmpty() && chance(0.5) ? id(ops.get(0)) : null, "manual_consumption", false);
        linesOf.get(bom).add(l);
    }

    /** Operations of a BoM: level 1 = finished good, 2 = sub-assembly, 3 = sub-sub-assembly. */
    private void operations(int bom, int level) {
        String[][] plan = switch (level) {
            case 1 -> chance(0.3) ? new String[][] {{"Final Assembly", "Assembly Line"}, {"Quality Check",
                "Assembly Line"}, {"Packing", "Packing Station"}}
                    : new String[][] {{"Final Assembly", "Assembly Line"}, {"Packing", "Packing Station"}};
            case 2 -> chance(0.5) ? new String[][] {{"Welding", "Welding Cell"}, {"Sub-assembly", "Assembly Line"}}
                    : new String[][] {{"Sub-assembly", "Assembly Line"}};
            default -> chance(0.5) ? new String[][] {{"Cutting", "Sawing Station"}, {"Drilling", "Drill Station"}}
                    : new String[][] {{"Machining", "CNC Mill"}};
        };
        int seq = 10;
        for (String[] op : plan) {
            List<Integer> wcs = workcenters.getOrDefault(op[1], workcenters.get("Assembly Line"));
            int cycle = 5 * (level == 1 ? between(4, 18) : level == 2 ? between(2, 12) : between(1, 6));
            int id = add("mrp.routing.workcenter", "name", op[0], "bom_id", id(bom), "workcenter_id", id(pick(wcs)),
                    "sequence", id(seq), "time_mode", chance(0.1) ? "auto" : "manual", "time_mode_batch", id(10),
                    "time_cycle_manual", n(cycle), "company_id", id(1));
            opsOf.get(bom).add(id);
            seq += 10;
        }
    }

    private void suppliers() {
        List<Integer> vendors = new ArrayList<>(vendorProducts.keySet());
        for (int p : components) {
            int tmpl = db.ref("product.product", "product_tmpl_id", p);
            double cost = db.dbl("product.product", "standard_price", p);
            int count = chance(0.35) ? 2 : 1;
            for (int s = 0; s < count; s++) {
                int vendor = pick(vendors);
                boolean window = chance(0.2);
                boolean expired = !window && chance(0.05);
                int info = add("product.supplierinfo", "partner_id", id(vendor), "product_tmpl_id", id(tmpl),
                        "sequence", id(s + 1), "min_qty", n(chance(0.5) ? 0 : 10 * between(1, 10)),
                        "price", n(round2(cost * (0.9 + rnd.nextDouble() * 0.2))), "currency_id", id(1),
                        "delay", id(between(2, 30)), "product_code", "V-" + db.str("product.product", "default_code", p),
                        "date_start", window ? base.minusDays(180) : expired ? base.minusDays(400) : null,
                        "date_end", window ? base.plusDays(180) : expired ? base.minusDays(35) : null,
                        "company_id", id(1));
                firstSeller.putIfAbsent(p, info);
                if (!vendorProducts.get(vendor).contains(p)) {
                    vendorProducts.get(vendor).add(p);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- stock

    private void stock() {
        Map<Integer, Double> total = new LinkedHashMap<>();
        int shelf1 = stock[1] + 1;
        for (int p : storable) {
            int uom = db.ref("product.product", "uom_id", p);
            if (chance(0.8)) {
                quant(p, stock[1], uom, total);
            }
            if (chance(0.15)) {
                quant(p, shelf1, uom, total);
            }
            if (chance(0.35)) {
                quant(p, stock[2], uom, total);
            }
        }
        for (Map.Entry<Integer, Double> e : total.entrySet()) {
            int uom = db.ref("product.product", "uom_id", e.getKey());
            add("stock.quant", "product_id", id(e.getKey()), "location_id", id(inventoryLoc), "quantity",
                    n(-e.getValue()), "reserved_quantity", n(0), "inventory_quantity", n(0), "in_date",
                    at(base.minusDays(200), 8, 0));
        }
    }

    private void quant(int product, int location, int uom, Map<Integer, Double> total) {
        double qty = uom == 1 ? between(0, 400) : round2(rnd.nextDouble() * 250);
        long inDate = at(base.minusDays(between(1, 200)), between(6, 16), 0);
        int q = add("stock.quant", "product_id", id(product), "location_id", id(location), "quantity", n(qty),
                "reserved_quantity", n(0), "inventory_quantity", n(0), "in_date", inDate);
        quantsOf.computeIfAbsent(product, k -> new ArrayList<>()).add(q);
        total.merge(product, qty, Double::sum);
        add("stock.move", "name", "Product Quantity Updated", "reference", "Product Quantity Updated",
                "product_id", id(product), "product_uom_qty", n(qty), "quantity", n(qty), "product_uom", id(uom),
                "state", "done", "location_id", id(inventoryLoc), "location_dest_id", id(location), "date", inDate);
    }

    private void orderpoints() {
        int op = 0;
        for (int p : storable) {
            boolean made = bomOf.containsKey(p);
            if (!chance(made ? 0.08 : 0.12) && op >= 5) {
                continue;
            }
            int wh = chance(0.85) ? 1 : 2;
            int min = 5 * between(1, 10);
            String name = String.format("OP/%05d", ++op);
            add("stock.warehouse.orderpoint", "name", name, "product_id", id(p), "warehouse_id", id(wh),
                    "location_id", id(stock[wh]), "trigger", chance(0.7) ? "auto" : "manual",
                    "product_min_qty", n(min), "product_max_qty", n(min + 10 * between(1, 10)),
                    "qty_multiple", n(chance(0.7) ? 1 : 5), "qty_to_order", n(chance(0.5) ? 0 : 5 * between(1, 20)),
                    "route_id", id(made ? 2 : 1), "supplier_id", made ? null : firstSeller.get(p) == null ? null
                            : id(firstSeller.get(p)), "bom_id", made ? id(bomOf.get(p)) : null, "company_id", id(1));
            orderpointNames.add(name);
        }
    }

    // ------------------------------------------------------------------------------------------------ orders

    private String state(int index, String[] firsts, String[] states, int[] weights) {
        if (index < firsts.length) {
            return firsts[index];
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < states.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return states[i];
            }
        }
        return states[0];
    }

    private void sales() {
        int count = Math.max(24, size / 5);
        List<Integer> saleable = new ArrayList<>(fg);
        for (int p : sa) {
            if (Boolean.TRUE.equals(db.value("product.product", "sale_ok", p))) {
                saleable.add(p);
            }
        }
        String[] states = {"draft", "sent", "sale", "cancel"};
        String[] firsts = {"draft", "sent", "sale", "cancel", "sale", "draft", "sale", "sale"};
        for (int i = 0; i < count; i++) {
            String state = state(i, firsts, states, new int[] {20, 10, 60, 10});
            boolean open = state.equals("draft") || state.equals("sent");
            LocalDate day = base.minusDays(open ? between(0, 14) : between(0, 60));
            long dateOrder = at(day, between(7, 17), between(0, 59));
            Long commitment = (state.equals("sale") && chance(0.6)) || (open && chance(0.3))
                    ? at(base.plusDays(between(-10, 30)), 8, 0) : null;
            int wh = chance(0.8) ? 1 : 2;
            String name = String.format("S%05d", i + 1);
            double delivered = state.equals("sale") ? rnd.nextDouble() : 1.0;
            String delivery = !state.equals("sale") ? null : delivered < 0.35 ? "full" : delivered < 0.55 ? "partial"
                    : "pending";
            int so = add("sale.order", "name", name, "partner_id", id(pick(customers)), "state", state,
                    "date_order", dateOrder, "commitment_date", commitment, "validity_date", open ? day.plusDays(30)
                            : null, "warehouse_id", id(wh), "user_id", id(chance(0.5) ? 3 : 2),
                    "delivery_status", delivery, "currency_id", id(1), "company_id", id(1));
            if (state.equals("sale")) {
                confirmedSales.add(name);
            }
            int lines = between(1, 4);
            for (int l = 0; l < lines; l++) {
                int p = pick(saleable);
                double qty = between(1, 10);
                double done = "full".equals(delivery) ? qty : "partial".equals(delivery) && l == 0
                        ? Math.max(1, Math.floor(qty / 2)) : 0;
                if (done >= qty && "partial".equals(delivery)) {
                    done = 0;
                }
                int uom = db.ref("product.product", "uom_id", p);
                int line = add("sale.order.line", "order_id", id(so), "sequence", id(10 * (l + 1)), "product_id",
                        id(p), "name", db.displayName(db.require("product.product"), p), "product_uom_qty", n(qty),
                        "product_uom", id(uom), "qty_delivered", n(done), "qty_invoiced", n("full".equals(delivery)
                                ? done : 0), "price_unit", db.value("product.product", "list_price", p),
                        "customer_lead", n(((Number) db.value("product.product", "sale_delay", p)).doubleValue()));
                if (!state.equals("sale") || !"product".equals(db.str("product.product", "type", p))) {
                    continue;
                }
                long date = commitment != null ? commitment : dateOrder + 86_400L * between(1, 10);
                if (done > 0) {
                    add("stock.move", "name", db.displayName(db.require("product.product"), p), "reference", name,
                            "origin", name, "product_id", id(p), "product_uom_qty", n(done), "quantity", n(done),
                            "product_uom", id(uom), "state", "done", "location_id", id(stock[wh]),
                            "location_dest_id", id(customersLoc), "date", date, "sale_line_id", id(line));
                }
                if (qty > done) {
                    boolean assigned = chance(0.4);
                    add("stock.move", "name", db.displayName(db.require("product.product"), p), "reference", name,
                            "origin", name, "product_id", id(p), "product_uom_qty", n(qty - done),
                            "quantity", n(assigned ? qty - done : 0), "product_uom", id(uom),
                            "state", assigned ? "assigned" : "confirmed", "location_id", id(stock[wh]),
                            "location_dest_id", id(customersLoc), "date", date, "date_deadline", commitment,
                            "sale_line_id", id(line));
                }
            }
        }
    }

    private void purchases() {
        int count = Math.max(12, size / 10);
        List<Integer> vendors = new ArrayList<>();
        vendorProducts.forEach((v, ps) -> {
            if (!ps.isEmpty()) {
                vendors.add(v);
            }
        });
        String[] states = {"draft", "sent", "to approve", "purchase", "done", "cancel"};
        String[] firsts = {"draft", "sent", "to approve", "purchase", "done", "cancel"};
        for (int i = 0; i < count; i++) {
            String state = state(i, firsts, states, new int[] {20, 10, 5, 40, 20, 5});
            int vendor = pick(vendors);
            List<Integer> offer = vendorProducts.get(vendor);
            long dateOrder = at(base.minusDays(between(0, 30)), between(7, 17), between(0, 59));
            int wh = chance(0.8) ? 1 : 2;
            boolean confirmed = state.equals("purchase") || state.equals("done");
            double r = rnd.nextDouble();
            String receipt = !confirmed ? null : state.equals("done") || r < 0.25 ? "full" : r < 0.5 ? "partial"
                    : "pending";
            String origin = !orderpointNames.isEmpty() && chance(0.2) ? pick(orderpointNames) : null;
            String name = String.format("P%05d", i + 1);
            int maxDelay = 0;
            int po = add("purchase.order", "name", name, "partner_id", id(vendor), "state", state, "priority",
                    chance(0.1) ? "1" : "0", "date_order", dateOrder, "date_approve", confirmed ? dateOrder + 3600 : null,
                    "origin", origin, "currency_id", id(1), "picking_type_id", id(inType[wh]), "receipt_status",
                    receipt, "user_id", id(chance(0.5) ? 4 : 2), "company_id", id(1));
            int lines = Math.min(offer.size(), between(1, 4));
            List<Integer> chosen = new ArrayList<>(offer);
            for (int l = 0; l < lines; l++) {
                int p = chosen.remove(rnd.nextInt(chosen.size()));
                Integer info = firstSeller.get(p);
                int delay = info == null ? 7 : ((Number) db.value("product.supplierinfo", "delay", info)).intValue();
                maxDelay = Math.max(maxDelay, delay);
                int uom = db.ref("product.product", "uom_po_id", p);
                double qty = uom == 1 || uom == 2 ? 10 * between(1, 20) : round2(10 + rnd.nextDouble() * 190);
                double received = "full".equals(receipt) ? qty : "partial".equals(receipt) && l == 0
                        ? Math.floor(qty / 2) : 0;
                long planned = dateOrder + delay * 86_400L;
                int line = add("purchase.order.line", "order_id", id(po), "sequence", id(10 * (l + 1)), "product_id",
                        id(p), "name", db.displayName(db.require("product.product"), p), "product_qty", n(qty),
                        "product_uom", id(uom), "qty_received", n(received), "qty_invoiced",
                        n(state.equals("done") ? received : 0), "price_unit", info == null ? n(1)
                                : db.value("product.supplierinfo", "price", info), "date_planned", planned,
                        "orderpoint_id", origin == null ? null : id(orderpointNames.indexOf(origin) + 1));
                if (!confirmed) {
                    continue;
                }
                if (received > 0) {
                    add("stock.move", "name", db.displayName(db.require("product.product"), p), "reference", name,
                            "origin", name, "product_id", id(p), "product_uom_qty", n(received), "quantity",
                            n(received), "product_uom", id(uom), "state", "done", "location_id", id(vendorsLoc),
                            "location_dest_id", id(stock[wh]), "date", planned, "purchase_line_id", id(line),
                            "picking_type_id", id(inType[wh]));
                }
                if (qty > received) {
                    add("stock.move", "name", db.displayName(db.require("product.product"), p), "reference", name,
                            "origin", name, "product_id", id(p), "product_uom_qty", n(qty - received), "quantity",
                            n(0), "product_uom", id(uom), "state", "assigned", "location_id", id(vendorsLoc),
                            "location_dest_id", id(stock[wh]), "date", planned, "purchase_line_id", id(line),
                            "picking_type_id", id(inType[wh]));
                }
            }
            db.set("purchase.order", po, "date_planned", dateOrder + maxDelay * 86_400L);
        }
    }

    private void productions() {
        int count = Math.max(12, size / 10);
        String[] states = {"draft", "confirmed", "progress", "to_close", "done", "cancel"};
        String[] firsts = {"confirmed", "draft", "confirmed", "progress", "done", "cancel", "to_close", "confirmed",
            "draft", "progress", "done", "confirmed"};
        List<Integer> fgMade = fg.subList(0, fg.size() - 1);
        int[] sequence = new int[3];
        Map<Integer, Double> productionStock = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String state = state(i, firsts, states, new int[] {15, 35, 15, 5, 25, 5});
            double r = rnd.nextDouble();
            int product = i < firsts.length ? fgMade.get(i % fgMade.size())
                    : r < 0.4 ? pick(fgMade) : r < 0.75 ? pick(sa) : pick(ssa);
            int bom = bomOf.get(product);
            int wh = i % 5 == 4 ? 2 : 1;
            double qty = ssa.contains(product) ? 5 * between(1, 10) : between(1, 20);
            LocalDate day = switch (state) {
                case "draft" -> base.plusDays(between(2, 25));
                case "confirmed" -> base.plusDays(between(0, 20));
                case "progress" -> base.minusDays(between(0, 2));
                case "to_close" -> base.minusDays(between(1, 4));
                case "done" -> base.minusDays(between(3, 60));
                default -> base.plusDays(between(-20, 20));
            };
            long start = at(day, between(6, 14), 0);
            String code = db.str("stock.warehouse", "code", wh);
            String name = String.format("%s/MO/%05d", code, ++sequence[wh]);
            String reservation = switch (state) {
                case "confirmed" -> r < 0.5 ? "assigned" : r < 0.9 ? "confirmed" : "waiting";
                case "progress", "to_close" -> "assigned";
                default -> null;
            };
            boolean assigned = "assigned".equals(reservation);
            String origin = chance(0.25) && !orderpointNames.isEmpty() ? pick(orderpointNames)
                    : chance(0.33) && !confirmedSales.isEmpty() ? pick(confirmedSales) : null;
            int group = add("procurement.group", "name", name);
            double producing = switch (state) {
                case "progress" -> Math.floor(qty / 2);
                case "to_close", "done" -> qty;
                default -> 0;
            };
            int mo = add("mrp.production", "name", name, "state", state, "product_id", id(product), "product_qty",
                    n(qty), "product_uom_id", db.value("product.product", "uom_id", product), "qty_producing",
                    n(producing), "bom_id", id(bom), "date_start", start, "origin", origin, "priority",
                    chance(0.15) ? "1" : "0", "reservation_state", reservation, "picking_type_id", id(manuType[wh]),
                    "location_src_id", id(stock[wh]), "location_dest_id", id(stock[wh]), "user_id", id(chance(0.5)
                            ? 5 : 2), "company_id", id(1), "procurement_group_id", id(group));
            // work orders
            boolean planned = switch (state) {
                case "progress", "to_close", "done" -> true;
                case "confirmed" -> chance(0.6);
                default -> false;
            };
            List<Integer> ops = opsOf.get(bom);
            long cursor = start;
            Long end = null;
            for (int k = 0; k < ops.size(); k++) {
                int op = ops.get(k);
                int wc = db.ref("mrp.routing.workcenter", "workcenter_id", op);
                double expected = expectedDuration(op, wc, qty);
                String ws = switch (state) {
                    case "draft" -> k == 0 ? "waiting" : "pending";
                    case "confirmed" -> assigned ? (k == 0 ? "ready" : "pending") : "waiting";
                    case "progress" -> ops.size() == 1 ? "progress" : k == 0 ? "done" : k == 1 ? "progress"
                            : "pending";
                    case "cancel" -> "cancel";
                    default -> "done";
                };
                Long wStart = null;
                Long wEnd = null;
                if (planned) {
                    SandboxCalendar cal = wcCalendars.get(wc);
                    wStart = cal.addMinutes(cursor, 0);
                    wEnd = cal.addMinutes(wStart, expected);
                    cursor = wEnd;
                    end = wEnd;
                }
                double real = ws.equals("done") ? Math.round(expected * (0.8 + rnd.nextDouble() * 0.5) * 10) / 10.0
                        : ws.equals("progress") ? Math.round(expected * 0.4 * 10) / 10.0 : 0;
                int wo = add("mrp.workorder", "name", db.str("mrp.routing.workcenter", "name", op), "production_id",
                        id(mo), "workcenter_id", id(wc), "operation_id", id(op), "state", ws, "date_start", wStart,
                        "date_finished", wEnd, "duration_expected", n(expected), "duration", n(real), "qty_produced",
                        n(ws.equals("done") ? qty : 0));
                if (planned) {
                    int leave = add("resource.calendar.leaves", "name", name + " - " + db.str("mrp.workorder", "name",
                            wo), "calendar_id", db.value("mrp.workcenter", "resource_calendar_id", wc), "resource_id",
                            db.value("mrp.workcenter", "resource_id", wc), "date_from", wStart, "date_to", wEnd,
                            "time_type", "other");
                    db.set("mrp.workorder", wo, "leave_id", id(leave));
                }
            }
            int delay = ((Number) db.value("mrp.bom", "produce_delay", bom)).intValue();
            long finish = end != null ? end : delay > 0 ? start + delay * 86_400L
                    : start + Math.round(Math.max(60, ops.stream().mapToDouble(op -> expectedDuration(op,
                            db.ref("mrp.routing.workcenter", "workcenter_id", op), qty)).sum()) * 60);
            db.set("mrp.production", mo, "date_finished", finish);
            if (chance(0.4)) {
                db.set("mrp.production", mo, "date_deadline", finish + 86_400L * between(0, 5));
            }
            // stock moves
            String rawState = switch (state) {
                case "draft" -> "draft";
                case "confirmed" -> assigned ? "assigned" : "confirmed";
                case "progress", "to_close" -> "assigned";
                default -> state;
            };
            double bomQty = db.dbl("mrp.bom", "product_qty", bom);
            for (int line : linesOf.get(bom)) {
                int comp = db.ref("mrp.bom.line", "product_id", line);
                double demand = db.dbl("mrp.bom.line", "product_qty", line) * qty / bomQty;
                String ms = rawState.equals("confirmed") && chance(0.3) ? "partially_available" : rawState;
                double quantity = switch (ms) {
                    case "assigned", "done" -> demand;
                    case "partially_available" -> Math.floor(demand / 2);
                    default -> 0;
                };
                if (ms.equals("partially_available") && quantity <= 0) {
                    ms = "confirmed";
                }
                if (ms.equals("assigned") || ms.equals("partially_available")) {
                    reserve(comp, quantity);
                }
                if (ms.equals("done")) {
                    productionStock.merge(comp, demand, Double::sum);
                }
                add("stock.move", "name", name, "reference", name, "origin", name, "product_id", id(comp),
                        "product_uom_qty", n(demand), "quantity", n(quantity), "product_uom",
                        db.value("mrp.bom.line", "product_uom_id", line), "state", ms, "location_id", id(stock[wh]),
                        "location_dest_id", id(productionLoc), "date", start, "date_deadline", start,
                        "raw_material_production_id", id(mo), "picking_type_id", id(manuType[wh]));
            }
            String finState = switch (state) {
                case "draft" -> "draft";
                case "done" -> "done";
                case "cancel" -> "cancel";
                default -> "confirmed";
            };
            if (state.equals("done")) {
                productionStock.merge(product, -qty, Double::sum);
            }
            add("stock.move", "name", name, "reference", name, "origin", name, "product_id", id(product),
                    "product_uom_qty", n(qty), "quantity", n(state.equals("done") ? qty : 0), "product_uom",
                    db.value("product.product", "uom_id", product), "state", finState, "location_id", id(productionLoc),
                    "location_dest_id", id(stock[wh]), "date", finish, "production_id", id(mo), "picking_type_id",
                    id(manuType[wh]));
        }
        db.sequence("WH/MO/", sequence[1]);
        db.sequence("EAST/MO/", sequence[2]);
        for (Map.Entry<Integer, Double> e : productionStock.entrySet()) {
            add("stock.quant", "product_id", id(e.getKey()), "location_id", id(productionLoc), "quantity",
                    n(round2(e.getValue())), "reserved_quantity", n(0), "inventory_quantity", n(0), "in_date",
                    at(base.minusDays(1), 12, 0));
        }
    }

    private double expectedDuration(int op, int wc, double qty) {
        double cycle = db.dbl("mrp.routing.workcenter", "time_cycle_manual", op);
        double capacity = Math.max(db.dbl("mrp.workcenter", "default_capacity", wc), 1.0);
        double efficiency = db.dbl("mrp.workcenter", "time_efficiency", wc);
        return round2(db.dbl("mrp.workcenter", "time_start", wc) + db.dbl("mrp.workcenter", "time_stop", wc)
                + Math.ceil(qty / capacity - 1e-9) * cycle * 100.0 / efficiency);
    }

    private void reserve(int product, double qty) {
        double left = qty;
        for (int q : quantsOf.getOrDefault(product, List.of())) {
            double free = db.dbl("stock.quant", "quantity", q) - db.dbl("stock.quant", "reserved_quantity", q);
            double take = Math.min(free, left);
            if (take > 0) {
                db.set("stock.quant", q, "reserved_quantity", n(db.dbl("stock.quant", "reserved_quantity", q) + take));
                left -= take;
            }
            if (left <= 0) {
                return;
            }
        }
    }

}
