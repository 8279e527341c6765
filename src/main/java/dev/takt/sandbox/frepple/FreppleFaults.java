package dev.takt.sandbox.frepple;

import dev.takt.sandbox.FaultDraw;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Faults the frePPLe sandbox injects, for testing a client's resilience. Immutable.
 *
 * <p>JSON keys (all optional): {@code latencyMs} (added to every matching call), {@code resetRatio} (connection cut
 * mid-response), {@code http503Ratio} (a proxy's 503 page), {@code http500Ratio} (Django's HTML error page, HTTP
 * 500), {@code http429Ratio} (HTTP 429, {@code Retry-After: 1}), {@code down} (every request's connection is
 * dropped, whatever the filters), {@code seed} (of the draws), {@code entities} and {@code methods} (lists; when
 * given, the other faults apply only to calls on those entities — for {@code /execute/api/<command>/} the command,
 * e.g. {@code runplan}, {@code status} — and with those HTTP methods), {@code taskPolls} (a launched task answers
 * that many status polls as still running before it is done) and {@code taskFails} (launched tasks end "Failed"
 * and change nothing). Ratios are in [0, 1] and their sum at most 1.
 *
 * @param latencyMs    milliseconds added to each matching call
 * @param resetRatio   share of matching calls whose connection is cut
 * @param http503Ratio share of matching calls answered HTTP 503
 * @param http500Ratio share of matching calls answered HTTP 500 (HTML)
 * @param http429Ratio share of matching calls answered HTTP 429
 * @param down         drop every request
 * @param seed         seed of the random draws
 * @param entities     entities (or execute commands) the faults apply to (empty: all)
 * @param methods      HTTP methods the faults apply to (empty: all)
 * @param taskPolls    status polls a task answers "running" before it is done
 * @param taskFails    whether launched tasks fail
 */
public record FreppleFaults(long latencyMs, double resetRatio, double http503Ratio, double http500Ratio,
        double http429Ratio, boolean down, long seed, Set<String> entities, Set<String> methods, int taskPolls,
        boolean taskFails) {

    /** No faults. */
    public static final FreppleFaults NONE = new FreppleFaults(0, 0, 0, 0, 0, false, 0, Set.of(), Set.of(), 0, false);

    private static final List<String> KEYS = List.of("latencyMs", "resetRatio", "http503Ratio", "http500Ratio",
            "http429Ratio", "down", "seed", "entities", "methods", "taskPolls", "taskFails");

    /** What happens to one call. */
    public enum Kind {
        /** Answered normally. */
        NONE,
        /** Connection cut mid-response. */
        RESET,
        /** HTTP 503. */
        HTTP_503,
        /** HTTP 500, Django's HTML page. */
        HTTP_500,
        /** HTTP 429. */
        HTTP_429,
        /** Connection dropped because the sandbox is "down". */
        DOWN
    }

    /** Validates ratios and counts. */
    public FreppleFaults {
        for (double r : new double[] {resetRatio, http503Ratio, http500Ratio, http429Ratio}) {
            if (r < 0 || r > 1 || Double.isNaN(r)) {
                throw new IllegalArgumentException("fault ratios must be between 0 and 1");
            }
        }
        if (resetRatio + http503Ratio + http500Ratio + http429Ratio > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault ratios must add up to at most 1");
        }
        if (latencyMs < 0 || taskPolls < 0) {
            throw new IllegalArgumentException("latencyMs and taskPolls must not be negative");
        }
        entities = entities == null ? Set.of() : Set.copyOf(entities);
        Set<String> upper = new LinkedHashSet<>();
        (methods == null ? Set.<String>of() : methods).forEach(m -> upper.add(m.toUpperCase(Locale.ROOT)));
        methods = Set.copyOf(upper);
    }

    /** Reads the JSON form (see the class comment); unknown keys are refused. */
    static FreppleFaults fromJson(Object json) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the faults must be a JSON object");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown fault key '" + key + "'; known keys: " + KEYS);
            }
        }
        return new FreppleFaults(num(map, "latencyMs").longValue(), num(map, "resetRatio").doubleValue(),
                num(map, "http503Ratio").doubleValue(), num(map, "http500Ratio").doubleValue(),
                num(map, "http429Ratio").doubleValue(), Boolean.TRUE.equals(map.get("down")),
                num(map, "seed").longValue(), set(map, "entities"), set(map, "methods"),
                num(map, "taskPolls").intValue(), Boolean.TRUE.equals(map.get("taskFails")));
    }

    /** The JSON form. */
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latencyMs", latencyMs);
        out.put("resetRatio", resetRatio);
        out.put("http503Ratio", http503Ratio);
        out.put("http500Ratio", http500Ratio);
        out.put("http429Ratio", http429Ratio);
        out.put("down", down);
        out.put("seed", seed);
        out.put("entities", entities.stream().sorted().toList());
        out.put("methods", methods.stream().sorted().toList());
        out.put("taskPolls", (long) taskPolls);
        out.put("taskFails", taskFails);
        return out;
    }

    /** Whether the entity/method filters let faults apply to a call. */
    public boolean applies(String entity, String method) {
        return (entities.isEmpty() || (entity != null && entities.contains(entity)))
                && (methods.isEmpty() || methods.contains(method));
    }

    /** The fault for a call, given a uniform draw in [0, 1). */
    Kind draw(String entity, String method, double u) {
        if (down) {
            return Kind.DOWN;
        }
        if (!applies(entity, method)) {
            return Kind.NONE;
        }
        return FaultDraw.pick(u, Kind.NONE, List.of(new FaultDraw.Share<>(resetRatio, Kind.RESET),
                new FaultDraw.Share<>(http503Ratio, Kind.HTTP_503), new FaultDraw.Share<>(http500Ratio, Kind.HTTP_500),
                new FaultDraw.Share<>(http429Ratio, Kind.HTTP_429)));
    }

    private static Number num(Map<?, ?> json, String key) {
        Object v = json.get(key);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof BigDecimal n)) {
            throw new IllegalArgumentException(key + " must be a number");
        }
        return n;
    }

    private static Set<String> set(Map<?, ?> json, String key) {
        Object v = json.get(key);
        Set<String> out = new LinkedHashSet<>();
        if (v == null) {
            return out;
        }
        if (v instanceof String s) {
            out.add(s);
            return out;
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list of names");
        }
        list.forEach(x -> out.add(String.valueOf(x)));
        return out;
    }
}
