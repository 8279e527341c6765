package dev.takt.partner;

import dev.takt.domain.event.CommandDeadLettered;
import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.InventoryShortage;
import dev.takt.domain.event.PlanningExceptionRaised;
import dev.takt.domain.event.ProductionStatusChanged;
import dev.takt.domain.event.ScheduleApplied;
import dev.takt.domain.event.TaktEvent;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Events as JSON, with the same field names as the GraphQL types: instants as ISO-8601 UTC text, dates as
 * {@code YYYY-MM-DD}, quantities as numbers; absent values as {@code null}. This is the {@code data} of a webhook
 * body (see docs/subscriptions.md) and the payload a queued delivery carries.
 */
public final class EventJson {

    private EventJson() {
    }

    /** The event's fields. */
    public static JsonObject write(TaktEvent event) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "at", event.at().toString());
        if (event instanceof PlanningExceptionRaised e) {
            json.add("id", e.id());
            put(json, "kind", e.kind());
            put(json, "severity", e.severity());
            put(json, "ownerRole", e.ownerRole());
            put(json, "message", e.message());
            keys(json, e);
        } else if (event instanceof ScheduleApplied e) {
            put(json, "manufacturingOrder", e.manufacturingOrder());
            put(json, "workOrder", e.workOrder());
            put(json, "outcome", e.outcome());
            json.add("changedFields", Json.createArrayBuilder(e.changedFields()));
            keys(json, e);
        } else if (event instanceof ProductionStatusChanged e) {
            put(json, "manufacturingOrder", e.manufacturingOrder());
            put(json, "workOrder", e.workOrder());
            put(json, "state", e.state());
            put(json, "quantityProduced", e.quantityProduced());
            keys(json, e);
        } else if (event instanceof InventoryShortage e) {
            put(json, "item", e.item());
            put(json, "plant", e.plant());
            put(json, "shortBy", e.shortBy());
            put(json, "unit", e.unit());
            put(json, "from", e.from() == null ? null : e.from().toString());
        } else if (event instanceof ForecastPublished e) {
            json.add("version", e.version());
            json.add("lines", e.lines());
            put(json, "superseded", e.superseded() == null ? null : e.superseded().longValue());
        } else if (event instanceof CommandDeadLettered e) {
            json.add("commandId", e.commandId());
            put(json, "target", e.target());
            put(json, "aggregate", e.aggregate());
            put(json, "operation", e.operation());
            put(json, "error", e.error());
        }
        return json.build();
    }

    /**
     * An event of {@code kind} from its fields ({@code at} defaults to now).
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static TaktEvent read(EventKind kind, JsonObject json) {
        Instant at = json.containsKey("at") && !json.isNull("at") ? instant(json, "at") : Instant.now();
        return switch (kind) {
            case PLANNING_EXCEPTION_RAISED -> new PlanningExceptionRaised(at, number(json, "id").longValue(),
                    text(json, "kind"), text(json, "severity"), text(json, "ownerRole"), text(json, "message"),
                    text(json, "item"), text(json, "workCenter"), text(json, "plant"));
            case SCHEDULE_APPLIED -> new ScheduleApplied(at, text(json, "manufacturingOrder"), longOrNull(json,
                    "workOrder"), text(json, "outcome"), texts(json, "changedFields"), text(json, "item"),
                    text(json, "workCenter"), text(json, "plant"));
            case PRODUCTION_STATUS_CHANGED -> new ProductionStatusChanged(at, text(json, "manufacturingOrder"),
                    longOrNull(json, "workOrder"), text(json, "state"), decimal(json, "quantityProduced"),
                    text(json, "item"), text(json, "workCenter"), text(json, "plant"));
            case INVENTORY_SHORTAGE -> new InventoryShortage(at, text(json, "item"), text(json, "plant"),
                    decimal(json, "shortBy"), text(json, "unit"), date(json, "from"));
            case FORECAST_PUBLISHED -> new ForecastPublished(at, number(json, "version").intValue(),
                    number(json, "lines").intValue(), json.containsKey("superseded") && !json.isNull("superseded")
                            ? number(json, "superseded").intValue() : null);
            case COMMAND_DEAD_LETTERED -> new CommandDeadLettered(at, number(json, "commandId").longValue(),
                    text(json, "target"), text(json, "aggregate"), text(json, "operation"), text(json, "error"));
        };
    }

    private static void keys(JsonObjectBuilder json, TaktEvent event) {
        put(json, "item", event.item());
        put(json, "workCenter", event.workCenter());
        put(json, "plant", event.plant());
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder json, String name, Long value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.longValue());
        }
    }

    private static void put(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException("field '" + name + "' must be a string");
    }

    private static JsonNumber number(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonNumber n) {
            return n;
        }
        throw new IllegalArgumentException("field '" + name + "' must be a number");
    }

    private static Long longOrNull(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? number(json, name).longValueExact() : null;
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? number(json, name).bigDecimalValue() : null;
    }

    private static List<String> texts(JsonObject json, String name) {
        if (!json.containsKey(name) || json.isNull(name)) {
            return List.of();
        }
        if (!(json.get(name) instanceof JsonArray array)) {
            throw new IllegalArgumentException("field '" + name + "' must be an array of strings");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Instant instant(JsonObject json, String name) {
        try {
            return Instant.parse(text(json, name));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("field '" + name + "' must be an ISO-8601 instant such as "
                    + "2026-03-09T08:00:00Z");
        }
    }

    private static LocalDate date(JsonObject json, String name) {
        String text = text(json, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + name + "' must be a date such as 2026-03-09");
        }
    }
}
