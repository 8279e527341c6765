package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MO flow: create → action_confirm → write date_start → button_plan → button_unplan, and calendar maths. */
class SandboxManufacturingTest {

    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static long epoch(String s) {
        return LocalDateTime.parse(s, F).toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void manufacturingOrderFlow() {
        SandboxFixture s = new SandboxFixture();
        JsonObject bom = s.searchRead("mrp.bom", "[[\"type\",\"=\",\"normal\"],[\"produce_delay\",\"=\",0]]", "id", 0,
                "product_tmpl_id", "bom_line_ids", "operation_ids").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonArray("operation_ids").size() >= 2).findFirst().orElseThrow();
        int product = s.searchRead("product.product", "[[\"product_tmpl_id\",\"=\","
                + bom.getJsonArray("product_tmpl_id").getInt(0) + "]]", null, 1, "id").getJsonObject(0).getInt("id");

        int mo = ((JsonNumber) s.call("mrp.production", "create", SandboxFixture.args(Json.createObjectBuilder()
                .add("product_id", product).add("product_qty", 2).add("date_start", "2026-12-01 08:00:00").build())))
                .intValue();
        JsonObject created = s.read("mrp.production", mo, "name", "state", "bom_id", "date_start", "date_finished",
                "move_raw_ids", "move_finished_ids", "workorder_ids", "reservation_state", "components_availability")
                .getJsonObject(0);
        assertTrue(created.getString("name").matches("WH/MO/\\d{5}"), created.getString("name"));
        assertEquals("draft", created.getString("state"));
        assertEquals(bom.getInt("id"), created.getJsonArray("bom_id").getInt(0));
        assertEquals(bom.getJsonArray("bom_line_ids").size(), created.getJsonArray("move_raw_ids").size());
        assertEquals(1, created.getJsonArray("move_finished_ids").size());
        assertEquals(JsonValue.FALSE, created.get("components_availability"));
        JsonArray wos = s.searchRead("mrp.workorder", "[[\"production_id\",\"=\"," + mo + "]]", "id", 0,
                "duration_expected", "state");
        assertEquals(bom.getJsonArray("operation_ids").size(), wos.size());
        double minutes = wos.stream().mapToDouble(w -> w.asJsonObject().getJsonNumber("duration_expected")
                .doubleValue()).sum();
        assertEquals(epoch("2026-12-01 08:00:00") + Math.round(minutes * 60), epoch(created.getString("date_finished")));

        assertEquals(JsonValue.TRUE, s.call("mrp.production", "action_confirm", SandboxFixture.args(new int[] {mo})));
        JsonObject confirmed = s.read("mrp.production", mo, "state", "reservation_state", "components_availability")
                .getJsonObject(0);
        assertEquals("confirmed", confirmed.getString("state"));
        assertTrue(Set.of("assigned", "confirmed").contains(confirmed.getString("reservation_state")));
        assertTrue(confirmed.getString("components_availability").matches("Available|Not Available"));

        s.call("mrp.production", "write", SandboxFixture.args(new int[] {mo}, Json.createObjectBuilder()
                .add("date_start", "2026-12-03 08:00:00").build()));
        JsonObject moved = s.read("mrp.production", mo, "date_start", "date_finished").getJsonObject(0);
        assertEquals(epoch(created.getString("date_finished")) + 2 * 86_400,
                epoch(moved.getString("date_finished")), "end moves with the start");
        s.searchRead("stock.move", "[[\"raw_material_production_id\",\"=\"," + mo + "]]", null, 0, "date")
                .forEach(m -> assertEquals("2026-12-03 08:00:00", m.asJsonObject().getString("date")));

        assertEquals(JsonValue.TRUE, s.call("mrp.production", "button_plan", SandboxFixture.args(new int[] {mo})));
        JsonArray planned = s.searchRead("mrp.workorder", "[[\"production_id\",\"=\"," + mo + "]]", "id", 0, "name",
                "date_start", "date_finished", "leave_id");
        String previousEnd = "2026-12-03 08:00:00";
        for (JsonValue v : planned) {
            JsonObject wo = v.asJsonObject();
            assertTrue(wo.getString("date_start").compareTo(previousEnd) >= 0, "sequential: " + planned);
            assertTrue(wo.getString("date_finished").compareTo(wo.getString("date_start")) > 0);
            assertEquals(created.getString("name") + " - " + wo.getString("name"), wo.getJsonArray("leave_id")
                    .getString(1));
            previousEnd = wo.getString("date_finished");
            JsonObject leave = s.read("resource.calendar.leaves", wo.getJsonArray("leave_id").getInt(0), "time_type",
                    "date_from", "date_to", "resource_id").getJsonObject(0);
            assertEquals("other", leave.getString("time_type"));
            assertEquals(wo.getString("date_start"), leave.getString("date_from"));
        }
        assertEquals(previousEnd, s.read("mrp.production", mo, "date_finished").getJsonObject(0)
                .getString("date_finished"));

        JsonObject reply = s.send("mrp.production", "button_unplan", SandboxFixture.args(new int[] {mo}),
                JsonValue.EMPTY_JSON_OBJECT);
        assertFalse(reply.containsKey("result"), reply.toString());
        assertFalse(reply.containsKey("error"), reply.toString());
        for (JsonValue v : s.searchRead("mrp.workorder", "[[\"production_id\",\"=\"," + mo + "]]", "id", 0,
                "date_start", "leave_id")) {
            assertEquals(JsonValue.FALSE, v.asJsonObject().get("date_start"));
            assertEquals(JsonValue.FALSE, v.asJsonObject().get("leave_id"));
        }
        int leaveId = planned.getJsonObject(0).getJsonArray("leave_id").getInt(0);
        assertEquals(0, s.read("resource.calendar.leaves", leaveId, "name").size(), "booking removed");
    }

    @Test
    void creatingAnOrderWithoutProductIsTheRecordedValidationError() {
        SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 2);
        JsonObject data = s.send("mrp.production", "create", SandboxFixture.args(JsonValue.EMPTY_JSON_OBJECT),
                JsonValue.EMPTY_JSON_OBJECT).getJsonObject("error").getJsonObject("data");
        assertEquals("odoo.exceptions.ValidationError", data.getString("name"));
        assertTrue(data.getString("message").endsWith("Model: Production Order (mrp.production)\n"
                + "Field: Product (product_id)\n"), data.getString("message"));
    }

    @Test
    void workOrderDatesFollowTheWorkCenterCalendar() {
        SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 2);
        s.rpc.read(db -> {
            // Standard 40 hours/week, Europe/Brussels: 08-12 and 13-17 local = 07-11 and 12-16 UTC in winter
            SandboxCalendar cal = SandboxCalendar.of(db, 1, null, null);
            long start = epoch("2026-12-03 09:00:00");
            assertEquals(epoch("2026-12-03 13:00:00"), cal.addMinutes(start, 180), "lunch break skipped");
            assertEquals(epoch("2026-12-07 08:00:00"), cal.addMinutes(epoch("2026-12-04 15:00:00"), 120),
                    "Friday evening to Monday morning");
            assertEquals(epoch("2026-12-28 07:00:00"), cal.addMinutes(epoch("2026-12-24 16:00:00"), 0),
                    "Christmas (a public holiday) and the weekend skipped");
            assertEquals(180.0, cal.workingMinutes(start, epoch("2026-12-03 13:00:00")), 1e-9);
            return null;
        });
        int wo = s.searchRead("mrp.workorder", "[[\"state\",\"in\",[\"ready\",\"waiting\"]],"
                + "[\"workcenter_id.resource_calendar_id\",\"=\",1]]", "id", 1, "id").getJsonObject(0).getInt("id");
        s.call("mrp.workorder", "write", SandboxFixture.args(new int[] {wo}, Json.createObjectBuilder()
                .add("date_start", "2026-12-03 09:00:00").add("date_finished", "2026-12-03 12:00:00")
                .add("duration_expected", 180).build()));
        s.call("mrp.workorder", "write", SandboxFixture.args(new int[] {wo}, Json.createObjectBuilder()
                .add("date_start", "2026-12-03 09:00:00").add("date_finished", "2026-12-03 12:00:00").build()));
        JsonObject after = s.read("mrp.workorder", wo, "date_start", "date_finished", "leave_id").getJsonObject(0);
        assertEquals("2026-12-03 13:00:00", after.getString("date_finished"));
        assertTrue(after.get("leave_id") instanceof JsonArray, "booking created");
    }
}
