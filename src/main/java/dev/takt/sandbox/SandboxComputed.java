package dev.takt.sandbox;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The values Odoo computes on read (stock quantities, BoM counts, amounts, readiness …), derived from the
 * records on demand. Sums over many records are cached in the {@link SandboxDatabase} until a model they read
 * changes, so reading 100,000 products computes each sum once.
 */
final class SandboxComputed {

    private static final int[] NO_IDS = new int[0];

    private SandboxComputed() {
    }

    /** Per-product sums, indexed by product id. */
    private record PerProduct(double[] a, double[] b) {
        double a(int id) {
            return id < a.length ? a[id] : 0.0;
        }

        double b(int id) {
            return id < b.length ? b[id] : 0.0;
        }
    }

    static Object compute(SandboxDatabase db, SandboxModel m, SandboxField f, int id) {
        String key = m.name() + "." + f.name();
        if (f.name().equals("display_name")) {
            return db.displayName(m, id);
        }
        return switch (key) {
            case "product.product.qty_available" -> SandboxValues.num(onHand(db).a(id));
            case "product.product.free_qty" -> SandboxValues.num(onHand(db).a(id) - onHand(db).b(id));
            case "product.product.incoming_qty" -> SandboxValues.num(inOut(db).a(id));
            case "product.product.outgoing_qty" -> SandboxValues.num(inOut(db).b(id));
            case "product.product.virtual_available" ->
                    SandboxValues.num(onHand(db).a(id) + inOut(db).a(id) - inOut(db).b(id));
            case "product.product.bom_ids" -> productBoms(db, id);
            case "product.product.bom_count" -> SandboxValues.id(productBoms(db, id).length);
            case "product.product.seller_ids" -> sellers(db, id);
            case "product.template.product_variant_id" -> {
                int[] variants = db.children("product.product", "product_tmpl_id", id);
                yield variants.length == 0 ? null : SandboxValues.id(Arrays.stream(variants).min().getAsInt());
            }
            case "stock.quant.available_quantity" -> SandboxValues.num(
                    db.dbl("stock.quant", "quantity", id) - db.dbl("stock.quant", "reserved_quantity", id));
            case "mrp.routing.workcenter.time_cycle" -> SandboxValues.num(
                    db.dbl("mrp.routing.workcenter", "time_cycle_manual", id));
            case "mrp.routing.workcenter.time_computed_on" ->
                    "auto".equals(db.str("mrp.routing.workcenter", "time_mode", id))
                            ? db.value("mrp.routing.workcenter", "time_mode_batch", id) + " work orders" : null;
            case "mrp.bom.line.child_bom_id" -> {
                Integer product = db.ref("mrp.bom.line", "product_id", id);
                yield product == null ? null : bomOf(db, product, false);
            }
            case "mrp.production.components_availability" -> {
                String state = db.str("mrp.production", "state", id);
                if (state == null || state.equals("draft") || state.equals("done") || state.equals("cancel")) {
                    yield null;
                }
                yield "assigned".equals(db.str("mrp.production", "reservation_state", id)) ? "Available"
                        : "Not Available";
            }
            case "mrp.production.is_planned" -> {
                for (int wo : db.ids("mrp.production", "workorder_ids", id)) {
                    if (db.value("mrp.workorder", "date_start", wo) != null
                            && db.ref("mrp.workorder", "leave_id", wo) != null) {
                        yield Boolean.TRUE;
                    }
                }
                yield Boolean.FALSE;
            }
            case "mrp.production.sale_order_count" -> {
                String origin = db.str("mrp.production", "origin", id);
                yield SandboxValues.id(origin != null && namesOf(db, "sale.order").containsKey(origin) ? 1 : 0);
            }
            case "mrp.production.purchase_order_count" -> SandboxValues.id(
                    originCounts(db, "purchase.order").getOrDefault(db.str("mrp.production", "name", id), 0));
            case "mrp.workorder.qty_remaining" -> SandboxValues.num(Math.max(0.0,
                    db.dbl("mrp.workorder", "qty_production", id) - db.dbl("mrp.workorder", "qty_produced", id)));
            case "sale.order.amount_untaxed" -> SandboxValues.num(untaxed(db, "sale.order.line",
                    db.ids("sale.order", "order_line", id), "product_uom_qty"));
            case "sale.order.amount_total" -> SandboxValues.num(round2(1.15 * untaxed(db, "sale.order.line",
                    db.ids("sale.order", "order_line", id), "product_uom_qty")));
            case "sale.order.expected_date" -> expectedDate(db, id);
            case "sale.order.mrp_production_count" -> SandboxValues.id(
                    originCounts(db, "mrp.production").getOrDefault(db.str("sale.order", "name", id), 0));
            case "sale.order.line.price_subtotal" -> SandboxValues.num(round2(
                    db.dbl("sale.order.line", "product_uom_qty", id) * db.dbl("sale.order.line", "price_unit", id)));
            case "purchase.order.amount_untaxed" -> SandboxValues.num(untaxed(db, "purchase.order.line",
                    db.ids("purchase.order", "order_line", id), "product_qty"));
            case "purchase.order.amount_total" -> SandboxValues.num(round2(1.15 * untaxed(db, "purchase.order.line",
                    db.ids("purchase.order", "order_line", id), "product_qty")));
            case "purchase.order.line.price_subtotal" -> SandboxValues.num(round2(
                    db.dbl("purchase.order.line", "product_qty", id)
                            * db.dbl("purchase.order.line", "price_unit", id)));
            case "stock.warehouse.orderpoint.qty_forecast" -> {
                Integer product = db.ref("stock.warehouse.orderpoint", "product_id", id);
                yield product == null ? SandboxValues.num(0)
                        : db.value("product.product", "virtual_available", product);
            }
            case "stock.warehouse.orderpoint.lead_days_date" -> leadDaysDate(db, id);
            case "res.users.password" -> "";
            default -> f.type().toMany() ? NO_IDS : null;
        };
    }

    static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static double untaxed(SandboxDatabase db, String lineModel, int[] lines, String qtyField) {
        double sum = 0;
        for (int line : lines) {
            sum += round2(db.dbl(lineModel, qtyField, line) * db.dbl(lineModel, "price_unit", line));
        }
        return round2(sum);
    }

    /** On-hand and reserved quantity in internal locations, per product. */
    private static PerProduct onHand(SandboxDatabase db) {
        return db.derived("sum.onhand", () -> {
            SandboxModel quants = db.require("stock.quant");
            SandboxModel products = db.require("product.product");
            double[] qty = new double[products.maxId() + 1];
            double[] reserved = new double[products.maxId() + 1];
            boolean[] internal = internalLocations(db);
            SandboxField product = quants.field("product_id");
            SandboxField location = quants.field("location_id");
            SandboxField quantity = quants.field("quantity");
            SandboxField res = quants.field("reserved_quantity");
            for (int q = 1; q <= quants.maxId(); q++) {
                Object[] row = quants.row(q);
                if (row == null || row[product.slot] == null || row[location.slot] == null) {
                    continue;
                }
                int loc = (Integer) row[location.slot];
                int p = (Integer) row[product.slot];
                if (loc < internal.length && internal[loc] && p < qty.length) {
                    qty[p] += num(row[quantity.slot]);
                    reserved[p] += num(row[res.slot]);
                }
            }
            return new PerProduct(qty, reserved);
        }, "stock.quant", "stock.location", "product.product");
    }

    /** Quantities expected in and out of internal locations by open moves, per product. */
    private static PerProduct inOut(SandboxDatabase db) {
        return db.derived("sum.inout", () -> {
            SandboxModel moves = db.require("stock.move");
            SandboxModel products = db.require("product.product");
            double[] in = new double[products.maxId() + 1];
            double[] out = new double[products.maxId() + 1];
            boolean[] internal = internalLocations(db);
            SandboxField product = moves.field("product_id");
            SandboxField src = moves.field("location_id");
            SandboxField dest = moves.field("location_dest_id");
            SandboxField qty = moves.field("product_uom_qty");
            SandboxField state = moves.field("state");
            for (int mv = 1; mv <= moves.maxId(); mv++) {
                Object[] row = moves.row(mv);
                if (row == null || row[product.slot] == null) {
                    continue;
                }
                String s = (String) row[state.slot];
                if ("draft".equals(s) || "done".equals(s) || "cancel".equals(s)) {
                    continue;
                }
                int p = (Integer) row[product.slot];
                if (p >= in.length) {
                    continue;
                }
                boolean fromInternal = isInternal(internal, row[src.slot]);
                boolean toInternal = isInternal(internal, row[dest.slot]);
                if (toInternal && !fromInternal) {
                    in[p] += num(row[qty.slot]);
                } else if (fromInternal && !toInternal) {
                    out[p] += num(row[qty.slot]);
                }
            }
            return new PerProduct(in, out);
        }, "stock.move", "stock.location", "product.product");
    }

    static boolean[] internalLocations(SandboxDatabase db) {
        return db.derived("locations.internal", () -> {
            SandboxModel locs = db.require("stock.location");
            boolean[] internal = new boolean[locs.maxId() + 1];
            SandboxField usage = locs.field("usage");
            for (int l = 1; l <= locs.maxId(); l++) {
                Object[] row = locs.row(l);
                internal[l] = row != null && "internal".equals(row[usage.slot]);
            }
            return internal;
        }, "stock.location");
    }

    private static boolean isInternal(boolean[] internal, Object loc) {
        return loc != null && (Integer) loc < internal.length && internal[(Integer) loc];
    }

    private static double num(Object v) {
        return v == null ? 0.0 : ((Number) v).doubleValue();
    }

    private static int[] productBoms(SandboxDatabase db, int productId) {
        Integer tmpl = db.ref("product.product", "product_tmpl_id", productId);
        if (tmpl == null) {
            return NO_IDS;
        }
        return Arrays.stream(db.children("mrp.bom", "product_tmpl_id", tmpl)).filter(b -> {
            Integer variant = db.ref("mrp.bom", "product_id", b);
            return (variant == null || variant == productId) && Boolean.TRUE.equals(db.value("mrp.bom", "active", b));
        }).toArray();
    }

    /** The first BoM for a product (a kit too unless {@code normalOnly}), or null. */
    static Integer bomOf(SandboxDatabase db, int productId, boolean normalOnly) {
        for (int b : productBoms(db, productId)) {
            if (!normalOnly || "normal".equals(db.str("mrp.bom", "type", b))) {
                return SandboxValues.id(b);
            }
        }
        return null;
    }

    private static int[] sellers(SandboxDatabase db, int productId) {
        Integer tmpl = db.ref("product.product", "product_tmpl_id", productId);
        if (tmpl == null) {
            return NO_IDS;
        }
        return Arrays.stream(db.children("product.supplierinfo", "product_tmpl_id", tmpl)).filter(s -> {
            Integer variant = db.ref("product.supplierinfo", "product_id", s);
            return variant == null || variant == productId;
        }).toArray();
    }

    private static Map<String, Integer> namesOf(SandboxDatabase db, String model) {
        return db.derived("names." + model, () -> {
            SandboxModel m = db.require(model);
            Map<String, Integer> out = new HashMap<>();
            SandboxField name = m.field("name");
            for (int id = 1; id <= m.maxId(); id++) {
                Object[] row = m.row(id);
                if (row != null && row[name.slot] != null) {
                    out.put((String) row[name.slot], id);
                }
            }
            return out;
        }, model);
    }

    private static Map<String, Integer> originCounts(SandboxDatabase db, String model) {
        return db.derived("origins." + model, () -> {
            SandboxModel m = db.require(model);
            Map<String, Integer> out = new HashMap<>();
            SandboxField origin = m.field("origin");
            for (int id = 1; id <= m.maxId(); id++) {
                Object[] row = m.row(id);
                if (row != null && row[origin.slot] != null) {
                    out.merge((String) row[origin.slot], 1, Integer::sum);
                }
            }
            return out;
        }, model);
    }

    private static Long expectedDate(SandboxDatabase db, int orderId) {
        Long dateOrder = (Long) db.value("sale.order", "date_order", orderId);
        if (dateOrder == null) {
            return null;
        }
        long best = Long.MAX_VALUE;
        for (int line : db.ids("sale.order", "order_line", orderId)) {
            double lead = db.dbl("sale.order.line", "customer_lead", line);
            best = Math.min(best, dateOrder + (long) (lead * 86_400));
        }
        return best == Long.MAX_VALUE ? null : Math.max(best, db.now());
    }

    private static LocalDate leadDaysDate(SandboxDatabase db, int id) {
        int days = 0;
        Integer supplier = db.ref("stock.warehouse.orderpoint", "supplier_id", id);
        Integer bom = db.ref("stock.warehouse.orderpoint", "bom_id", id);
        Integer product = db.ref("stock.warehouse.orderpoint", "product_id", id);
        if (supplier == null && bom == null && product != null) {
            int[] sellers = sellers(db, product);
            supplier = sellers.length > 0 ? sellers[0] : null;
            bom = supplier == null ? bomOf(db, product, true) : null;
        }
        if (supplier != null) {
            days = ((Number) db.value("product.supplierinfo", "delay", supplier)).intValue();
        } else if (bom != null) {
            days = ((Number) db.value("mrp.bom", "produce_delay", bom)).intValue()
                    + ((Number) db.value("mrp.bom", "days_to_prepare_mo", bom)).intValue();
        }
        return db.today().plusDays(days);
    }
}
