package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Faults the sandbox injects into JSON-RPC calls, for testing a client's resilience. Immutable.
 *
 * <p>JSON keys (all optional): {@code latencyMs} (added to every matching call), {@code http503Ratio},
 * {@code resetRatio} (connection cut mid-response), {@code emptyRatio} (HTTP 200, empty body), {@code errorRatio}
 * (an Odoo error envelope with {@code errorName}, default {@value #DEFAULT_ERROR_NAME}, and {@code errorMessage},
 * default "{@value #DEFAULT_ERROR_MESSAGE}"), {@code applyThenDropRatio} (the call is carried out and committed,
 * then the connection is cut before the reply is complete: a reply lost after Odoo applied a create),
 * {@code slowRatio} with {@code slowMs} (the call is carried out, then its reply waits {@code slowMs} more), {@code down} (every request's connection is dropped, whatever the
 * filters), {@code seed} (of the draws), {@code models} and {@code methods} (lists; when given, faults other than
 * {@code down} apply only to {@code execute_kw} calls on those models / methods; {@code common} calls count as
 * model {@code common}). Ratios are in [0, 1] and their sum at most 1.
 *
 * @param latencyMs    milliseconds added to each matching call
 * @param http503Ratio share of matching calls answered HTTP 503
 * @param resetRatio   share of matching calls whose connection is cut
 * @param emptyRatio   share of matching calls answered with an empty body
 * @param errorRatio   share of matching calls answered with an Odoo error
 * @param applyThenDropRatio share of matching calls carried out whose reply is then cut
 * @param slowRatio    share of matching calls carried out whose reply comes {@code slowMs} late (past a client's
 *                     timeout: the client cannot tell whether the call was carried out)
 * @param slowMs       the extra delay of slow replies
 * @param errorName    {@code error.data.name} of injected errors
 * @param errorMessage message of injected errors
 * @param down         drop every request
 * @param seed         seed of the random draws
 * @param models       models the faults apply to (empty: all)
 * @param methods      methods the faults apply to (empty: all)
 */
public record SandboxFaults(long latencyMs, double http503Ratio, double resetRatio, double emptyRatio,
        double errorRatio, double applyThenDropRatio, double slowRatio, long slowMs, String errorName,
        String errorMessage, boolean down, long seed, Set<String> models, Set<String> methods) {

    /** Default name of an injected error: PostgreSQL's serialization failure, which Odoo reports as is. */
    public static final String DEFAULT_ERROR_NAME = "psycopg2.errors.SerializationFailure";
    /** Default message of an injected error. */
    public static final String DEFAULT_ERROR_MESSAGE = "could not serialize access due to concurrent update";
    /** No faults. */
    public static final SandboxFaults NONE = new SandboxFaults(0, 0, 0, 0, 0, 0, 0, 0, DEFAULT_ERROR_NAME,
            DEFAULT_ERROR_MESSAGE, false, 0, Set.of(), Set.of());

    /** What happens to one call. */
    public enum Kind {
        /** Answered normally. */
        NONE,
        /** Connection cut mid-response. */
        RESET,
        /** HTTP 503. */
        HTTP_503,
        /** HTTP 200 with an empty body. */
        EMPTY,
        /** An Odoo error envelope. */
        ERROR,
        /** Carried out and committed, then the connection is cut mid-reply. */
        APPLY_THEN_DROP,
        /** Carried out, then answered {@code slowMs} late. */
        SLOW,
        /** Connection dropped because the sandbox is "down". */
        DOWN
    }

    /** Validates ratios and fills defaults. */
    public SandboxFaults {
        for (double r : new double[] {http503Ratio, resetRatio, emptyRatio, errorRatio, applyThenDropRatio,
                slowRatio}) {
            if (r < 0 || r > 1 || Double.isNaN(r)) {
                throw new IllegalArgumentException("fault ratios must be between 0 and 1");
            }
        }
        if (http503Ratio + resetRatio + emptyRatio + errorRatio + applyThenDropRatio + slowRatio > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault ratios must add up to at most 1");
        }
        if (latencyMs < 0 || slowMs < 0) {
            throw new IllegalArgumentException("latencyMs and slowMs must not be negative");
        }
        errorName = errorName == null || errorName.isBlank() ? DEFAULT_ERROR_NAME : errorName;
        errorMessage = errorMessage == null ? DEFAULT_ERROR_MESSAGE : errorMessage;
        models = models == null ? Set.of() : Set.copyOf(models);
        methods = methods == null ? Set.of() : Set.copyOf(methods);
    }

    /** Reads the JSON form (see the class comment); unknown keys are refused. */
    public static SandboxFaults fromJson(JsonObject json) {
        Set<String> known = Set.of("latencyMs", "http503Ratio", "resetRatio", "emptyRatio", "errorRatio",
                "applyThenDropRatio", "slowRatio", "slowMs", "errorName", "errorMessage", "down", "seed", "models", "methods");
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown fault key '" + key + "'; known keys: " + known);
            }
        }
        return new SandboxFaults(num(json, "latencyMs").longValue(), num(json, "http503Ratio").doubleValue(),
                num(json, "resetRatio").doubleValue(), num(json, "emptyRatio").doubleValue(),
                num(json, "errorRatio").doubleValue(), num(json, "applyThenDropRatio").doubleValue(),
                num(json, "slowRatio").doubleValue(), num(json, "slowMs").longValue(),
                str(json, "errorName"), str(json, "errorMessage"),
                json.get("down") == JsonValue.TRUE, num(json, "seed").longValue(), set(json, "models"),
                set(json, "methods"));
    }

    /** The JSON form. */
    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("latencyMs", latencyMs).add("http503Ratio", http503Ratio)
                .add("resetRatio", resetRatio).add("emptyRatio", emptyRatio).add("errorRatio", errorRatio)
                .add("applyThenDropRatio", applyThenDropRatio).add("slowRatio", slowRatio).add("slowMs", slowMs)
                .add("errorName", errorName).add("errorMessage", errorMessage).add("down", down).add("seed", seed);
        JsonArrayBuilder m = Json.createArrayBuilder();
        models.stream().sorted().forEach(m::add);
        JsonArrayBuilder me = Json.createArrayBuilder();
        methods.stream().sorted().forEach(me::add);
        return b.add("models", m).add("methods", me).build();
    }

    /** Whether the model/method filters let faults apply to a call (model null: not an execute_kw call). */
    public boolean applies(String model, String method) {
        return (models.isEmpty() || (model != null && models.contains(model)))
                && (methods.isEmpty() || (method != null && methods.contains(method)));
    }

    /** The fault for a call, given a uniform draw in [0, 1). */
    Kind draw(String model, String method, double u) {
        if (down) {
            return Kind.DOWN;
        }
        if (!applies(model, method)) {
            return Kind.NONE;
        }
        return FaultDraw.pick(u, Kind.NONE, List.of(new FaultDraw.Share<>(resetRatio, Kind.RESET),
                new FaultDraw.Share<>(http503Ratio, Kind.HTTP_503), new FaultDraw.Share<>(emptyRatio, Kind.EMPTY),
                new FaultDraw.Share<>(errorRatio, Kind.ERROR),
                new FaultDraw.Share<>(applyThenDropRatio, Kind.APPLY_THEN_DROP),
                new FaultDraw.Share<>(slowRatio, Kind.SLOW)));
    }

    private static Number num(JsonObject json, String key) {
        JsonValue v = json.get(key);
        if (v == null || v == JsonValue.NULL) {
            return 0;
        }
        if (!(v instanceof JsonNumber n)) {
            throw new IllegalArgumentException(key + " must be a number");
        }
        return n.numberValue();
    }

    private static String str(JsonObject json, String key) {
        JsonValue v = json.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static Set<String> set(JsonObject json, String key) {
        JsonValue v = json.get(key);
        Set<String> out = new LinkedHashSet<>();
        if (v == null || v == JsonValue.NULL) {
            return out;
        }
        if (v instanceof JsonString s) {
            out.add(s.getString());
            return out;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(key + " must be a list of names");
        }
        v.asJsonArray().forEach(x -> out.add(x instanceof JsonString s ? s.getString() : x.toString()));
        return out;
    }
}
