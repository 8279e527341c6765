package dev.takt.sync.outbox;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.Priority;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ReorderRuleOutcome;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleTarget;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Odoo commands as outbox payloads, and their results, in JSON (JSON-P): each command's fields by name,
 * instants in ISO-8601 UTC, absent optional fields left out. Decoding goes through the domain records'
 * constructors, so a payload that does not make a valid command is refused with their message.
 */
public final class OdooCommandCodec {

    /** Operation names of the four Odoo commands. */
    public static final String RELEASE_MO = "odoo.releaseManufacturingOrder";
    public static final String RELEASE_PO = "odoo.releasePurchaseOrder";
    public static final String APPLY_SCHEDULE = "odoo.applySchedule";
    public static final String UPDATE_REORDER_RULE = "odoo.updateReorderRule";

    private OdooCommandCodec() {
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    public static String encode(ReleaseManufacturingOrder c) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("idempotencyKey", c.idempotencyKey().value())
                .add("itemId", c.itemId()).add("quantity", c.quantity()).add("start", c.start().toString())
                .add("confirm", c.confirm());
        opt(b, "bomId", c.bomId());
        opt(b, "uomId", c.uomId());
        opt(b, "deadline", c.deadline());
        opt(b, "pickingTypeId", c.pickingTypeId());
        opt(b, "warehouseId", c.warehouseId());
        opt(b, "originNote", c.originNote());
        return b.build().toString();
    }

    public static ReleaseManufacturingOrder releaseManufacturingOrder(String json) {
        JsonObject o = parse(json);
        return new ReleaseManufacturingOrder(IdempotencyKey.of(o.getString("idempotencyKey")),
                o.getJsonNumber("itemId").longValueExact(), optLong(o, "bomId"), num(o, "quantity"),
                optLong(o, "uomId"), Instant.parse(o.getString("start")), optInstant(o, "deadline"),
                optLong(o, "pickingTypeId"), optLong(o, "warehouseId"), o.getBoolean("confirm", false),
                optText(o, "originNote"));
    }

    public static String encode(ReleasePurchaseOrder c) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (ReleasePurchaseOrder.Line l : c.lines()) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("itemId", l.itemId())
                    .add("quantity", l.quantity()).add("plannedDate", l.plannedDate().toString());
            if (l.unitPrice() != null) {
                line.add("unitPrice", l.unitPrice());
            }
            lines.add(line);
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("idempotencyKey", c.idempotencyKey().value())
                .add("vendorId", c.vendorId()).add("lines", lines).add("confirm", c.confirm());
        opt(b, "warehouseId", c.warehouseId());
        opt(b, "originNote", c.originNote());
        return b.build().toString();
    }

    public static ReleasePurchaseOrder releasePurchaseOrder(String json) {
        JsonObject o = parse(json);
        List<ReleasePurchaseOrder.Line> lines = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("lines")) {
            JsonObject l = v.asJsonObject();
            lines.add(new ReleasePurchaseOrder.Line(l.getJsonNumber("itemId").longValueExact(), num(l, "quantity"),
                    Instant.parse(l.getString("plannedDate")),
                    l.get("unitPrice") instanceof JsonNumber n ? n.doubleValue() : null));
        }
        return new ReleasePurchaseOrder(IdempotencyKey.of(o.getString("idempotencyKey")),
                o.getJsonNumber("vendorId").longValueExact(), lines, optLong(o, "warehouseId"),
                o.getBoolean("confirm", false), optText(o, "originNote"));
    }

    public static String encode(ScheduleChange c) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("targetKind", c.target().kind().name())
                .add("targetId", c.target().id()).add("expectedUpdatedAt", c.expectedUpdatedAt().toString());
        opt(b, "newStart", c.newStart());
        opt(b, "newFinish", c.newFinish());
        opt(b, "workCenterId", c.workCenterId());
        if (c.priority() != null) {
            b.add("priority", c.priority().name());
        }
        return b.build().toString();
    }

    public static ScheduleChange scheduleChange(String json) {
        JsonObject o = parse(json);
        String priority = optText(o, "priority");
        return new ScheduleChange(new ScheduleTarget(ScheduleTarget.Kind.valueOf(o.getString("targetKind")),
                o.getJsonNumber("targetId").longValueExact()), Instant.parse(o.getString("expectedUpdatedAt")),
                optInstant(o, "newStart"), optInstant(o, "newFinish"), optLong(o, "workCenterId"),
                priority == null ? null : Priority.valueOf(priority));
    }

    public static String encode(ReorderRuleUpdate u) {
        return Json.createObjectBuilder().add("ruleId", u.ruleId()).add("minimum", u.minimum())
                .add("maximum", u.maximum()).build().toString();
    }

    public static ReorderRuleUpdate reorderRuleUpdate(String json) {
        JsonObject o = parse(json);
        return new ReorderRuleUpdate(o.getJsonNumber("ruleId").longValueExact(), num(o, "minimum"),
                num(o, "maximum"));
    }

    // ---- results ----------------------------------------------------------------------------------------------

    public static String result(ReleasedOrder r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("outcome", r.outcome().name())
                .add("confirmed", r.confirmed());
        opt(b, "reference", r.reference());
        return b.build().toString();
    }

    public static String result(ScheduleOutcome r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("status", r.status().name())
                .add("targetKind", r.target().kind().name()).add("targetId", r.target().id());
        opt(b, "updatedAt", r.updatedAt());
        JsonArrayBuilder fields = Json.createArrayBuilder();
        r.differences().stream().sorted().map(ScheduleField::name).forEach(fields::add);
        b.add("differences", fields);
        if (r.current() != null) {
            JsonObjectBuilder cur = Json.createObjectBuilder();
            opt(cur, "start", r.current().start());
            opt(cur, "finish", r.current().finish());
            opt(cur, "workCenterId", r.current().workCenterId());
            if (r.current().priority() != null) {
                cur.add("priority", r.current().priority().name());
            }
            b.add("current", cur);
        }
        return b.build().toString();
    }

    public static String result(ReorderRuleOutcome r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("ruleId", r.ruleId()).add("status", r.status().name());
        opt(b, "updatedAt", r.updatedAt());
        return b.build().toString();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static void opt(JsonObjectBuilder b, String name, Object value) {
        if (value instanceof Long l) {
            b.add(name, l);
        } else if (value instanceof Instant i) {
            b.add(name, i.toString());
        } else if (value instanceof String s) {
            b.add(name, s);
        }
    }

    private static double num(JsonObject o, String name) {
        return o.getJsonNumber(name).doubleValue();
    }

    private static Long optLong(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.longValueExact() : null;
    }

    private static Instant optInstant(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? Instant.parse(s.getString()) : null;
    }

    private static String optText(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
