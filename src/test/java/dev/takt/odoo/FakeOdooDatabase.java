package dev.takt.odoo;

import dev.takt.odoo.FakeOdoo.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A router for {@link FakeOdoo} that behaves like a small Odoo database: {@code common.version} (the recorded 17 or
 * a given version), {@code common.authenticate} (admin/secret → uid 2), and {@code execute_kw} {@code search_read},
 * {@code search_count} and {@code read} over in-memory rows. Of a domain it applies only the leaves on {@code id}
 * ({@code >} and {@code in}); other leaves are accepted and ignored (tests assert on the requests instead). It
 * projects rows onto {@code id} and the requested fields, so a field it was not asked for never comes back.
 */
final class FakeOdooDatabase implements Function<JsonObject, Reply> {

    private final Map<String, List<JsonObject>> models = new HashMap<>();
    private JsonValue version = Recordings.json("common.version.json").getJsonObject("response").get("result");

    FakeOdooDatabase add(String model, List<JsonObject> rows) {
        models.computeIfAbsent(model, m -> new ArrayList<>()).addAll(rows);
        models.get(model).sort((a, b) -> Long.compare(id(a), id(b)));
        return this;
    }

    FakeOdooDatabase version(String json) {
        this.version = OdooJson.parse(json);
        return this;
    }

    @Override
    public Reply apply(JsonObject request) {
        JsonObject params = request.getJsonObject("params");
        JsonArray args = params.getJsonArray("args");
        JsonValue result = switch (params.getString("method")) {
            case "version" -> version;
            case "authenticate" -> args.getString(1).equals("admin") && args.getString(2).equals("secret")
                    ? OdooJson.toJson(2) : JsonValue.FALSE;
            case "execute_kw" -> execute(args.getString(3), args.getString(4), args.getJsonArray(5),
                    args.getJsonObject(6));
            default -> throw new IllegalArgumentException(params.getString("method"));
        };
        return Reply.json(FakeOdoo.resultReply(request, result));
    }

    private JsonValue execute(String model, String method, JsonArray positional, JsonObject kwargs) {
        List<JsonObject> rows = models.getOrDefault(model, List.of());
        return switch (method) {
            case "search_read" -> {
                List<JsonObject> matching = filter(rows, positional.getJsonArray(0));
                int limit = kwargs.getInt("limit", 0);
                List<JsonObject> page = limit > 0 && matching.size() > limit ? matching.subList(0, limit) : matching;
                yield project(page, kwargs.getJsonArray("fields"));
            }
            case "search_count" -> OdooJson.toJson(filter(rows, positional.getJsonArray(0)).size());
            case "read" -> {
                List<Long> ids = positional.getJsonArray(0).getValuesAs(JsonValue.class).stream()
                        .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
                yield project(rows.stream().filter(r -> ids.contains(id(r))).toList(), kwargs.getJsonArray("fields"));
            }
            default -> throw new IllegalArgumentException(method);
        };
    }

    private static List<JsonObject> filter(List<JsonObject> rows, JsonArray domain) {
        List<JsonObject> result = new ArrayList<>(rows);
        for (JsonValue token : domain) {
            if (!(token instanceof JsonArray leaf) || !leaf.getString(0).equals("id")) {
                continue;
            }
            String op = leaf.getString(1);
            if (op.equals(">")) {
                long after = leaf.getJsonNumber(2).longValue();
                result.removeIf(r -> id(r) <= after);
            } else if (op.equals("in")) {
                List<Long> ids = leaf.getJsonArray(2).getValuesAs(JsonValue.class).stream()
                        .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
                result.removeIf(r -> !ids.contains(id(r)));
            }
        }
        return result;
    }

    private static JsonArray project(List<JsonObject> rows, JsonArray fields) {
        var array = OdooJson.JSON.createArrayBuilder();
        for (JsonObject row : rows) {
            var projected = OdooJson.JSON.createObjectBuilder().add("id", row.get("id")); // Odoo always sends it
            for (JsonValue field : fields) {
                String name = ((jakarta.json.JsonString) field).getString();
                projected.add(name, row.getOrDefault(name, JsonValue.FALSE));
            }
            array.add(projected);
        }
        return array.build();
    }

    private static long id(JsonObject row) {
        return row.getJsonNumber("id").longValue();
    }
}
