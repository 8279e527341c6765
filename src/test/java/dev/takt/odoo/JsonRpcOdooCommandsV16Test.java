package dev.takt.odoo;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleaseOutcome;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleTarget;
import dev.takt.odoo.FakeOdoo.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On an Odoo 16 server the commands use its field names: {@code date_planned_start} for scheduled starts. */
class JsonRpcOdooCommandsV16Test {

    private static final String VERSION_16 = "{\"server_version\":\"16.0-20231215\",\"server_version_info\":"
            + "[16,0,0,\"final\",0,\"\"],\"server_serie\":\"16.0\",\"protocol_version\":1}";

    private final FakeOdoo odoo = new FakeOdoo();
    private String moState = "draft";

    @AfterEach
    void stop() {
        odoo.close();
    }

    private OdooCommands commands() {
        odoo.route(this::answer);
        OdooConnectorConfig config = new OdooConnectorConfig(odoo.settings());
        return new JsonRpcOdooCommands(new OdooRpc(new OdooSession(config, new OdooClient(config, List.of()))),
                config);
    }

    /** A scripted Odoo 16 with no order for the key yet, one manufacturing order 41 and one work order 7. */
    private Reply answer(JsonObject request) {
        JsonObject params = request.getJsonObject("params");
        JsonArray args = params.getJsonArray("args");
        JsonValue result = switch (params.getString("method")) {
            case "version" -> OdooJson.parse(VERSION_16);
            case "authenticate" -> OdooJson.toJson(2);
            case "execute_kw" -> switch (args.getString(3) + "/" + args.getString(4)) {
                case "mrp.production/search_read" -> JsonValue.EMPTY_JSON_ARRAY;
                case "mrp.production/create" -> OdooJson.toJson(41);
                case "mrp.production/action_confirm" -> {
                    moState = "confirmed";
                    yield JsonValue.TRUE;
                }
                case "mrp.production/read" -> OdooJson.array(OdooJson.JSON.createObjectBuilder().add("id", 41)
                        .add("name", "WH/MO/00041").add("state", moState).build());
                case "mrp.workorder/read" -> OdooJson.array(OdooJson.JSON.createObjectBuilder().add("id", 7)
                        .add("write_date", "2026-11-26 15:45:06")
                        .add("date_planned_start", "2026-12-03 08:00:00")
                        .add("date_planned_finished", "2026-12-03 11:00:00")
                        .add("workcenter_id", OdooJson.array(1, "Assembly Line 1")).build());
                case "mrp.workorder/write" -> JsonValue.TRUE;
                default -> throw new IllegalArgumentException(args.getString(3) + "/" + args.getString(4));
            };
            default -> throw new IllegalArgumentException(params.getString("method"));
        };
        return Reply.json(FakeOdoo.resultReply(request, result));
    }

    private List<FakeOdoo.Seen> calls(String model, String method) {
        return odoo.executeKws().stream().filter(s -> s.model().equals(model) && s.modelMethod().equals(method))
                .toList();
    }

    @Test
    void aManufacturingOrderIsCreatedWithDatePlannedStart() {
        ReleasedOrder released = commands().releaseManufacturingOrder(new ReleaseManufacturingOrder(
                IdempotencyKey.of("v16-release"), 38, 3L, 3, null, Instant.parse("2026-12-03T08:00:00Z"), null, 5L,
                null, true, null));

        assertEquals(new ReleasedOrder(41, "WH/MO/00041", ReleaseOutcome.CREATED, true), released);
        JsonObject vals = calls("mrp.production", "create").get(0).positional().getJsonObject(0);
        assertEquals("2026-12-03 08:00:00", vals.getString("date_planned_start"));
        assertFalse(vals.containsKey("date_start"), "an actual date in 16, never written by Takt");
        assertEquals("TAKT:v16-release", vals.getString("origin"));
        assertEquals(5, vals.getInt("picking_type_id"));
        assertEquals(OdooJson.parse("[[[\"origin\",\"ilike\",\"TAKT:v16-release\"]]]"),
                calls("mrp.production", "search_read").get(0).positional());
        assertEquals(OdooJson.parse("[[41]]"), calls("mrp.production", "action_confirm").get(0).positional());
    }

    @Test
    void aWorkOrderIsRescheduledWithDatePlannedStart() {
        ScheduleOutcome outcome = commands().applySchedule(new ScheduleChange(ScheduleTarget.workOrder(7),
                Instant.parse("2026-11-26T15:45:06Z"), Instant.parse("2026-12-04T09:00:00Z"), null, 2L, null));

        assertEquals(ScheduleOutcome.Status.APPLIED, outcome.status());
        JsonArray readFields = calls("mrp.workorder", "read").get(0).kwargs().getJsonArray("fields");
        assertEquals(OdooJson.parse("[\"write_date\",\"date_planned_start\",\"date_planned_finished\","
                + "\"workcenter_id\"]"), readFields);
        FakeOdoo.Seen write = calls("mrp.workorder", "write").get(0);
        assertEquals(OdooJson.parse("[[7],{\"date_planned_start\":\"2026-12-04 09:00:00\",\"workcenter_id\":2}]"),
                write.positional());
        assertTrue(odoo.executeKws().stream().noneMatch(s -> s.args().toString().contains("\"date_start\"")));
    }
}
