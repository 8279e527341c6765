package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sandbox on a fixed day and clock, and a JSON-RPC client for it, for tests. */
final class SandboxFixture {

    static final LocalDate BASE = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:45:06Z"), ZoneOffset.UTC);

    final SandboxJsonRpc rpc;
    private int nextId = 1;

    SandboxFixture(int size, long seed) {
        this(size, seed, CLOCK);
    }

    /** A sandbox whose "now" for creates and writes comes from {@code clock}. */
    SandboxFixture(int size, long seed, Clock clock) {
        this.rpc = new SandboxJsonRpc(size, seed, BASE, clock);
    }

    SandboxFixture() {
        this(SandboxGenerator.DEFAULT_SIZE, SandboxGenerator.DEFAULT_SEED);
    }

    /** Sends {@code execute_kw} as admin and returns the whole reply object. */
    JsonObject send(String model, String method, JsonArray args, JsonObject kwargs) {
        return sendAs(2, "admin", model, method, args, kwargs);
    }

    JsonObject sendAs(int uid, String password, String model, String method, JsonArray args, JsonObject kwargs) {
        JsonObject body = Json.createObjectBuilder().add("jsonrpc", "2.0").add("method", "call")
                .add("params", Json.createObjectBuilder().add("service", "object").add("method", "execute_kw")
                        .add("args", Json.createArrayBuilder().add("mfg").add(uid).add(password).add(model).add(method)
                                .add(args).add(kwargs)))
                .add("id", nextId++).build();
        SandboxReply reply = rpc.handle(body.toString());
        assertEquals(200, reply.status(), reply.body());
        return parse(reply.body()).asJsonObject();
    }

    /** Sends {@code execute_kw} as admin and returns {@code result}, failing on an error. */
    JsonValue call(String model, String method, JsonArray args, JsonObject kwargs) {
        JsonObject reply = send(model, method, args, kwargs);
        if (reply.containsKey("error")) {
            throw new AssertionError(model + "." + method + " failed: "
                    + reply.getJsonObject("error").getJsonObject("data").getString("message"));
        }
        return reply.getOrDefault("result", JsonValue.NULL);
    }

    JsonValue call(String model, String method, JsonArray args) {
        return call(model, method, args, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** {@code search_read} with a domain (JSON text), fields and optional order/limit. */
    JsonArray searchRead(String model, String domain, String order, int limit, String... fields) {
        JsonArrayBuilder f = Json.createArrayBuilder();
        for (String s : fields) {
            f.add(s);
        }
        var kw = Json.createObjectBuilder().add("fields", f);
        if (order != null) {
            kw.add("order", order);
        }
        if (limit > 0) {
            kw.add("limit", limit);
        }
        return call(model, "search_read", Json.createArrayBuilder().add(parse(domain)).build(), kw.build())
                .asJsonArray();
    }

    JsonArray read(String model, int id, String... fields) {
        JsonArrayBuilder f = Json.createArrayBuilder();
        for (String s : fields) {
            f.add(s);
        }
        return call(model, "read", Json.createArrayBuilder().add(Json.createArrayBuilder().add(id)).build(),
                Json.createObjectBuilder().add("fields", f).build()).asJsonArray();
    }

    static JsonArray args(Object... values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (Object v : values) {
            if (v instanceof JsonValue j) {
                b.add(j);
            } else if (v instanceof Integer i) {
                b.add(i);
            } else if (v instanceof String s) {
                b.add(s);
            } else if (v instanceof int[] ids) {
                JsonArrayBuilder a = Json.createArrayBuilder();
                for (int id : ids) {
                    a.add(id);
                }
                b.add(a);
            } else {
                throw new IllegalArgumentException(String.valueOf(v));
            }
        }
        return b.build();
    }

    static JsonValue parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readValue();
        }
    }
}
