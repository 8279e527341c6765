package dev.takt.sandbox.frepple;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every API request the frePPLe sandbox received, faulted ones included (control requests are not logged): a count
 * per {@code "METHOD entity"} (for {@code /execute/api/<command>/} the command; other paths count as
 * {@code (other)}), and the last {@value #CAPACITY} calls. Thread-safe.
 */
public final class FreppleCallLog {

    /** How many calls are kept. */
    public static final int CAPACITY = 10_000;

    /**
     * One call.
     *
     * @param seq      1-based number since the last reset
     * @param method   HTTP method
     * @param path     the decoded path below the sandbox's root
     * @param query    the decoded query parameters (a {@code webtoken} shows as {@code (hidden)})
     * @param entity   the entity or command, or {@code (other)}
     * @param status   the HTTP status answered (0 for a dropped connection)
     * @param fault    the fault injected ({@link FreppleFaults.Kind} name)
     * @param atMillis when it arrived (epoch milliseconds)
     */
    public record Call(long seq, String method, String path, Map<String, String> query, String entity, int status,
            String fault, long atMillis) {
    }

    private final Deque<Call> calls = new ArrayDeque<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private long total;

    synchronized void record(String method, String path, Map<String, String> query, String entity, int status,
            FreppleFaults.Kind fault, long atMillis) {
        total++;
        counts.merge(method + " " + entity, 1L, Long::sum);
        calls.addLast(new Call(total, method, path, Map.copyOf(query), entity, status, fault.name(), atMillis));
        if (calls.size() > CAPACITY) {
            calls.removeFirst();
        }
    }

    /** Calls received since the last reset. */
    public synchronized long total() {
        return total;
    }

    /** Calls with that method on that entity (or command) since the last reset. */
    public synchronized long count(String method, String entity) {
        return counts.getOrDefault(method + " " + entity, 0L);
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
     * The JSON form: {@code {"total": n, "counts": {"GET demand": n, ...}, "capacity": 10000, "calls": [{"seq",
     * "method", "path", "query", "entity", "status", "fault", "at"}, ...]}}.
     */
    synchronized Map<String, Object> toJson() {
        List<Object> list = new ArrayList<>();
        for (Call c : calls) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("seq", c.seq());
            o.put("method", c.method());
            o.put("path", c.path());
            o.put("query", new TreeMap<>(c.query()));
            o.put("entity", c.entity());
            o.put("status", (long) c.status());
            o.put("fault", c.fault());
            o.put("at", Instant.ofEpochMilli(c.atMillis()).toString());
            list.add(o);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("counts", new TreeMap<>(counts));
        out.put("capacity", (long) CAPACITY);
        out.put("calls", list);
        return out;
    }
}
