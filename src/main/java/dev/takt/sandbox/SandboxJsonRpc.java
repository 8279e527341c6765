package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox's JSON-RPC endpoint without a container: {@link #handle(String)} takes a request body and returns
 * the {@link SandboxReply} Odoo 17 would give ({@code /jsonrpc} with services {@code common}, {@code object} and
 * {@code db}), after counting the call and drawing the configured {@link SandboxFaults}.
 *
 * <p>Holds the application-wide sandbox: the database (generated on first use), guarded by a read/write lock
 * (reads share it, writes and regeneration take it exclusively), the faults and the call log. Thread-safe.
 */
public class SandboxJsonRpc {

    /** Odoo version this sandbox plays. */
    public static final String SERVER_VERSION = "17.0-20240709";

    private static final Logger LOG = Logger.getLogger(SandboxJsonRpc.class.getName());

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final SandboxCallLog calls = new SandboxCallLog();
    private final Clock clock;
    private volatile SandboxOdoo odoo;
    private volatile SandboxFaults faults = SandboxFaults.NONE;
    private Random random = new Random(0);
    private int size;
    private long seed;
    private LocalDate baseDate;
    private long buildMillis;

    /**
     * A sandbox whose data is generated on first use.
     *
     * @param size     products to generate
     * @param seed     generator seed
     * @param baseDate day the data is relative to; null means today (UTC) when generated
     * @param clock    source of "now" for creates and writes
     */
    public SandboxJsonRpc(int size, long seed, LocalDate baseDate, Clock clock) {
        this.size = size;
        this.seed = seed;
        this.baseDate = baseDate;
        this.clock = clock;
    }

    /** A sandbox of the default size and seed, relative to today, on the system clock. */
    public SandboxJsonRpc() {
        this(SandboxGenerator.DEFAULT_SIZE, SandboxGenerator.DEFAULT_SEED, null, Clock.systemUTC());
    }

    // ------------------------------------------------------------------------------------------------ control

    /** The call log. */
    public SandboxCallLog calls() {
        return calls;
    }

    /** The faults in force. */
    public SandboxFaults faults() {
        return faults;
    }

    /** Replaces the faults (and restarts their random draws from the faults' seed). */
    public synchronized void faults(SandboxFaults newFaults) {
        this.random = new Random(newFaults.seed());
        this.faults = newFaults;
    }

    /** Regenerates the data (null arguments keep the current value); returns {@link #stats()}. */
    public JsonObject reset(Integer newSize, Long newSeed, LocalDate newBase) {
        lock.writeLock().lock();
        try {
            if (newSize != null) {
                size = newSize;
            }
            if (newSeed != null) {
                seed = newSeed;
            }
            if (newBase != null) {
                baseDate = newBase;
            }
            odoo = null;
            ensure();
        } finally {
            lock.writeLock().unlock();
        }
        return stats();
    }

    /**
     * Record counts: {@code {"size", "seed", "baseDate", "buildMillis", "total", "models": {"model": count}}}.
     */
    public JsonObject stats() {
        return read(db -> {
            JsonObjectBuilder models = Json.createObjectBuilder();
            long total = 0;
            for (var e : db.counts().entrySet()) {
                models.add(e.getKey(), e.getValue());
                total += e.getValue();
            }
            return Json.createObjectBuilder().add("size", size).add("seed", seed).add("baseDate", baseDate.toString())
                    .add("buildMillis", buildMillis).add("total", total).add("models", models).build();
        });
    }

    /** Runs a read-only function on the database under the read lock (generating it first if needed). */
    public <T> T read(Function<SandboxDatabase, T> reader) {
        SandboxOdoo o = odoo();
        Lock l = lock.readLock();
        l.lock();
        try {
            return reader.apply(o.database());
        } finally {
            l.unlock();
        }
    }

    private SandboxOdoo odoo() {
        SandboxOdoo o = odoo;
        if (o == null) {
            lock.writeLock().lock();
            try {
                o = ensure();
            } finally {
                lock.writeLock().unlock();
            }
        }
        return o;
    }

    private SandboxOdoo ensure() {
        if (odoo == null) {
            if (baseDate == null) {
                baseDate = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            }
            long t0 = System.nanoTime();
            SandboxDatabase db = SandboxGenerator.generate(size, seed, baseDate, clock);
            buildMillis = (System.nanoTime() - t0) / 1_000_000;
            LOG.info(() -> "Odoo sandbox generated: " + size + " products, seed " + seed + ", base " + baseDate
                    + ", " + buildMillis + " ms");
            odoo = new SandboxOdoo(db);
        }
        return odoo;
    }

    // ---------------------------------------------------------------------------------------------- JSON-RPC

    /** Answers one {@code POST /jsonrpc} body. */
    public SandboxReply handle(String body) {
        JsonValue request;
        try {
            request = SandboxJson.parse(body == null ? "" : body);
        } catch (jakarta.json.JsonException e) {
            SandboxFaults.Kind fault = drawFault(null, null);
            calls.record("(invalid)", "(invalid)", null, null, fault);
            SandboxReply faulted = faulted(fault, JsonValue.NULL);
            return faulted != null ? faulted : SandboxReply.text(400, "Invalid JSON data");
        }
        JsonObject req = request.getValueType() == JsonValue.ValueType.OBJECT ? request.asJsonObject()
                : JsonValue.EMPTY_JSON_OBJECT;
        JsonValue id = req.getOrDefault("id", JsonValue.NULL);
        JsonObject params = req.get("params") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
        String service = params.get("service") instanceof JsonString s ? s.getString() : null;
        String method = params.get("method") instanceof JsonString s ? s.getString() : null;
        JsonArray args = params.get("args") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        Call call = describe(service, method, args);
        SandboxFaults.Kind fault = drawFault(call.executeKw ? call.model : "common".equals(service) ? "common" : null,
                call.method);
        calls.record(call.model, call.method, call.fields, call.domain, fault);
        SandboxReply faulted = faulted(fault, id);
        if (faulted != null) {
            return faulted;
        }
        SandboxReply reply;
        try {
            reply = SandboxReply.json(200, dispatch(id, service, method, args, call));
        } catch (SandboxOdooError e) {
            reply = SandboxReply.json(200, error(id, e.odooName(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Odoo sandbox failed on " + call.model + "/" + call.method, e);
            reply = SandboxReply.json(200, error(id, "builtins.RuntimeError",
                    "The Takt sandbox could not process this call."));
        }
        long latency = faults.applies(call.executeKw ? call.model : "common".equals(service) ? "common" : null,
                call.method) ? faults.latencyMs() : 0;
        if (fault == SandboxFaults.Kind.APPLY_THEN_DROP) {
            return new SandboxReply(reply.status(), reply.contentType(), reply.body(), true, latency);
        }
        if (fault == SandboxFaults.Kind.SLOW) {
            latency += faults.slowMs();
        }
        return latency > 0 ? reply.delayed(latency) : reply;
    }

    private record Call(String model, String method, List<String> fields, String domain, boolean executeKw) {
    }

    private static Call describe(String service, String method, JsonArray args) {
        String m = method == null ? "(none)" : method;
        if ("object".equals(service) && ("execute_kw".equals(method) || "execute".equals(method))
                && args.size() >= 5) {
            String model = SandboxOdoo.text(args.get(3));
            String om = SandboxOdoo.text(args.get(4));
            JsonArray pos = args.size() > 5 && args.get(5) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
            if ("execute".equals(method)) {
                pos = Json.createArrayBuilder(args.subList(5, args.size())).build();
            }
            JsonObject kw = "execute_kw".equals(method) && args.size() > 6 && args.get(6) instanceof JsonObject o ? o
                    : JsonValue.EMPTY_JSON_OBJECT;
            JsonValue fields = kw.get("fields");
            JsonValue domain = kw.get("domain");
            switch (om) {
                case "search_read" -> {
                    domain = domain != null ? domain : pos.size() > 0 ? pos.get(0) : null;
                    fields = fields != null ? fields : pos.size() > 1 ? pos.get(1) : null;
                }
                case "read" -> fields = fields != null ? fields : pos.size() > 1 ? pos.get(1) : null;
                case "search", "search_count" -> domain = domain != null ? domain : pos.size() > 0 ? pos.get(0) : null;
                default -> {
                }
            }
            List<String> names = null;
            if (fields != null && fields.getValueType() == JsonValue.ValueType.ARRAY) {
                names = new ArrayList<>();
                for (JsonValue f : fields.asJsonArray()) {
                    names.add(SandboxOdoo.text(f));
                }
            }
            return new Call(model, om, names, domain == null ? null : SandboxJson.write(domain), true);
        }
        return new Call(service == null ? "(none)" : service, m, null, null, false);
    }

    private SandboxFaults.Kind drawFault(String model, String method) {
        SandboxFaults f = faults;
        if (f == SandboxFaults.NONE) {
            return SandboxFaults.Kind.NONE;
        }
        double u;
        synchronized (this) {
            u = random.nextDouble();
        }
        return f.draw(model, method, u);
    }

    private SandboxReply faulted(SandboxFaults.Kind fault, JsonValue id) {
        SandboxFaults f = faults;
        return switch (fault) {
            case NONE, APPLY_THEN_DROP, SLOW -> null;
            case DOWN, RESET -> new SandboxReply(200, SandboxReply.JSON, "{\"jsonrpc\": \"2.0\", \"id\": ", true,
                    fault == SandboxFaults.Kind.DOWN ? 0 : f.latencyMs());
            case HTTP_503 -> new SandboxReply(503, SandboxReply.TEXT, "Service Unavailable", false, f.latencyMs());
            case EMPTY -> new SandboxReply(200, null, "", false, f.latencyMs());
            case ERROR -> new SandboxReply(200, SandboxReply.JSON, error(id, f.errorName(), f.errorMessage()), false,
                    f.latencyMs());
        };
    }

    private String dispatch(JsonValue id, String service, String method, JsonArray args, Call call) {
        SandboxOdoo o = odoo();
        if ("common".equals(service)) {
            return result(id, common(o, method, args));
        }
        if ("db".equals(service)) {
            return result(id, database(method, args));
        }
        if (!"object".equals(service)) {
            throw new SandboxOdooError("builtins.KeyError", String.valueOf(service));
        }
        if (!"execute_kw".equals(method) && !"execute".equals(method)) {
            throw new SandboxOdooError("builtins.NameError", "Method not available " + method);
        }
        JsonArray kwArgs = args;
        if ("execute".equals(method)) {
            if (args.size() < 5) {
                kwArgs = args;
            } else {
                kwArgs = Json.createArrayBuilder(args.subList(0, 5))
                        .add(Json.createArrayBuilder(args.subList(5, args.size()))).build();
            }
        }
        boolean readOnly = SandboxOdoo.isReadOnly(call.method);
        Lock l = readOnly ? lock.readLock() : lock.writeLock();
        l.lock();
        try {
            SandboxOdoo current = odoo;
            Object result = current.executeKw(kwArgs);
            return result(id, result);
        } finally {
            l.unlock();
        }
    }

    private Object common(SandboxOdoo o, String method, JsonArray args) {
        switch (String.valueOf(method)) {
            case "version" -> {
                return Json.createObjectBuilder().add("server_version", SERVER_VERSION)
                        .add("server_version_info", Json.createArrayBuilder().add(17).add(0).add(0).add("final").add(0)
                                .add(""))
                        .add("server_serie", "17.0").add("protocol_version", 1).build();
            }
            case "login", "authenticate" -> {
                String[] names = method.equals("login") ? new String[] {"db", "login", "password"}
                        : new String[] {"db", "login", "password", "user_agent_env"};
                if (args.size() < names.length) {
                    List<String> missing = List.of(names).subList(args.size(), names.length);
                    throw SandboxOdooError.typeError("exp_" + method + "() missing " + missing.size()
                            + " required positional argument" + (missing.size() == 1 ? "" : "s") + ": "
                            + String.join(" and ", missing.stream().map(s -> "'" + s + "'").toList()));
                }
                Lock l = lock.readLock();
                l.lock();
                try {
                    Integer uid = odoo.authenticate(SandboxOdoo.text(args.get(0)), SandboxOdoo.text(args.get(1)),
                            SandboxOdoo.text(args.get(2)));
                    return uid == null ? JsonValue.FALSE : Json.createValue(uid);
                } finally {
                    l.unlock();
                }
            }
            default -> throw new SandboxOdooError("builtins.KeyError", "exp_" + method);
        }
    }

    private static Object database(String method, JsonArray args) {
        return switch (String.valueOf(method)) {
            case "list" -> Json.createArrayBuilder().add(SandboxDatabase.NAME).build();
            case "server_version" -> Json.createValue(SERVER_VERSION);
            case "exist" -> args.size() > 0 && SandboxDatabase.NAME.equals(SandboxOdoo.text(args.get(0)))
                    ? JsonValue.TRUE : JsonValue.FALSE;
            default -> throw new SandboxOdooError("builtins.KeyError", "exp_" + method);
        };
    }

    private static String result(JsonValue id, Object result) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = SandboxJson.GENERATORS.createGenerator(w)) {
            g.writeStartObject().write("jsonrpc", "2.0").write("id", id);
            if (result instanceof SandboxOdoo.SandboxRecords records) {
                g.writeKey("result");
                records.write(g);
            } else if (result instanceof JsonValue v) {
                g.write("result", v);
            }
            g.writeEnd();
        }
        return w.toString();
    }

    /** An Odoo error envelope (HTTP 200, {@code error.code} 200). */
    static String error(JsonValue id, String name, String message) {
        JsonObject data = Json.createObjectBuilder().add("name", name)
                .add("debug", "Traceback (most recent call last):\n  (no server traceback in the Takt sandbox)\n"
                        + name + ": " + message + "\n")
                .add("message", message).add("arguments", Json.createArrayBuilder().add(message))
                .add("context", JsonValue.EMPTY_JSON_OBJECT).build();
        JsonObject envelope = Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", id)
                .add("error", Json.createObjectBuilder().add("code", 200).add("message", "Odoo Server Error")
                        .add("data", data))
                .build();
        return SandboxJson.write(envelope);
    }
}
