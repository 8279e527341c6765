package dev.takt.odoo;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.Priority;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleaseOutcome;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ReorderRuleOutcome;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleTarget;
import dev.takt.testing.TestClock;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command port against the real sandbox engine over HTTP (no container: Fault Tolerance annotations are inert,
 * so every call is made once and the tests count exactly what reached Odoo).
 */
class JsonRpcOdooCommandsTest {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");

    private final TestClock clock = new TestClock("2026-11-26T15:45:06Z");
    private final SandboxServer odoo = new SandboxServer(300, 7, clock);
    private final OdooConnectorConfig config = new OdooConnectorConfig(odoo.settings());
    private final OdooCommands commands = new JsonRpcOdooCommands(
            new OdooRpc(new OdooSession(config, new OdooClient(config, List.of()))), config);

    @AfterEach
    void stop() {
        odoo.close();
    }

    /** A product made with a normal BoM that has operations and no lead time (its end follows its work orders). */
    private record Made(long product, long bom) {
    }

    private Made made() {
        for (JsonValue v : odoo.searchRead("mrp.bom", "[[\"type\",\"=\",\"normal\"],[\"produce_delay\",\"=\",0]]",
                "product_tmpl_id", "operation_ids")) {
            JsonObject bom = v.asJsonObject();
            if (!bom.getJsonArray("operation_ids").isEmpty()) {
                long product = odoo.searchRead("product.product", "[[\"product_tmpl_id\",\"=\","
                        + bom.getJsonArray("product_tmpl_id").getInt(0) + "]]", "id").getJsonObject(0).getInt("id");
                return new Made(product, bom.getInt("id"));
            }
        }
        throw new AssertionError("no BoM with operations");
    }

    private ReleaseManufacturingOrder moRelease(String key, boolean confirm) {
        Made made = made();
        return new ReleaseManufacturingOrder(IdempotencyKey.of(key), made.product(), made.bom(), 3, null, START,
                START.plus(Duration.ofDays(7)), null, 1L, confirm, "Plan v12, line 37");
    }

    private long ordersWithKey(String model, String key) {
        return odoo.count(model, "[[\"origin\",\"ilike\",\"TAKT:" + key + "\"]]");
    }

    private long calls(String model, String method) {
        return odoo.calls().count(model, method);
    }

    // ---- releases ---------------------------------------------------------------------------------------------

    @Test
    void releasingAManufacturingOrderTwiceWithTheSameKeyMakesOneOrder() {
        ReleaseManufacturingOrder release = moRelease("plan-v12-line-37", true);

        ReleasedOrder first = commands.releaseManufacturingOrder(release);
        ReleasedOrder second = commands.releaseManufacturingOrder(release);

        assertEquals(ReleaseOutcome.CREATED, first.outcome());
        assertTrue(first.confirmed());
        assertTrue(first.reference().matches("WH/MO/\\d{5}"), first.reference());
        assertEquals(new ReleasedOrder(first.id(), first.reference(), ReleaseOutcome.ALREADY_EXISTED, true), second);
        assertEquals(1, ordersWithKey("mrp.production", "plan-v12-line-37"));
        assertEquals(1, calls("mrp.production", "create"));
        assertEquals(1, calls("mrp.production", "action_confirm"), "confirmed once");
        JsonObject mo = odoo.read("mrp.production", first.id(), "origin", "state", "product_id", "bom_id",
                "product_qty", "date_start", "date_deadline", "picking_type_id");
        assertEquals("TAKT:plan-v12-line-37 Plan v12, line 37", mo.getString("origin"));
        assertEquals("confirmed", mo.getString("state"));
        assertEquals(release.itemId(), mo.getJsonArray("product_id").getJsonNumber(0).longValue());
        assertEquals(release.bomId(), mo.getJsonArray("bom_id").getJsonNumber(0).longValue());
        assertEquals(3.0, mo.getJsonNumber("product_qty").doubleValue());
        assertEquals("2026-12-03 08:00:00", mo.getString("date_start"));
        assertEquals("2026-12-10 08:00:00", mo.getString("date_deadline"));
        long manufacturingType = odoo.read("stock.warehouse", 1, "manu_type_id").getJsonArray("manu_type_id")
                .getJsonNumber(0).longValue();
        assertEquals(manufacturingType, mo.getJsonArray("picking_type_id").getJsonNumber(0).longValue());
    }

    @Test
    void aKeyIsOneTokenOfTheOriginNotAPrefix() {
        ReleasedOrder k1 = commands.releaseManufacturingOrder(moRelease("k1", false));
        ReleasedOrder k10 = commands.releaseManufacturingOrder(moRelease("k10", false));
        odoo.write("mrp.production", k1.id(), "{\"origin\":\"OP/00012, TAKT:k1 merged by a reorder rule\"}");

        assertEquals(ReleaseOutcome.CREATED, k10.outcome(), "TAKT:k1 does not stand for TAKT:k10");
        ReleasedOrder again = commands.releaseManufacturingOrder(moRelease("k1", false));
        assertEquals(ReleaseOutcome.ALREADY_EXISTED, again.outcome());
        assertEquals(k1.id(), again.id(), "found after Odoo put text before it");
        assertEquals(2, calls("mrp.production", "create"));
    }

    @Test
    void aReplyLostAfterOdooCreatedTheOrderDoesNotCreateItTwice() {
        odoo.faults("{\"applyThenDropRatio\":1.0,\"models\":[\"mrp.production\"],\"methods\":[\"create\"]}");

        ReleasedOrder first = commands.releaseManufacturingOrder(moRelease("lost-reply", true));
        ReleasedOrder second = commands.releaseManufacturingOrder(moRelease("lost-reply", true));

        assertEquals(ReleaseOutcome.CREATED, first.outcome(), "found by its key right after the reply was lost");
        assertTrue(first.confirmed());
        assertEquals(ReleaseOutcome.ALREADY_EXISTED, second.outcome());
        assertEquals(first.id(), second.id());
        assertEquals(1, ordersWithKey("mrp.production", "lost-reply"));
        assertEquals(1, calls("mrp.production", "create"));
        assertEquals("APPLY_THEN_DROP", odoo.calls().calls().stream()
                .filter(c -> c.method().equals("create")).findFirst().orElseThrow().fault());
    }

    @Test
    void whenTheLostReplyCannotBeSettledTheOutcomeIsUnknownAndTheNextAttemptFindsTheOrder() {
        odoo.faults("{\"applyThenDropRatio\":1.0,\"models\":[\"mrp.production\"],\"methods\":[\"create\"]}");
        boolean[] created = {false};
        odoo.cutBefore(request -> {
            if (SandboxServer.isCall(request, "mrp.production", "create")) {
                created[0] = true;
                return false;
            }
            return created[0] && SandboxServer.isCall(request, "mrp.production", "search_read");
        });

        OdooOutcomeUnknownException unknown = assertThrows(OdooOutcomeUnknownException.class,
                () -> commands.releaseManufacturingOrder(moRelease("unsettled", true)));
        assertTrue(unknown.getMessage().contains("may or may not have created the manufacturing order for "
                + "TAKT:unsettled"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("safe"), unknown.getMessage());
        assertEquals(1, ordersWithKey("mrp.production", "unsettled"), "Odoo did create it");

        odoo.cutBefore(request -> false);
        odoo.clearFaults();
        ReleasedOrder retry = commands.releaseManufacturingOrder(moRelease("unsettled", true));
        assertEquals(ReleaseOutcome.ALREADY_EXISTED, retry.outcome());
        assertTrue(retry.confirmed(), "confirmed by the retry, since the first attempt never got that far");
        assertEquals(1, ordersWithKey("mrp.production", "unsettled"));
        assertEquals(1, calls("mrp.production", "create"));
    }

    @Test
    void aLostConfirmationIsSettledByReadingTheState() {
        odoo.faults("{\"applyThenDropRatio\":1.0,\"models\":[\"mrp.production\"],\"methods\":[\"action_confirm\"]}");

        ReleasedOrder released = commands.releaseManufacturingOrder(moRelease("lost-confirm", true));

        assertTrue(released.confirmed());
        assertEquals("confirmed", odoo.read("mrp.production", released.id(), "state").getString("state"));
        assertEquals(1, calls("mrp.production", "action_confirm"));
    }

    /** A vendor and two items it sells. */
    private record Vendor(long id, long first, long second) {
    }

    private Vendor vendor() {
        JsonArray infos = odoo.searchRead("product.supplierinfo", "[]", "partner_id", "product_tmpl_id");
        for (JsonValue v : infos) {
            long partner = v.asJsonObject().getJsonArray("partner_id").getJsonNumber(0).longValue();
            List<Long> items = infos.stream().map(JsonValue::asJsonObject)
                    .filter(i -> i.getJsonArray("partner_id").getJsonNumber(0).longValue() == partner)
                    .map(i -> odoo.searchRead("product.product", "[[\"product_tmpl_id\",\"=\","
                            + i.getJsonArray("product_tmpl_id").getInt(0) + "]]", "id").getJsonObject(0)
                            .getJsonNumber("id").longValue())
                    .distinct().toList();
            if (items.size() >= 2) {
                return new Vendor(partner, items.get(0), items.get(1));
            }
        }
        throw new AssertionError("no vendor with two items");
    }

    private ReleasePurchaseOrder poRelease(String key, Vendor vendor, boolean confirm) {
        return new ReleasePurchaseOrder(IdempotencyKey.of(key), vendor.id(), List.of(
                new ReleasePurchaseOrder.Line(vendor.first(), 40, START, null),
                new ReleasePurchaseOrder.Line(vendor.second(), 12.5, START.minus(Duration.ofDays(2)), 3.25)),
                2L, confirm, "Plan v12");
    }

    @Test
    void aPurchaseOrderWithTwoLinesToOneVendor() {
        Vendor vendor = vendor();

        ReleasedOrder draft = commands.releasePurchaseOrder(poRelease("po-v12-7", vendor, false));
        assertEquals(ReleaseOutcome.CREATED, draft.outcome());
        assertFalse(draft.confirmed());
        JsonObject po = odoo.read("purchase.order", draft.id(), "partner_id", "origin", "state", "order_line",
                "date_planned", "picking_type_id");
        assertEquals(vendor.id(), po.getJsonArray("partner_id").getJsonNumber(0).longValue());
        assertEquals("TAKT:po-v12-7 Plan v12", po.getString("origin"));
        assertEquals("draft", po.getString("state"));
        assertEquals("2026-12-01 08:00:00", po.getString("date_planned"), "the earliest line");
        long receipts = odoo.read("stock.warehouse", 2, "in_type_id").getJsonArray("in_type_id").getJsonNumber(0)
                .longValue();
        assertEquals(receipts, po.getJsonArray("picking_type_id").getJsonNumber(0).longValue());
        JsonArray lines = odoo.searchRead("purchase.order.line", "[[\"order_id\",\"=\"," + draft.id() + "]]",
                "product_id", "product_qty", "date_planned", "price_unit");
        assertEquals(2, lines.size());
        assertEquals(vendor.first(), lines.getJsonObject(0).getJsonArray("product_id").getJsonNumber(0).longValue());
        assertEquals(40.0, lines.getJsonObject(0).getJsonNumber("product_qty").doubleValue());
        assertEquals("2026-12-03 08:00:00", lines.getJsonObject(0).getString("date_planned"));
        assertEquals(vendor.second(), lines.getJsonObject(1).getJsonArray("product_id").getJsonNumber(0).longValue());
        assertEquals(3.25, lines.getJsonObject(1).getJsonNumber("price_unit").doubleValue());

        ReleasedOrder confirmed = commands.releasePurchaseOrder(poRelease("po-v12-7", vendor, true));
        assertEquals(new ReleasedOrder(draft.id(), draft.reference(), ReleaseOutcome.ALREADY_EXISTED, true),
                confirmed, "the same order, confirmed by the repeated command");
        ReleasedOrder again = commands.releasePurchaseOrder(poRelease("po-v12-7", vendor, true));
        assertEquals(ReleaseOutcome.ALREADY_EXISTED, again.outcome());
        assertEquals("purchase", odoo.read("purchase.order", draft.id(), "state").getString("state"));
        assertEquals(1, calls("purchase.order", "create"));
        assertEquals(1, calls("purchase.order", "button_confirm"));
        assertEquals(1, ordersWithKey("purchase.order", "po-v12-7"));
    }

    @Test
    void aRejectedCreateLeavesNothingThatTheKeyWouldFind() {
        Vendor vendor = vendor();
        ReleasePurchaseOrder broken = new ReleasePurchaseOrder(IdempotencyKey.of("po-broken"), vendor.id(), List.of(
                new ReleasePurchaseOrder.Line(vendor.first(), 5, START, null),
                new ReleasePurchaseOrder.Line(999_999, 5, START, null)), null, true, null);

        OdooRejectedException e = assertThrows(OdooRejectedException.class,
                () -> commands.releasePurchaseOrder(broken));

        assertEquals("odoo.exceptions.ValidationError", e.odooErrorName());
        assertEquals(0, ordersWithKey("purchase.order", "po-broken"), "Odoo's create is all or nothing");
        ReleasedOrder fixed = commands.releasePurchaseOrder(new ReleasePurchaseOrder(IdempotencyKey.of("po-broken"),
                vendor.id(), List.of(broken.lines().get(0)), null, true, null));
        assertEquals(ReleaseOutcome.CREATED, fixed.outcome());
    }

    @Test
    void anUnknownWarehouseIsRejectedBeforeAnythingIsCreated() {
        Made made = made();
        OdooRejectedException e = assertThrows(OdooRejectedException.class, () -> commands.releaseManufacturingOrder(
                new ReleaseManufacturingOrder(IdempotencyKey.of("no-wh"), made.product(), null, 1, null, START, null,
                        null, 99L, false, null)));
        assertTrue(e.getMessage().startsWith("Warehouse 99 does not exist"), e.getMessage());
        assertEquals(0, calls("mrp.production", "create"));
    }

    // ---- schedules --------------------------------------------------------------------------------------------

    private record Mo(long id, Instant updatedAt, Instant start, Instant finish) {
    }

    private Mo mo(long id) {
        JsonObject row = odoo.read("mrp.production", id, "write_date", "date_start", "date_finished");
        return new Mo(id, instant(row.getString("write_date")), instant(row.getString("date_start")),
                instant(row.getString("date_finished")));
    }

    private static Instant instant(String odoo) {
        return Instant.parse(odoo.replace(' ', 'T') + "Z");
    }

    @Test
    void scheduleAppliedUnchangedAndConflict() {
        Mo before = mo(commands.releaseManufacturingOrder(moRelease("schedule-1", true)).id());
        Instant later = START.plus(Duration.ofDays(2));
        clock.advanceSeconds(5);

        ScheduleOutcome applied = commands.applySchedule(new ScheduleChange(
                ScheduleTarget.manufacturingOrder(before.id()), before.updatedAt(), later, null, null, null));

        assertEquals(ScheduleOutcome.Status.APPLIED, applied.status());
        assertEquals(Set.of(ScheduleField.START), applied.differences());
        assertEquals(clock.instant(), applied.updatedAt(), "write_date read back after the write");
        assertEquals(later, applied.current().start());
        assertEquals(before.finish().plus(Duration.ofDays(2)), applied.current().finish(),
                "Odoo moved the end with the start");
        assertEquals(Priority.NORMAL, applied.current().priority());
        assertEquals(1, calls("mrp.production", "write"));

        ScheduleOutcome unchanged = commands.applySchedule(new ScheduleChange(
                ScheduleTarget.manufacturingOrder(before.id()), applied.updatedAt(), later, null, null, null));
        assertEquals(ScheduleOutcome.Status.UNCHANGED, unchanged.status());
        ScheduleOutcome repeated = commands.applySchedule(new ScheduleChange(
                ScheduleTarget.manufacturingOrder(before.id()), before.updatedAt(), later, null, null, null));
        assertEquals(ScheduleOutcome.Status.UNCHANGED, repeated.status(),
                "a repeated change (say, after a lost reply) is not a conflict with itself");
        assertEquals(1, calls("mrp.production", "write"), "nothing written for unchanged values");

        clock.advanceSeconds(5);
        odoo.write("mrp.production", before.id(), "{\"priority\":\"1\"}"); // someone else
        ScheduleOutcome conflict = commands.applySchedule(new ScheduleChange(
                ScheduleTarget.manufacturingOrder(before.id()), applied.updatedAt(), START, null, null,
                Priority.NORMAL));
        assertEquals(ScheduleOutcome.Status.CONFLICT, conflict.status());
        assertEquals(clock.instant(), conflict.updatedAt(), "the other writer's write_date");
        assertEquals(Priority.URGENT, conflict.current().priority(), "the values now, to re-plan from");
        assertEquals(later, conflict.current().start());
        assertEquals(Set.of(ScheduleField.START, ScheduleField.PRIORITY), conflict.differences());
        assertEquals(2, calls("mrp.production", "write"), "only the other writer's");
        assertEquals(later, mo(before.id()).start());
    }

    @Test
    void aDryRunWritesNothing() {
        Mo before = mo(commands.releaseManufacturingOrder(moRelease("dry-run", true)).id());
        Instant later = START.plus(Duration.ofDays(1));
        long writesBefore = odoo.calls().calls().stream().filter(c -> c.method().equals("write")).count();

        ScheduleOutcome preview = commands.previewSchedule(new ScheduleChange(
                ScheduleTarget.manufacturingOrder(before.id()), before.updatedAt(), later, null, null,
                Priority.URGENT));

        assertEquals(ScheduleOutcome.Status.WOULD_APPLY, preview.status());
        assertEquals(Set.of(ScheduleField.START, ScheduleField.PRIORITY), preview.differences());
        assertEquals(before.start(), preview.current().start(), "the values now");
        assertEquals(before.updatedAt(), preview.updatedAt());
        assertEquals(writesBefore, odoo.calls().calls().stream().filter(c -> c.method().equals("write")).count(),
                "no write of any model in the call log");
        assertEquals(before, mo(before.id()));
    }

    @Test
    void aWorkOrderMovesToAnotherWorkCenter() {
        ReleasedOrder released = commands.releaseManufacturingOrder(moRelease("wo-move", true));
        JsonObject wo = odoo.searchRead("mrp.workorder", "[[\"production_id\",\"=\"," + released.id() + "]]",
                "workcenter_id", "write_date", "duration_expected").getJsonObject(0);
        long current = wo.getJsonArray("workcenter_id").getJsonNumber(0).longValue();
        long other = odoo.searchRead("mrp.workcenter", "[[\"id\",\"!=\"," + current + "]]", "id").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Instant start = Instant.parse("2026-12-03T09:00:00Z");
        clock.advanceSeconds(1);

        ScheduleOutcome moved = commands.applySchedule(new ScheduleChange(ScheduleTarget.workOrder(wo.getInt("id")),
                instant(wo.getString("write_date")), start, null, other, null));

        assertEquals(ScheduleOutcome.Status.APPLIED, moved.status());
        assertEquals(Set.of(ScheduleField.START, ScheduleField.WORK_CENTER), moved.differences());
        assertEquals(other, moved.current().workCenterId());
        assertEquals(start, moved.current().start());
        assertTrue(moved.current().finish().isAfter(start), "Odoo computed the end on the calendar");
        assertNull(moved.current().priority(), "work orders have none");
        JsonObject written = odoo.read("mrp.workorder", wo.getInt("id"), "workcenter_id", "date_start");
        assertEquals(other, written.getJsonArray("workcenter_id").getJsonNumber(0).longValue());
    }

    @Test
    void aMissingRecordAndALostWriteReply() {
        ScheduleOutcome missing = commands.applySchedule(new ScheduleChange(ScheduleTarget.manufacturingOrder(999_999),
                clock.instant(), START, null, null, null));
        assertEquals(ScheduleOutcome.Status.MISSING, missing.status());
        assertNull(missing.current());

        Mo before = mo(commands.releaseManufacturingOrder(moRelease("lost-write", false)).id());
        odoo.faults("{\"applyThenDropRatio\":1.0,\"models\":[\"mrp.production\"],\"methods\":[\"write\"]}");
        clock.advanceSeconds(2);
        ScheduleOutcome applied = commands.applySchedule(new ScheduleChange(
                ScheduleTarget.manufacturingOrder(before.id()), before.updatedAt(), START.plusSeconds(3600), null,
                null, null));
        assertEquals(ScheduleOutcome.Status.APPLIED, applied.status(), "settled by reading the values back");
        assertEquals(START.plusSeconds(3600), applied.current().start());
        assertEquals(1, calls("mrp.production", "write"));
    }

    // ---- reorder rules ----------------------------------------------------------------------------------------

    @Test
    void reorderRuleUpdates() {
        long rule = odoo.searchRead("stock.warehouse.orderpoint", "[]", "id").getJsonObject(0).getInt("id");
        clock.advanceSeconds(3);

        ReorderRuleOutcome applied = commands.updateReorderRule(new ReorderRuleUpdate(rule, 7, 42));
        ReorderRuleOutcome unchanged = commands.updateReorderRule(new ReorderRuleUpdate(rule, 7, 42));
        ReorderRuleOutcome missing = commands.updateReorderRule(new ReorderRuleUpdate(999_999, 7, 42));

        assertEquals(new ReorderRuleOutcome(rule, ReorderRuleOutcome.Status.APPLIED, clock.instant()), applied);
        assertEquals(new ReorderRuleOutcome(rule, ReorderRuleOutcome.Status.UNCHANGED, clock.instant()), unchanged);
        assertEquals(ReorderRuleOutcome.Status.MISSING, missing.status());
        JsonObject row = odoo.read("stock.warehouse.orderpoint", rule, "product_min_qty", "product_max_qty");
        assertEquals(7.0, row.getJsonNumber("product_min_qty").doubleValue());
        assertEquals(42.0, row.getJsonNumber("product_max_qty").doubleValue());
        assertEquals(1, calls("stock.warehouse.orderpoint", "write"));
    }
}
