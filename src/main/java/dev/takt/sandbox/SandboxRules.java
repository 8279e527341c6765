package dev.takt.sandbox;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Model-specific behaviour of the sandbox: dynamic defaults (sequences such as {@code S00025}, units and prices
 * from the product), constraints that Odoo enforces (positive BoM quantity, unique barcode, unique login), the
 * deletions Odoo refuses, and business methods ({@code action_confirm}, {@code button_plan} …). Manufacturing
 * is delegated to {@link SandboxManufacturing}.
 */
final class SandboxRules {

    private static final Map<String, Set<String>> METHODS = Map.of(
            "mrp.production", Set.of("action_confirm", "button_plan", "button_unplan", "action_assign",
                    "action_cancel"),
            "sale.order", Set.of("action_confirm", "action_cancel"),
            "purchase.order", Set.of("button_confirm", "button_cancel"));

    private final SandboxDatabase db;
    private final SandboxManufacturing mrp;

    SandboxRules(SandboxDatabase db, SandboxOdoo odoo) {
        this.db = db;
        this.mrp = new SandboxManufacturing(db);
    }

    boolean hasMethod(String model, String method) {
        return METHODS.getOrDefault(model, Set.of()).contains(method);
    }

    // ----------------------------------------------------------------------------------------------- defaults

    void beforeCreate(String model, Map<String, Object> v, Map<String, JsonValue> related) {
        long now = db.now();
        switch (model) {
            case "mrp.production" -> mrp.beforeCreate(v);
            case "sale.order" -> {
                v.putIfAbsent("name", "S" + String.format("%05d", db.nextSequence("sale.order")));
                v.putIfAbsent("date_order", now);
                v.putIfAbsent("user_id", SandboxValues.id(db.currentUid()));
            }
            case "purchase.order" -> {
                v.putIfAbsent("name", "P" + String.format("%05d", db.nextSequence("purchase.order")));
                v.putIfAbsent("date_order", now);
                v.putIfAbsent("user_id", SandboxValues.id(db.currentUid()));
                if (v.get("picking_type_id") == null && db.require("stock.warehouse").exists(1)) {
                    v.put("picking_type_id", db.value("stock.warehouse", "in_type_id", 1));
                }
            }
            case "sale.order.line", "purchase.order.line", "stock.move" -> lineDefaults(model, v, now);
            case "stock.warehouse.orderpoint" -> {
                v.putIfAbsent("name", "OP/" + String.format("%05d", db.nextSequence("stock.warehouse.orderpoint")));
                Integer wh = (Integer) v.get("warehouse_id");
                if (wh == null) {
                    wh = SandboxValues.id(1);
                    v.put("warehouse_id", wh);
                }
                if (v.get("location_id") == null && db.require("stock.warehouse").exists(wh)) {
                    v.put("location_id", db.value("stock.warehouse", "lot_stock_id", wh));
                }
            }
            case "stock.quant" -> {
                v.putIfAbsent("in_date", now);
                v.putIfAbsent("reserved_quantity", SandboxValues.num(0));
                v.putIfAbsent("quantity", SandboxValues.num(0));
            }
            case "stock.location" -> {
                Integer parent = (Integer) v.get("location_id");
                String name = (String) v.get("name");
                v.put("complete_name", parent == null ? name : db.str("stock.location", "complete_name", parent) + "/"
                        + name);
                if (parent != null && v.get("warehouse_id") == null) {
                    v.put("warehouse_id", db.value("stock.location", "warehouse_id", parent));
                }
            }
            case "product.category" -> {
                Integer parent = (Integer) v.get("parent_id");
                String name = (String) v.get("name");
                v.put("complete_name", parent == null ? name
                        : db.str("product.category", "complete_name", parent) + " / " + name);
            }
            case "res.users" -> {
                if (v.get("partner_id") == null) {
                    v.put("partner_id", SandboxValues.id(db.insert("res.partner", "name", v.get("name"))));
                }
                v.putIfAbsent("share", Boolean.FALSE);
            }
            case "mrp.bom.line" -> {
                Integer product = (Integer) v.get("product_id");
                if (product != null && !v.containsKey("product_uom_id")) {
                    v.put("product_uom_id", db.value("product.product", "uom_id", product));
                }
            }
            case "mrp.bom" -> {
                Integer tmpl = (Integer) v.get("product_tmpl_id");
                if (tmpl != null && !v.containsKey("product_uom_id")) {
                    v.put("product_uom_id", db.value("product.template", "uom_id", tmpl));
                }
            }
            default -> {
            }
        }
    }

    private void lineDefaults(String model, Map<String, Object> v, long now) {
        Integer product = (Integer) v.get("product_id");
        if (product != null && db.require("product.product").exists(product)) {
            v.putIfAbsent("name", db.displayName(db.require("product.product"), product));
            switch (model) {
                case "sale.order.line" -> {
                    v.putIfAbsent("product_uom", db.value("product.product", "uom_id", product));
                    v.putIfAbsent("price_unit", db.value("product.product", "list_price", product));
                    v.putIfAbsent("customer_lead", SandboxValues.num(
                            ((Number) db.value("product.product", "sale_delay", product)).doubleValue()));
                }
                case "purchase.order.line" -> {
                    v.putIfAbsent("product_uom", db.value("product.product", "uom_po_id", product));
                    int[] sellers = db.ids("product.product", "seller_ids", product);
                    v.putIfAbsent("price_unit", sellers.length > 0 ? db.value("product.supplierinfo", "price", sellers[0])
                            : db.value("product.product", "standard_price", product));
                    Integer order = (Integer) v.get("order_id");
                    Object planned = order == null ? null : db.value("purchase.order", "date_planned", order);
                    int delay = sellers.length > 0 ? ((Number) db.value("product.supplierinfo", "delay", sellers[0]))
                            .intValue() : 0;
                    v.putIfAbsent("date_planned", planned != null ? planned : now + delay * 86_400L);
                }
                default -> {
                    v.putIfAbsent("product_uom", db.value("product.product", "uom_id", product));
                    v.putIfAbsent("date", now);
                }
            }
        }
        if (model.equals("stock.move")) {
            v.putIfAbsent("reference", v.get("name"));
        }
        if (model.equals("sale.order.line")) {
            v.putIfAbsent("customer_lead", SandboxValues.num(0));
            v.putIfAbsent("price_unit", SandboxValues.num(0));
        }
        if (model.equals("purchase.order.line")) {
            v.putIfAbsent("price_unit", SandboxValues.num(0));
        }
    }

    /** Extra values for the record a delegate many2one creates (e.g. a work center's resource). */
    void delegateDefaults(String model, Map<String, Object> stored, JsonObjectBuilder parent) {
        if (model.equals("mrp.workcenter")) {
            parent.add("resource_type", "material");
        }
    }

    void afterCreate(String model, int id) {
        switch (model) {
            case "mrp.production" -> mrp.afterCreate(id);
            case "purchase.order" -> purchaseDatePlanned(id);
            case "purchase.order.line" -> purchaseDatePlanned(db.ref(model, "order_id", id));
            default -> {
            }
        }
    }

    /** Odoo's {@code purchase.order._compute_date_planned}: the earliest expected arrival of its lines. */
    private void purchaseDatePlanned(Integer order) {
        if (order == null || !db.require("purchase.order").exists(order)) {
            return;
        }
        Long earliest = null;
        for (int line : db.ids("purchase.order", "order_line", order)) {
            Long planned = (Long) db.value("purchase.order.line", "date_planned", line);
            if (planned != null && (earliest == null || planned < earliest)) {
                earliest = planned;
            }
        }
        if (earliest != null && !earliest.equals(db.value("purchase.order", "date_planned", order))) {
            db.set("purchase.order", order, "date_planned", earliest);
        }
    }

    // ------------------------------------------------------------------------------------------------- writes

    void beforeWrite(String model, int[] ids, Map<String, Object> v) {
        if (model.equals("mrp.workorder")) {
            mrp.beforeWriteWorkorder(ids, v);
        }
    }

    void afterWrite(String model, int[] ids, Map<String, Object> v) {
        switch (model) {
            case "mrp.production" -> mrp.afterWriteProduction(ids, v);
            case "mrp.workorder" -> mrp.afterWriteWorkorder(ids, v);
            case "purchase.order" -> {
                for (int id : ids) {
                    purchaseDatePlanned(id);
                }
            }
            case "purchase.order.line" -> {
                if (v.containsKey("date_planned")) {
                    for (int id : ids) {
                        purchaseDatePlanned(db.ref(model, "order_id", id));
                    }
                }
            }
            case "stock.location" -> {
                if (v.containsKey("name") || v.containsKey("location_id")) {
                    for (int id : ids) {
                        Integer parent = db.ref("stock.location", "location_id", id);
                        String name = db.str("stock.location", "name", id);
                        db.set("stock.location", id, "complete_name", parent == null ? name
                                : db.str("stock.location", "complete_name", parent) + "/" + name);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** Odoo's constraints, checked with the values about to be written ({@code ids} empty on create). */
    void constraints(String model, int[] ids, Map<String, Object> v) {
        switch (model) {
            case "mrp.bom", "mrp.production" -> {
                Object qty = v.get("product_qty");
                if (qty != null && ((Number) qty).doubleValue() <= 0) {
                    throw SandboxOdooError.validation(
                            "The operation cannot be completed: The quantity to produce must be positive!");
                }
            }
            case "product.product" -> {
                if (v.get("barcode") instanceof String barcode) {
                    barcode(ids, barcode);
                }
            }
            case "res.users" -> {
                if (v.get("login") instanceof String login) {
                    SandboxModel users = db.require("res.users");
                    for (int u = 1; u <= users.maxId(); u++) {
                        if (users.exists(u) && login.equals(db.str("res.users", "login", u))
                                && Arrays.stream(ids).noneMatch(x -> x == -1)
                                && !(ids.length == 1 && ids[0] == u)) {
                            throw SandboxOdooError.validation(
                                    "The operation cannot be completed: You can not have two users with the same login!");
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    private void barcode(int[] ids, String barcode) {
        SandboxModel products = db.require("product.product");
        Set<Integer> holders = new TreeSet<>();
        boolean others = false;
        for (int p = 1; p <= products.maxId(); p++) {
            if (products.exists(p) && barcode.equals(db.str("product.product", "barcode", p))) {
                holders.add(p);
                final int pid = p;
                others |= Arrays.stream(ids).noneMatch(x -> x == pid);
            }
        }
        if (!others && ids.length <= 1) {
            return;
        }
        if (!others) {
            return;
        }
        for (int id : ids) {
            holders.add(id);
        }
        List<String> names = new ArrayList<>();
        holders.forEach(p -> names.add(db.displayName(products, p)));
        throw SandboxOdooError.validation("Barcode(s) already assigned:\n\n- Barcode \"" + barcode
                + "\" already assigned to product(s): " + String.join(", ", names)
                + "\n\nNote: products that you don't have access to will not be shown above.");
    }

    // ---------------------------------------------------------------------------------------- unlink, methods

    void beforeUnlink(String model, int[] ids) {
        for (int id : ids) {
            String state = db.model(model).field("state") == null ? null : db.str(model, "state", id);
            switch (model) {
                case "sale.order" -> {
                    if (!"draft".equals(state) && !"cancel".equals(state)) {
                        throw SandboxOdooError.userError("You can not delete a sent quotation or a confirmed sales "
                                + "order. You must first cancel it.");
                    }
                }
                case "purchase.order" -> {
                    if (!"draft".equals(state) && !"cancel".equals(state)) {
                        throw SandboxOdooError.userError(
                                "In order to delete a purchase order, you must cancel it first.");
                    }
                }
                case "mrp.production" -> {
                    if ("done".equals(state)) {
                        throw SandboxOdooError.userError("Cannot delete a manufacturing order in done state.");
                    }
                }
                default -> {
                }
            }
        }
    }

    Object call(String model, String method, int[] ids) {
        return switch (model + "." + method) {
            case "mrp.production.action_confirm" -> mrp.actionConfirm(ids);
            case "mrp.production.button_plan" -> mrp.buttonPlan(ids);
            case "mrp.production.button_unplan" -> mrp.buttonUnplan(ids);
            case "mrp.production.action_assign" -> mrp.actionAssign(ids);
            case "mrp.production.action_cancel" -> mrp.actionCancel(ids);
            case "sale.order.action_confirm" -> confirmSale(ids);
            case "sale.order.action_cancel" -> cancel("sale.order", ids, "sale_line_id");
            case "purchase.order.button_confirm" -> confirmPurchase(ids);
            case "purchase.order.button_cancel" -> cancel("purchase.order", ids, "purchase_line_id");
            default -> throw new SandboxOdooError("builtins.AttributeError",
                    "The method '" + method + "' does not exist on the model '" + model + "'");
        };
    }

    private Object confirmSale(int[] ids) {
        for (int so : ids) {
            String state = db.str("sale.order", "state", so);
            if (!"draft".equals(state) && !"sent".equals(state)) {
                continue;
            }
            db.set("sale.order", so, "state", "sale");
            db.set("sale.order", so, "date_order", db.now());
            db.set("sale.order", so, "delivery_status", "pending");
            Integer wh = db.ref("sale.order", "warehouse_id", so);
            Integer stock = wh == null ? null : db.ref("stock.warehouse", "lot_stock_id", wh);
            Integer customers = locationByUsage("customer");
            Object date = db.value("sale.order", "commitment_date", so) != null
                    ? db.value("sale.order", "commitment_date", so) : db.value("sale.order", "expected_date", so);
            for (int line : db.ids("sale.order", "order_line", so)) {
                openMove(db.ref("sale.order.line", "product_id", line),
                        db.dbl("sale.order.line", "product_uom_qty", line) - db.dbl("sale.order.line", "qty_delivered", line),
                        db.value("sale.order.line", "product_uom", line), stock, customers, date,
                        db.str("sale.order", "name", so), "sale_line_id", line);
            }
            stampLines("sale.order", so);
        }
        return JsonValue.TRUE;
    }

    private Object confirmPurchase(int[] ids) {
        for (int po : ids) {
            String state = db.str("purchase.order", "state", po);
            if (!"draft".equals(state) && !"sent".equals(state) && !"to approve".equals(state)) {
                continue;
            }
            db.set("purchase.order", po, "state", "purchase");
            db.set("purchase.order", po, "date_approve", db.now());
            db.set("purchase.order", po, "receipt_status", "pending");
            Integer type = db.ref("purchase.order", "picking_type_id", po);
            Integer dest = type == null ? null : db.ref("stock.picking.type", "default_location_dest_id", type);
            Integer vendors = locationByUsage("supplier");
            for (int line : db.ids("purchase.order", "order_line", po)) {
                openMove(db.ref("purchase.order.line", "product_id", line),
                        db.dbl("purchase.order.line", "product_qty", line)
                                - db.dbl("purchase.order.line", "qty_received", line),
                        db.value("purchase.order.line", "product_uom", line), vendors, dest,
                        db.value("purchase.order.line", "date_planned", line), db.str("purchase.order", "name", po),
                        "purchase_line_id", line);
            }
            stampLines("purchase.order", po);
        }
        return JsonValue.TRUE;
    }

    private void openMove(Integer product, double qty, Object uom, Integer from, Integer to, Object date,
            String origin, String lineField, int line) {
        if (product == null || qty <= 0 || from == null || to == null
                || "service".equals(db.str("product.product", "type", product))) {
            return;
        }
        db.insert("stock.move", "name", db.displayName(db.require("product.product"), product), "reference", origin,
                "origin", origin, "product_id", product, "product_uom_qty", SandboxValues.num(qty),
                "quantity", SandboxValues.num(0), "product_uom", uom == null ? SandboxValues.id(1) : uom,
                "location_id", from, "location_dest_id", to, "date", date == null ? db.now() : date,
                "state", "confirmed", lineField, SandboxValues.id(line));
    }

    private Object cancel(String model, int[] ids, String lineField) {
        String lines = model + ".line";
        for (int order : ids) {
            db.set(model, order, "state", "cancel");
            for (int line : db.ids(model, "order_line", order)) {
                for (int mv : db.ids(lines, "move_ids", line)) {
                    if (!"done".equals(db.str("stock.move", "state", mv))) {
                        db.set("stock.move", mv, "state", "cancel");
                    }
                }
            }
            stampLines(model, order);
        }
        return JsonValue.TRUE;
    }

    /**
     * Marks an order and its lines as written: Odoo stores the lines' {@code state} (a related field), so a change
     * of the order's state writes every line too.
     */
    private void stampLines(String model, int order) {
        db.stampWrite(model, order);
        for (int line : db.ids(model, "order_line", order)) {
            db.stampWrite(model + ".line", line);
        }
    }

    Integer locationByUsage(String usage) {
        SandboxModel locs = db.require("stock.location");
        for (int id = 1; id <= locs.maxId(); id++) {
            if (locs.exists(id) && usage.equals(db.str("stock.location", "usage", id))) {
                return SandboxValues.id(id);
            }
        }
        return null;
    }
}
