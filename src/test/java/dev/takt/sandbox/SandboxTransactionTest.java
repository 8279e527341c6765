package dev.takt.sandbox;

import dev.takt.testing.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls that write are transactions, as in Odoo: {@code write_date} is the transaction's start (UTC, to the second)
 * on every record they touch, and a call that fails leaves nothing behind. Also the write paths Takt's commands
 * use: purchase orders created with their lines, {@code button_confirm}, origins searched with {@code =like} and
 * {@code ilike}, ordering by {@code write_date}, and the fault that drops a reply after applying the call.
 */
class SandboxTransactionTest {

    private final TestClock clock = new TestClock("2026-11-26T15:45:06Z");
    private final SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 7, clock);

    private int createMo(String origin, String start) {
        int product = productWithOperations();
        var vals = Json.createObjectBuilder().add("product_id", product).add("product_qty", 2)
                .add("date_start", start);
        if (origin != null) {
            vals.add("origin", origin);
        }
        return ((JsonNumber) s.call("mrp.production", "create", SandboxFixture.args(vals.build()))).intValue();
    }

    private int productWithOperations() {
        JsonObject bom = s.searchRead("mrp.bom", "[[\"type\",\"=\",\"normal\"],[\"produce_delay\",\"=\",0]]", "id", 0,
                "product_tmpl_id", "operation_ids").stream().map(JsonValue::asJsonObject)
                .filter(b -> !b.getJsonArray("operation_ids").isEmpty()).findFirst().orElseThrow();
        return s.searchRead("product.product", "[[\"product_tmpl_id\",\"=\","
                + bom.getJsonArray("product_tmpl_id").getInt(0) + "]]", null, 1, "id").getJsonObject(0).getInt("id");
    }

    private String writeDate(String model, int id) {
        return s.read(model, id, "write_date").getJsonObject(0).getString("write_date");
    }

    private int count(String model, String domain) {
        return ((JsonNumber) s.call(model, "search_count", SandboxFixture.args(SandboxFixture.parse(domain))))
                .intValue();
    }

    /** Two purchasable products and a vendor. */
    private record Purchase(int vendor, int first, int second) {
    }

    private Purchase purchase() {
        JsonArray infos = s.searchRead("product.supplierinfo", "[]", "id", 0, "partner_id", "product_tmpl_id");
        JsonObject info = infos.getJsonObject(0);
        int vendor = info.getJsonArray("partner_id").getInt(0);
        List<Integer> products = infos.stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonArray("partner_id").getInt(0) == vendor)
                .map(i -> s.searchRead("product.product", "[[\"product_tmpl_id\",\"=\","
                        + i.getJsonArray("product_tmpl_id").getInt(0) + "]]", null, 1, "id").getJsonObject(0)
                        .getInt("id"))
                .distinct().toList();
        int second = products.size() > 1 ? products.get(1)
                : s.searchRead("product.product", "[[\"id\",\"!=\"," + products.get(0) + "]]", "id", 1, "id")
                        .getJsonObject(0).getInt("id");
        return new Purchase(vendor, products.get(0), second);
    }

    private static JsonObject line(int product, double qty, String planned) {
        return Json.createObjectBuilder().add("product_id", product).add("product_qty", qty)
                .add("date_planned", planned).build();
    }

    private static JsonArray create(JsonObject vals) {
        return Json.createArrayBuilder().add(0).add(0).add(vals).build();
    }

    @Test
    void everyRecordACallTouchesGetsTheTransactionStartAsWriteDate() {
        int mo = createMo("TAKT:stamp", "2026-12-01 08:00:00");
        assertEquals("2026-11-26 15:45:06", writeDate("mrp.production", mo));
        JsonObject created = s.read("mrp.production", mo, "workorder_ids", "move_raw_ids", "create_date")
                .getJsonObject(0);
        assertEquals("2026-11-26 15:45:06", created.getString("create_date"));
        int wo = created.getJsonArray("workorder_ids").getInt(0);
        int move = created.getJsonArray("move_raw_ids").getInt(0);
        assertEquals("2026-11-26 15:45:06", writeDate("mrp.workorder", wo));

        clock.set(java.time.Instant.parse("2026-11-26T15:50:00.700Z"));
        s.call("mrp.production", "action_confirm", SandboxFixture.args(new int[] {mo}));
        assertEquals("2026-11-26 15:50:00", writeDate("mrp.production", mo), "UTC, to the second");
        assertEquals("2026-11-26 15:50:00", writeDate("stock.move", move), "the confirmed component move too");

        clock.advanceSeconds(60);
        s.call("mrp.production", "button_plan", SandboxFixture.args(new int[] {mo}));
        assertEquals("2026-11-26 15:51:00", writeDate("mrp.production", mo));
        assertEquals("2026-11-26 15:51:00", writeDate("mrp.workorder", wo), "planned work orders are written");

        clock.advanceSeconds(60);
        String before = s.read("mrp.production", mo, "date_finished").getJsonObject(0).getString("date_finished");
        s.call("mrp.production", "write", SandboxFixture.args(new int[] {mo}, Json.createObjectBuilder()
                .add("date_start", "2026-12-08 08:00:00").build()));
        JsonObject moved = s.read("mrp.production", mo, "date_start", "date_finished", "write_date").getJsonObject(0);
        assertEquals("2026-11-26 15:52:00", moved.getString("write_date"));
        assertNotEquals(before, moved.getString("date_finished"), "writing date_start moves date_finished");

        clock.advanceSeconds(60);
        s.call("mrp.production", "write", SandboxFixture.args(new int[] {mo}, Json.createObjectBuilder()
                .add("date_start", "2026-12-08 08:00:00").build()));
        assertEquals("2026-11-26 15:53:00", writeDate("mrp.production", mo),
                "a write stamps even when no value changes, as Odoo's does");
        assertEquals("2026-11-26 15:51:00", writeDate("mrp.workorder", wo), "untouched records keep theirs");
    }

    @Test
    void aFailingCallLeavesNothingBehind() {
        Purchase p = purchase();
        int orders = count("purchase.order", "[]");
        int lines = count("purchase.order.line", "[]");
        JsonObject failing = s.send("purchase.order", "create", SandboxFixture.args(Json.createObjectBuilder()
                .add("partner_id", p.vendor()).add("origin", "TAKT:atomic")
                .add("order_line", Json.createArrayBuilder()
                        .add(create(line(p.first(), 5, "2026-12-10 08:00:00")))
                        .add(create(line(999_999, 5, "2026-12-10 08:00:00"))))
                .build()), JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("odoo.exceptions.ValidationError", failing.getJsonObject("error").getJsonObject("data")
                .getString("name"));
        assertEquals(orders, count("purchase.order", "[]"), "no order without its lines");
        assertEquals(lines, count("purchase.order.line", "[]"));
        assertEquals(0, count("purchase.order", "[[\"origin\",\"=\",\"TAKT:atomic\"]]"));

        int po = ((JsonNumber) s.call("purchase.order", "create", SandboxFixture.args(Json.createObjectBuilder()
                .add("partner_id", p.vendor()).add("order_line", Json.createArrayBuilder()
                        .add(create(line(p.first(), 5, "2026-12-10 08:00:00"))))
                .build()))).intValue();
        int kept = s.read("purchase.order", po, "order_line").getJsonObject(0).getJsonArray("order_line").getInt(0);
        JsonObject deleteThenFail = s.send("purchase.order", "write", SandboxFixture.args(new int[] {po},
                Json.createObjectBuilder().add("order_line", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add(2).add(kept))
                        .add(create(line(999_999, 1, "2026-12-10 08:00:00")))).build()),
                JsonValue.EMPTY_JSON_OBJECT);
        assertTrue(deleteThenFail.containsKey("error"));
        assertEquals(1, s.read("purchase.order.line", kept, "product_qty").size(), "the deleted line is back");
    }

    @Test
    void purchaseOrderWithLinesThenLineCommandsThenConfirm() {
        Purchase p = purchase();
        int po = ((JsonNumber) s.call("purchase.order", "create", SandboxFixture.args(Json.createObjectBuilder()
                .add("partner_id", p.vendor()).add("origin", "TAKT:po-1 Plan 12")
                .add("order_line", Json.createArrayBuilder()
                        .add(create(line(p.first(), 40, "2026-12-14 08:00:00")))
                        .add(create(Json.createObjectBuilder(line(p.second(), 12.5, "2026-12-10 08:00:00"))
                                .add("price_unit", 3.25).build())))
                .build()))).intValue();
        JsonObject order = s.read("purchase.order", po, "name", "state", "date_planned", "order_line", "origin")
                .getJsonObject(0);
        assertTrue(order.getString("name").matches("P\\d{5}"), order.getString("name"));
        assertEquals("draft", order.getString("state"));
        assertEquals("2026-12-10 08:00:00", order.getString("date_planned"), "the earliest line");
        JsonArray lineIds = order.getJsonArray("order_line");
        assertEquals(2, lineIds.size());
        JsonArray lines = s.searchRead("purchase.order.line", "[[\"order_id\",\"=\"," + po + "]]", "id", 0,
                "product_id", "product_qty", "price_unit", "date_planned", "name", "product_uom", "state");
        assertEquals(p.first(), lines.getJsonObject(0).getJsonArray("product_id").getInt(0));
        assertEquals(40.0, lines.getJsonObject(0).getJsonNumber("product_qty").doubleValue());
        assertEquals(3.25, lines.getJsonObject(1).getJsonNumber("price_unit").doubleValue(), "given price kept");
        assertTrue(lines.getJsonObject(0).get("product_uom") instanceof JsonArray, "unit from the product");
        assertEquals("draft", lines.getJsonObject(1).getString("state"));

        int first = lineIds.getInt(0);
        int second = lineIds.getInt(1);
        clock.advanceSeconds(5);
        s.call("purchase.order", "write", SandboxFixture.args(new int[] {po}, Json.createObjectBuilder()
                .add("order_line", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add(1).add(first).add(Json.createObjectBuilder()
                                .add("product_qty", 45).add("date_planned", "2026-12-09 08:00:00")))
                        .add(Json.createArrayBuilder().add(2).add(second)))
                .build()));
        assertEquals(List.of(first), s.read("purchase.order", po, "order_line").getJsonObject(0)
                .getJsonArray("order_line").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue)
                .toList());
        assertEquals(45.0, s.read("purchase.order.line", first, "product_qty").getJsonObject(0)
                .getJsonNumber("product_qty").doubleValue());
        assertEquals("2026-12-09 08:00:00", s.read("purchase.order", po, "date_planned").getJsonObject(0)
                .getString("date_planned"));

        clock.advanceSeconds(5);
        assertEquals(JsonValue.TRUE, s.call("purchase.order", "button_confirm", SandboxFixture.args(new int[] {po})));
        JsonObject confirmed = s.read("purchase.order", po, "state", "write_date").getJsonObject(0);
        assertEquals("purchase", confirmed.getString("state"));
        assertEquals("2026-11-26 15:45:16", confirmed.getString("write_date"));
        JsonObject line = s.read("purchase.order.line", first, "state", "write_date", "move_ids").getJsonObject(0);
        assertEquals("purchase", line.getString("state"));
        assertEquals("2026-11-26 15:45:16", line.getString("write_date"), "the line's stored state changed too");
        assertEquals(1, line.getJsonArray("move_ids").size(), "an incoming move per line");
    }

    @Test
    void originsAreFoundWithLikeOperators() {
        int exact = createMo("TAKT:k1", "2026-12-01 08:00:00");
        int withNote = createMo("TAKT:k1 Plan 12, line 3", "2026-12-01 08:00:00");
        int merged = createMo("OP/00012, TAKT:k1", "2026-12-01 08:00:00");
        int longer = createMo("TAKT:k10", "2026-12-01 08:00:00");
        int underscore = createMo("TAKT:a_b", "2026-12-01 08:00:00");

        assertEquals(Set.of(exact), ids("[[\"origin\",\"=like\",\"TAKT:k1\"]]"), "=like without wildcard is exact");
        assertEquals(Set.of(exact, withNote, longer), ids("[[\"origin\",\"=like\",\"TAKT:k1%\"]]"));
        assertEquals(Set.of(withNote), ids("[[\"origin\",\"=like\",\"TAKT:k1 %\"]]"));
        assertEquals(Set.of(exact, withNote, merged, longer), ids("[[\"origin\",\"ilike\",\"takt:K1\"]]"),
                "ilike is a case-insensitive substring");
        assertEquals(Set.of(underscore), ids("[[\"origin\",\"=like\",\"TAKT:a\\\\_b\"]]"), "an escaped _");
        assertEquals(Set.of(), ids("[[\"origin\",\"=like\",\"TAKT:aXb\\\\_\"]]"));
    }

    private Set<Integer> ids(String domain) {
        return s.searchRead("mrp.production", domain, "id", 0, "id").stream()
                .map(v -> v.asJsonObject().getInt("id")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void ordersByWriteDateThenId() {
        int a = createMo("TAKT:order-a", "2026-12-01 08:00:00");
        clock.advanceSeconds(3);
        int b = createMo("TAKT:order-b", "2026-12-01 08:00:00");
        int c = createMo("TAKT:order-c", "2026-12-01 08:00:00");
        clock.advanceSeconds(3);
        s.call("mrp.production", "write", SandboxFixture.args(new int[] {a}, Json.createObjectBuilder()
                .add("priority", "1").build()));
        JsonArray rows = s.searchRead("mrp.production", "[[\"origin\",\"=like\",\"TAKT:order-%\"]]",
                "write_date asc, id asc", 0, "write_date");
        assertEquals(List.of(b, c, a), rows.stream().map(v -> v.asJsonObject().getInt("id")).toList());
        assertEquals(List.of("2026-11-26 15:45:09", "2026-11-26 15:45:09", "2026-11-26 15:45:12"),
                rows.stream().map(v -> v.asJsonObject().getString("write_date")).toList());
        JsonArray after = s.searchRead("mrp.production", "[[\"origin\",\"=like\",\"TAKT:order-%\"],"
                + "[\"write_date\",\">\",\"2026-11-26 15:45:09\"]]", "write_date asc, id asc", 0, "id");
        assertEquals(1, after.size(), "datetimes compare to the second");
    }

    @Test
    void applyThenDropCarriesOutTheCallAndCutsTheReply() {
        s.rpc.faults(SandboxFaults.fromJson(SandboxFixture.parse(
                "{\"applyThenDropRatio\":1.0,\"models\":[\"mrp.production\"],\"methods\":[\"create\"]}")
                .asJsonObject()));
        int product = productWithOperations();
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"object\","
                + "\"method\":\"execute_kw\",\"args\":[\"mfg\",2,\"admin\",\"mrp.production\",\"create\","
                + "[{\"product_id\":" + product + ",\"origin\":\"TAKT:dropped\"}],{}]},\"id\":9}";
        SandboxReply reply = s.rpc.handle(body);
        assertTrue(reply.dropConnection());
        assertTrue(reply.body().contains("\"result\""), "the reply that was lost: " + reply.body());
        assertEquals("APPLY_THEN_DROP", s.rpc.calls().calls().get(s.rpc.calls().calls().size() - 1).fault());
        assertEquals(1, count("mrp.production", "[[\"origin\",\"=\",\"TAKT:dropped\"]]"), "applied");
        JsonObject readBack = s.send("mrp.production", "search_count", SandboxFixture.args(
                SandboxFixture.parse("[[\"origin\",\"=\",\"TAKT:dropped\"]]")), JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(1, readBack.getInt("result"), "other methods are not faulted");
        assertFalse(SandboxFaults.NONE.toJson().getJsonNumber("applyThenDropRatio").doubleValue() > 0);
        assertEquals(Map.of("applyThenDropRatio", 1.0), Map.of("applyThenDropRatio",
                s.rpc.faults().toJson().getJsonNumber("applyThenDropRatio").doubleValue()));
    }
}
