package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every request the sandbox received, faulted ones included: a count per {@code model/method} ({@code common}
 * calls under model {@code common}, unparsable bodies under {@code (invalid)/(invalid)}), and the last
 * {@value #CAPACITY} calls with the {@code fields} and domain they asked for. Thread-safe.
 */
public final class SandboxCallLog {

    /** How many calls are kept. */
    public static final int CAPACITY = 20_000;

    /**
     * One call.
     *
     * @param seq    1-based number since the last reset
     * @param model  the model (or {@code common}, {@code db}, the unknown service's name)
     * @param method the method
     * @param fields the {@code fields} asked for, or null
     * @param domain the domain as compact JSON, or null
     * @param fault  the fault injected ({@link SandboxFaults.Kind} name)
     * @param atMillis when it arrived (epoch milliseconds)
     */
    public record Call(long seq, String model, String method, List<String> fields, String domain, String fault,
            long atMillis) {
    }

    private final Deque<Call> calls = new ArrayDeque<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private long total;

    synchronized void record(String model, String method, List<String> fields, String domain,
            SandboxFaults.Kind fault) {
        total++;
        counts.merge(model + "/" + method, 1L, Long::sum);
        calls.addLast(new Call(total, model, method, fields == null ? null : List.copyOf(fields), domain,
                fault.name(), System.currentTimeMillis()));
        if (calls.size() > CAPACITY) {
            calls.removeFirst();
        }
    }

    /** Calls received since the last reset. */
    public synchronized long total() {
        return total;
    }

    /** Calls of one {@code model/method} since the last reset. */
    public synchronized long count(String model, String method) {
        return counts.getOrDefault(model + "/" + method, 0L);
    }

    /** The kept calls, oldest first. */
    public synchronized List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** Forgets everything. */
    public synchronized void reset() {
        calls.clear();
        counts.clear();
        total = 0;
    }

    /**
     * The JSON form: {@code {"total": n, "counts": {"model/method": n, ...}, "capacity": 20000, "calls": [{"seq",
     * "model", "method", "fields", "domain", "fault", "at"}, ...]}}; {@code domain} is the domain as JSON.
     */
    public synchronized JsonObject toJson() {
        JsonObjectBuilder c = Json.createObjectBuilder();
        counts.forEach(c::add);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Call call : calls) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("seq", call.seq()).add("model", call.model())
                    .add("method", call.method());
            if (call.fields() == null) {
                o.addNull("fields");
            } else {
                JsonArrayBuilder f = Json.createArrayBuilder();
                call.fields().forEach(f::add);
                o.add("fields", f);
            }
            if (call.domain() == null) {
                o.addNull("domain");
            } else {
                o.add("domain", SandboxJson.parse(call.domain()));
            }
            o.add("fault", call.fault()).add("at", java.time.Instant.ofEpochMilli(call.atMillis()).toString());
            list.add(o);
        }
        return Json.createObjectBuilder().add("total", total).add("counts", c).add("capacity", CAPACITY)
                .add("calls", list).build();
    }
}
