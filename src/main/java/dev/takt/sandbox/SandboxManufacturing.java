package dev.takt.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Odoo's MRP does when an MO is created, confirmed, reserved, planned, unplanned or rescheduled: name from
 * the picking type's sequence ({@code WH/MO/00008}), BoM from the product, component moves from the BoM lines,
 * work orders from its operations, end date from the BoM's lead time or the work orders' durations,
 * reservations against free stock, bookings ({@code time_type} = other) on the work centers' calendars.
 */
final class SandboxManufacturing {

    private final SandboxDatabase db;

    SandboxManufacturing(SandboxDatabase db) {
        this.db = db;
    }

    // --------------------------------------------------------------------------------------------------- create

    void beforeCreate(Map<String, Object> v) {
        Integer product = (Integer) v.get("product_id");
        if (product == null) {
            return;
        }
        v.putIfAbsent("product_uom_id", db.value("product.product", "uom_id", product));
        if (v.get("bom_id") == null) {
            Integer bom = SandboxComputed.bomOf(db, product, true);
            if (bom != null) {
                v.put("bom_id", bom);
            }
        }
        if (v.get("picking_type_id") == null) {
            v.put("picking_type_id", manufacturingType(1));
        }
        Integer type = (Integer) v.get("picking_type_id");
        if (type != null) {
            v.putIfAbsent("location_src_id", db.value("stock.picking.type", "default_location_src_id", type));
            v.putIfAbsent("location_dest_id", db.value("stock.picking.type", "default_location_dest_id", type));
        }
        v.putIfAbsent("date_start", db.now());
        v.putIfAbsent("user_id", SandboxValues.id(db.currentUid()));
        if (v.get("name") == null) {
            v.put("name", nextName(type));
        }
        if (v.get("procurement_group_id") == null) {
            v.put("procurement_group_id", SandboxValues.id(db.insert("procurement.group", "name", v.get("name"))));
        }
    }

    Integer manufacturingType(int warehouseId) {
        SandboxModel wh = db.require("stock.warehouse");
        if (wh.exists(warehouseId)) {
            Integer t = db.ref("stock.warehouse", "manu_type_id", warehouseId);
            if (t != null) {
                return t;
            }
        }
        SandboxModel types = db.require("stock.picking.type");
        for (int id = 1; id <= types.maxId(); id++) {
            if (types.exists(id) && "mrp_operation".equals(db.str("stock.picking.type", "code", id))) {
                return SandboxValues.id(id);
            }
        }
        return null;
    }

    String nextName(Integer pickingType) {
        String prefix = "WH/MO/";
        if (pickingType != null) {
            Integer wh = db.ref("stock.picking.type", "warehouse_id", pickingType);
            String code = db.str("stock.picking.type", "sequence_code", pickingType);
            prefix = (wh == null ? "" : db.str("stock.warehouse", "code", wh) + "/") + (code == null ? "MO" : code)
                    + "/";
        }
        return prefix + String.format("%05d", db.nextSequence(prefix));
    }

    void afterCreate(int mo) {
        explode(mo);
        db.set("mrp.production", mo, "date_finished", finish(mo));
        syncMoveDates(mo);
    }

    /** Creates component moves, the finished move and the work orders of a new MO from its BoM. */
    void explode(int mo) {
        Integer bom = db.ref("mrp.production", "bom_id", mo);
        Integer product = db.ref("mrp.production", "product_id", mo);
        double qty = db.dbl("mrp.production", "product_qty", mo);
        String name = db.str("mrp.production", "name", mo);
        Long start = (Long) db.value("mrp.production", "date_start", mo);
        Integer src = db.ref("mrp.production", "location_src_id", mo);
        Integer dest = db.ref("mrp.production", "location_dest_id", mo);
        Integer type = db.ref("mrp.production", "picking_type_id", mo);
        Integer production = productionLocation();
        String state = db.str("mrp.production", "state", mo);
        String moveState = "draft".equals(state) ? "draft" : "confirmed";
        if (bom != null) {
            double bomQty = Math.max(db.dbl("mrp.bom", "product_qty", bom), 1e-9);
            for (int line : db.ids("mrp.bom", "bom_line_ids", bom)) {
                Integer comp = db.ref("mrp.bom.line", "product_id", line);
                db.insert("stock.move", "name", name, "reference", name, "origin", name, "product_id", comp,
                        "product_uom_qty", SandboxValues.num(db.dbl("mrp.bom.line", "product_qty", line) * qty / bomQty),
                        "quantity", SandboxValues.num(0), "product_uom", db.value("mrp.bom.line", "product_uom_id", line),
                        "location_id", src, "location_dest_id", production, "date", start, "date_deadline", start,
                        "raw_material_production_id", SandboxValues.id(mo), "picking_type_id", type,
                        "state", moveState);
            }
        }
        db.insert("stock.move", "name", name, "reference", name, "origin", name, "product_id", product,
                "product_uom_qty", SandboxValues.num(qty), "quantity", SandboxValues.num(0),
                "product_uom", db.value("mrp.production", "product_uom_id", mo), "location_id", production,
                "location_dest_id", dest, "date", start, "production_id", SandboxValues.id(mo),
                "picking_type_id", type, "state", moveState);
        if (bom != null) {
            for (int op : db.ids("mrp.bom", "operation_ids", bom)) {
                Integer wc = db.ref("mrp.routing.workcenter", "workcenter_id", op);
                db.insert("mrp.workorder", "name", db.str("mrp.routing.workcenter", "name", op),
                        "production_id", SandboxValues.id(mo), "workcenter_id", wc, "operation_id", SandboxValues.id(op),
                        "state", "waiting", "duration_expected", SandboxValues.num(expectedDuration(op, wc, qty)),
                        "duration", SandboxValues.num(0), "qty_produced", SandboxValues.num(0));
            }
        }
    }

    /** Odoo's expected duration: setup + cleanup + cycles × cycle time, corrected by the work center's efficiency. */
    double expectedDuration(int operation, Integer workcenter, double qty) {
        double cycle = db.dbl("mrp.routing.workcenter", "time_cycle_manual", operation);
        if (workcenter == null) {
            return cycle * qty;
        }
        double capacity = Math.max(db.dbl("mrp.workcenter", "default_capacity", workcenter), 1.0);
        double efficiency = db.dbl("mrp.workcenter", "time_efficiency", workcenter);
        double cycles = Math.ceil(qty / capacity - 1e-9);
        return SandboxComputed.round2(db.dbl("mrp.workcenter", "time_start", workcenter)
                + db.dbl("mrp.workcenter", "time_stop", workcenter)
                + cycles * cycle * 100.0 / (efficiency <= 0 ? 100.0 : efficiency));
    }

    Integer productionLocation() {
        SandboxModel locs = db.require("stock.location");
        for (int id = 1; id <= locs.maxId(); id++) {
            if (locs.exists(id) && "production".equals(db.str("stock.location", "usage", id))) {
                return SandboxValues.id(id);
            }
        }
        return null;
    }

    /** End of an MO: start + the BoM's lead days, or + the work orders' minutes (60 without work orders). */
    Long finish(int mo) {
        Long start = (Long) db.value("mrp.production", "date_start", mo);
        if (start == null) {
            return null;
        }
        Integer bom = db.ref("mrp.production", "bom_id", mo);
        int delay = bom == null ? 0 : ((Number) db.value("mrp.bom", "produce_delay", bom)).intValue();
        if (delay > 0) {
            return start + delay * 86_400L;
        }
        double minutes = 0;
        for (int wo : db.ids("mrp.production", "workorder_ids", mo)) {
            minutes += db.dbl("mrp.workorder", "duration_expected", wo);
        }
        return start + Math.round((minutes > 0 ? minutes : 60) * 60);
    }

    private void syncMoveDates(int mo) {
        Long start = (Long) db.value("mrp.production", "date_start", mo);
        Long end = (Long) db.value("mrp.production", "date_finished", mo);
        for (int mv : db.ids("mrp.production", "move_raw_ids", mo)) {
            db.set("stock.move", mv, "date", start);
            db.set("stock.move", mv, "date_deadline", start);
        }
        for (int mv : db.ids("mrp.production", "move_finished_ids", mo)) {
            db.set("stock.move", mv, "date", end);
        }
    }

    // ---------------------------------------------------------------------------------------------------- write

    void afterWriteProduction(int[] ids, Map<String, Object> values) {
        for (int mo : ids) {
            String state = db.str("mrp.production", "state", mo);
            if (values.containsKey("product_qty") && ("draft".equals(state) || "confirmed".equals(state))) {
                rescale(mo);
            }
            if ((values.containsKey("date_start") || values.containsKey("product_qty"))
                    && !values.containsKey("date_finished")) {
                db.set("mrp.production", mo, "date_finished", finish(mo));
            }
            if (values.containsKey("date_start") || values.containsKey("date_finished")) {
                syncMoveDates(mo);
            }
        }
    }

    private void rescale(int mo) {
        Integer bom = db.ref("mrp.production", "bom_id", mo);
        double qty = db.dbl("mrp.production", "product_qty", mo);
        if (bom != null) {
            double bomQty = Math.max(db.dbl("mrp.bom", "product_qty", bom), 1e-9);
            for (int mv : db.ids("mrp.production", "move_raw_ids", mo)) {
                Integer product = db.ref("stock.move", "product_id", mv);
                for (int line : db.ids("mrp.bom", "bom_line_ids", bom)) {
                    if (product != null && product.equals(db.ref("mrp.bom.line", "product_id", line))) {
                        db.set("stock.move", mv, "product_uom_qty",
                                SandboxValues.num(db.dbl("mrp.bom.line", "product_qty", line) * qty / bomQty));
                        break;
                    }
                }
            }
        }
        for (int mv : db.ids("mrp.production", "move_finished_ids", mo)) {
            db.set("stock.move", mv, "product_uom_qty", SandboxValues.num(qty));
        }
        for (int wo : db.ids("mrp.production", "workorder_ids", mo)) {
            Integer op = db.ref("mrp.workorder", "operation_id", wo);
            if (op != null) {
                db.set("mrp.workorder", wo, "duration_expected",
                        SandboxValues.num(expectedDuration(op, db.ref("mrp.workorder", "workcenter_id", wo), qty)));
            }
        }
    }

    void beforeWriteWorkorder(int[] ids, Map<String, Object> values) {
        if (!values.containsKey("date_start") && !values.containsKey("date_finished")) {
            return;
        }
        for (int wo : ids) {
            Long start = values.containsKey("date_start") ? (Long) values.get("date_start")
                    : (Long) db.value("mrp.workorder", "date_start", wo);
            Long end = values.containsKey("date_finished") ? (Long) values.get("date_finished")
                    : (Long) db.value("mrp.workorder", "date_finished", wo);
            if (start != null && end != null && start > end) {
                throw SandboxOdooError.userError("The planned end date of the work order cannot be prior to the "
                        + "planned start date, please correct this to save the work order.");
            }
        }
    }

    void afterWriteWorkorder(int[] ids, Map<String, Object> values) {
        boolean startWritten = values.containsKey("date_start");
        boolean endWritten = values.containsKey("date_finished");
        if (!startWritten && !endWritten) {
            return;
        }
        for (int wo : ids) {
            Long start = (Long) db.value("mrp.workorder", "date_start", wo);
            Long end = (Long) db.value("mrp.workorder", "date_finished", wo);
            int wc = db.ref("mrp.workorder", "workcenter_id", wo);
            Integer leave = db.ref("mrp.workorder", "leave_id", wo);
            SandboxCalendar cal = SandboxCalendar.ofWorkcenter(db, wc, leave);
            if (start != null && !values.containsKey("duration_expected")) {
                if (startWritten && (endWritten || end == null)) {
                    end = cal.addMinutes(start, db.dbl("mrp.workorder", "duration_expected", wo));
                    db.set("mrp.workorder", wo, "date_finished", end);
                } else if (end != null) {
                    db.set("mrp.workorder", wo, "duration_expected", SandboxValues.num(cal.workingMinutes(start, end)));
                }
            }
            if (start == null || end == null) {
                continue;
            }
            book(wo, start, end);
            int mo = db.ref("mrp.workorder", "production_id", wo);
            int[] siblings = db.ids("mrp.production", "workorder_ids", mo);
            if (startWritten && siblings.length > 0 && siblings[0] == wo) {
                db.set("mrp.production", mo, "date_start", start);
            }
            if (siblings.length > 0 && siblings[siblings.length - 1] == wo) {
                db.set("mrp.production", mo, "date_finished", end);
            }
        }
    }

    /** Creates or moves the work order's booking on its work center. */
    private void book(int wo, long start, long end) {
        Integer leave = db.ref("mrp.workorder", "leave_id", wo);
        SandboxModel leaves = db.require("resource.calendar.leaves");
        if (leave != null && leaves.exists(leave)) {
            db.set("resource.calendar.leaves", leave, "date_from", start);
            db.set("resource.calendar.leaves", leave, "date_to", end);
            return;
        }
        int wc = db.ref("mrp.workorder", "workcenter_id", wo);
        int mo = db.ref("mrp.workorder", "production_id", wo);
        int id = db.insert("resource.calendar.leaves",
                "name", db.str("mrp.production", "name", mo) + " - " + db.str("mrp.workorder", "name", wo),
                "calendar_id", db.value("mrp.workcenter", "resource_calendar_id", wc),
                "resource_id", db.value("mrp.workcenter", "resource_id", wc),
                "date_from", start, "date_to", end, "time_type", "other");
        db.set("mrp.workorder", wo, "leave_id", SandboxValues.id(id));
    }

    // -------------------------------------------------------------------------------------------------- actions

    Object actionConfirm(int[] ids) {
        for (int mo : ids) {
            if (!"draft".equals(db.str("mrp.production", "state", mo))) {
                continue;
            }
            db.set("mrp.production", mo, "state", "confirmed");
            for (int mv : moves(mo)) {
                if ("draft".equals(db.str("stock.move", "state", mv))) {
                    db.set("stock.move", mv, "state", "confirmed");
                }
            }
            reserve(mo);
            db.stampWrite("mrp.production", mo);
        }
        return jakarta.json.JsonValue.TRUE;
    }

    Object actionAssign(int[] ids) {
        for (int mo : ids) {
            String state = db.str("mrp.production", "state", mo);
            if ("confirmed".equals(state) || "progress".equals(state) || "to_close".equals(state)) {
                reserve(mo);
            }
        }
        return jakarta.json.JsonValue.TRUE;
    }

    private List<Integer> moves(int mo) {
        List<Integer> out = new ArrayList<>();
        for (int mv : db.ids("mrp.production", "move_raw_ids", mo)) {
            out.add(mv);
        }
        for (int mv : db.ids("mrp.production", "move_finished_ids", mo)) {
            out.add(mv);
        }
        return out;
    }

    /** Reserves free stock (internal quants under the MO's component location) for its component moves. */
    void reserve(int mo) {
        Integer src = db.ref("mrp.production", "location_src_id", mo);
        boolean all = true;
        for (int mv : db.ids("mrp.production", "move_raw_ids", mo)) {
            String state = db.str("stock.move", "state", mv);
            if ("done".equals(state) || "cancel".equals(state)) {
                continue;
            }
            double demand = db.dbl("stock.move", "product_uom_qty", mv);
            double have = db.dbl("stock.move", "quantity", mv);
            Integer product = db.ref("stock.move", "product_id", mv);
            if (have < demand && product != null) {
                for (int q : db.children("stock.quant", "product_id", product)) {
                    if (have >= demand) {
                        break;
                    }
                    Integer loc = db.ref("stock.quant", "location_id", q);
                    if (loc == null || !under(loc, src) || !SandboxComputed.internalLocations(db)[loc]) {
                        continue;
                    }
                    double free = db.dbl("stock.quant", "quantity", q) - db.dbl("stock.quant", "reserved_quantity", q);
                    double take = Math.min(free, demand - have);
                    if (take > 0) {
                        db.set("stock.quant", q, "reserved_quantity",
                                SandboxValues.num(db.dbl("stock.quant", "reserved_quantity", q) + take));
                        have += take;
                    }
                }
                db.set("stock.move", mv, "quantity", SandboxValues.num(have));
            }
            String next = have >= demand - 1e-9 ? "assigned" : have > 0 ? "partially_available" : "confirmed";
            db.set("stock.move", mv, "state", next);
            all &= next.equals("assigned");
        }
        db.set("mrp.production", mo, "reservation_state", all ? "assigned" : "confirmed");
        for (int wo : db.ids("mrp.production", "workorder_ids", mo)) {
            String ws = db.str("mrp.workorder", "state", wo);
            if (all && "waiting".equals(ws)) {
                db.set("mrp.workorder", wo, "state", "ready");
            } else if (!all && "ready".equals(ws)) {
                db.set("mrp.workorder", wo, "state", "waiting");
            }
        }
    }

    private boolean under(int location, Integer ancestor) {
        if (ancestor == null) {
            return true;
        }
        Integer cur = location;
        for (int depth = 0; cur != null && depth < 50; depth++) {
            if (cur.equals(ancestor)) {
                return true;
            }
            cur = db.ref("stock.location", "location_id", cur);
        }
        return false;
    }

    Object buttonPlan(int[] ids) {
        List<Integer> drafts = new ArrayList<>();
        for (int mo : ids) {
            if ("draft".equals(db.str("mrp.production", "state", mo))) {
                drafts.add(mo);
            }
        }
        actionConfirm(drafts.stream().mapToInt(Integer::intValue).toArray());
        for (int mo : ids) {
            String state = db.str("mrp.production", "state", mo);
            if (!"confirmed".equals(state) && !"progress".equals(state) && !"to_close".equals(state)) {
                continue;
            }
            long cursor = (Long) db.value("mrp.production", "date_start", mo);
            Long first = null;
            Long last = null;
            for (int wo : db.ids("mrp.production", "workorder_ids", mo)) {
                String ws = db.str("mrp.workorder", "state", wo);
                if ("done".equals(ws) || "cancel".equals(ws) || db.ref("mrp.workorder", "leave_id", wo) != null) {
                    continue;
                }
                int wc = db.ref("mrp.workorder", "workcenter_id", wo);
                SandboxCalendar.Interval slot = SandboxCalendar.ofWorkcenter(db, wc, null)
                        .firstSlot(cursor, db.dbl("mrp.workorder", "duration_expected", wo));
                db.set("mrp.workorder", wo, "date_start", slot.from());
                db.set("mrp.workorder", wo, "date_finished", slot.to());
                book(wo, slot.from(), slot.to());
                first = first == null ? slot.from() : Math.min(first, slot.from());
                last = last == null ? slot.to() : Math.max(last, slot.to());
                cursor = slot.to();
            }
            if (first != null) {
                db.set("mrp.production", mo, "date_start", first);
                db.set("mrp.production", mo, "date_finished", last);
                syncMoveDates(mo);
            }
            db.stampWrite("mrp.production", mo);
        }
        return jakarta.json.JsonValue.TRUE;
    }

    Object buttonUnplan(int[] ids) {
        for (int mo : ids) {
            for (int wo : db.ids("mrp.production", "workorder_ids", mo)) {
                if ("done".equals(db.str("mrp.workorder", "state", wo))) {
                    throw SandboxOdooError.userError(
                            "Some work orders are already done, so you cannot unplan this manufacturing order.");
                }
            }
        }
        for (int mo : ids) {
            for (int wo : db.ids("mrp.production", "workorder_ids", mo)) {
                Integer leave = db.ref("mrp.workorder", "leave_id", wo);
                db.set("mrp.workorder", wo, "leave_id", null);
                if (leave != null) {
                    db.delete("resource.calendar.leaves", new int[] {leave});
                }
                db.set("mrp.workorder", wo, "date_start", null);
                db.set("mrp.workorder", wo, "date_finished", null);
            }
            db.stampWrite("mrp.production", mo);
        }
        return SandboxOdoo.NONE;
    }

    Object actionCancel(int[] ids) {
        for (int mo : ids) {
            String state = db.str("mrp.production", "state", mo);
            if ("done".equals(state) || "cancel".equals(state)) {
                continue;
            }
            for (int mv : moves(mo)) {
                if (!"done".equals(db.str("stock.move", "state", mv))) {
                    release(mv);
                    db.set("stock.move", mv, "state", "cancel");
                }
            }
            for (int wo : db.ids("mrp.production", "workorder_ids", mo)) {
                Integer leave = db.ref("mrp.workorder", "leave_id", wo);
                if (!"done".equals(db.str("mrp.workorder", "state", wo))) {
                    db.set("mrp.workorder", wo, "state", "cancel");
                    db.set("mrp.workorder", wo, "leave_id", null);
                    if (leave != null) {
                        db.delete("resource.calendar.leaves", new int[] {leave});
                    }
                }
            }
            db.set("mrp.production", mo, "state", "cancel");
            db.set("mrp.production", mo, "reservation_state", null);
            db.stampWrite("mrp.production", mo);
        }
        return jakarta.json.JsonValue.TRUE;
    }

    /** Gives back what a move reserved (from the product's internal quants, most reserved first). */
    private void release(int mv) {
        double left = db.dbl("stock.move", "quantity", mv);
        Integer product = db.ref("stock.move", "product_id", mv);
        if (left <= 0 || product == null || db.value("stock.move", "raw_material_production_id", mv) == null) {
            return;
        }
        Map<Integer, Double> reserved = new LinkedHashMap<>();
        for (int q : db.children("stock.quant", "product_id", product)) {
            reserved.put(q, db.dbl("stock.quant", "reserved_quantity", q));
        }
        for (Map.Entry<Integer, Double> e : reserved.entrySet()) {
            double give = Math.min(left, e.getValue());
            if (give > 0) {
                db.set("stock.quant", e.getKey(), "reserved_quantity", SandboxValues.num(e.getValue() - give));
                left -= give;
            }
        }
        db.set("stock.move", mv, "quantity", SandboxValues.num(0));
    }
}
