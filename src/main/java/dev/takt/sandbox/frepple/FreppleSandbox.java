package dev.takt.sandbox.frepple;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory frePPLe 7.3 REST API without a container: {@link #handle} takes one HTTP request and returns the
 * {@link FreppleReply} frePPLe would give, after drawing the configured {@link FreppleFaults} and logging the call.
 * Paths are relative to frePPLe's root (a servlet mounted at {@code /sandbox/frepple} passes what follows).
 *
 * <p>Endpoints: {@code /api/input/<entity>/} and {@code /api/input/<entity>/<key>/} for the entities of
 * {@link FreppleSchema} ({@code /api/common/parameter/}, {@code /api/common/bucket/} likewise),
 * {@code POST /execute/api/runplan/?constraint=…&plantype=…&env=supply} and
 * {@code GET /execute/api/status/[?id=N]}. Behaviour, as recorded from a real frePPLe 7.3:
 * <ul>
 *   <li>Lists are plain JSON arrays, filtered by query parameters ({@link FreppleFilters}); numbers are strings
 *       with 8 decimals, date-times naive, durations like {@code "-25 09:00:00"}, foreign keys by name; the key in
 *       a detail URL is the name (master data), the reference (orders) or the id, percent-decoded.</li>
 *   <li>{@code POST} on a list takes one object or a list; an existing key is updated (201 all the same). {@code PUT}
 *       and {@code PATCH} work on a detail URL and, with a list of objects carrying their keys, on the list URL.
 *       Writes on the list URL are partial; {@code PUT} on a detail URL needs every required field (400).</li>
 *   <li>{@code DELETE} on a detail URL → 204; on the list URL with at least one filter → 204 (every match deleted),
 *       without → 400 with an empty body.</li>
 *   <li>Invalid values → 400 {@code {field: [messages]}}, a bulk write → 400 with one such object per element and
 *       nothing stored; an unknown foreign key → {@code Invalid pk "…" - object does not exist.}; malformed JSON →
 *       400 {@code {"detail": "JSON parse error - …"}}; creating a record without a required reference (such as a
 *       demand without item) → 500 with Django's HTML error page; an unknown key → 404
 *       {@code {"detail": "Not found."}}; an unknown entity or path → 302 to {@code /}.</li>
 *   <li>Authentication: HTTP Basic {@code admin}/{@code admin}, or a JWT (HS256 with this sandbox's secret,
 *       payload {@code {"user": "admin", "exp": …}}) as {@code Authorization: Bearer …} or {@code ?webtoken=…}.
 *       No or wrong credentials → 401 {@code {"detail": …}}; an invalid token → 403 text/html
 *       "Missing or invalid webtoken".</li>
 *   <li>{@code runplan} answers {@code {"taskid": N, "message": "Successfully launched task"}}; with {@code env}
 *       containing {@code supply} it plans ({@link FreppleEngine}), otherwise it only "loads data" and changes
 *       nothing. {@code status?id=N} answers {@code {"N": {…, "status": "Done"}}}, without id the unfinished tasks.
 *       A {@code GET} on a launch URL → 200 {@code {"message": "Exception launching task"}}.</li>
 * </ul>
 *
 * <p>Control endpoints (no authentication, no faults, not logged) under {@code /control/}:
 * {@code GET|DELETE calls} (the {@link FreppleCallLog}), {@code GET|PUT|DELETE faults} ({@link FreppleFaults}),
 * {@code POST reset[?baseDate=YYYY-MM-DD]} (fresh data and no tasks; answers the stats), {@code GET stats}
 * (rows per entity), {@code POST token[?user=admin&expires=seconds]} ({@code {"token", "user", "exp"}}, like
 * {@code frepplectl generatetoken}).
 *
 * <p>Thread-safe: requests are served one at a time (the data is small); injected latency is left to the caller
 * ({@link FreppleReply#delayMillis()}).
 */
public class FreppleSandbox {

    /** How the sandbox's 500 page looks (the phrase frePPLe's page carries). */
    static final String SERVER_ERROR_PAGE = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>Server error (500)</title>\n</head>\n<body>\n<div class=\"container-fluid\" id=\"workarea\">\n"
            + "<h1>Server Error <em>(500)</em></h1>\n<p>Oops, something went wrong.<br>\nYour administrator can find "
            + "more information on the error in the log file.</p>\n</div>\n</body>\n</html>\n";
    static final String INVALID_WEBTOKEN = "Missing or invalid webtoken";
    static final String NOT_FOUND = "Not found.";

    private static final Pattern API = Pattern.compile("/api/(input|common)/([^/]+)(/.*)?");
    private static final Pattern EXECUTE = Pattern.compile("/execute/api/([A-Za-z0-9_]+)(/)?");
    private static final Logger LOG = Logger.getLogger(FreppleSandbox.class.getName());
    private static final DateTimeFormatter LOGFILE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Clock clock;
    private final FreppleAuth auth;
    private final FreppleCallLog calls = new FreppleCallLog();
    private volatile FreppleFaults faults = FreppleFaults.NONE;
    private Random random = new Random(0);
    private LocalDate baseDate;
    private FreppleStore store;
    private FreppleRest rest;
    private final Map<Long, Task> tasks = new TreeMap<>();
    private long nextTask = 1;

    /** One launched task. */
    private static final class Task {
        long id;
        String name;
        LocalDateTime submitted;
        LocalDateTime started;
        LocalDateTime finished;
        String arguments;
        String status;
        String message;
        String user;
        String logfile;
        int pollsLeft;
        int polls;
    }

    /**
     * A sandbox with its data.
     *
     * @param baseDate the day the data is relative to; null means today (UTC) on {@code clock}
     * @param clock    source of "now" for writes, tasks and tokens
     * @param secret   the JWT signing secret; null or blank means a random one
     */
    public FreppleSandbox(LocalDate baseDate, Clock clock, String secret) {
        this.clock = clock;
        this.auth = new FreppleAuth(secret == null || secret.isBlank() ? randomSecret() : secret);
        this.baseDate = baseDate == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : baseDate;
        load();
    }

    /** A sandbox relative to today, on the system clock, with a random secret. */
    public FreppleSandbox() {
        this(null, Clock.systemUTC(), null);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void load() {
        store = new FreppleStore();
        FreppleSeed.load(store, baseDate, now());
        rest = new FreppleRest(store, this::now);
        tasks.clear();
        nextTask = 1;
    }

    // ------------------------------------------------------------------------------------------------ control

    /** The call log. */
    public FreppleCallLog calls() {
        return calls;
    }

    /** The faults in force. */
    public FreppleFaults faults() {
        return faults;
    }

    /** Replaces the faults (and restarts their random draws from the faults' seed). */
    public synchronized void faults(FreppleFaults newFaults) {
        this.random = new Random(newFaults.seed());
        this.faults = newFaults;
    }

    /** A token for the user, valid for {@code seconds}, signed with this sandbox's secret. */
    public String token(String user, long seconds) {
        return auth.mint(user, clock.instant().getEpochSecond() + seconds);
    }

    /** Fresh data (relative to {@code newBase}, or the current base day when null) and no tasks. */
    public synchronized void reset(LocalDate newBase) {
        if (newBase != null) {
            baseDate = newBase;
        }
        load();
    }

    /** The day the data is relative to. */
    public synchronized LocalDate baseDate() {
        return baseDate;
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    /**
     * Answers one HTTP request.
     *
     * @param method  HTTP method
     * @param path    the raw (percent-encoded) path below frePPLe's root, e.g. {@code /api/input/demand/Demand%2001/}
     * @param query   the raw query string, or null
     * @param headers request headers (names in any case)
     * @param body    the request body (null or empty when there is none)
     */
    public FreppleReply handle(String method, String path, String query, Map<String, String> headers, String body) {
        String m = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        String decoded = decodePath(path == null || path.isEmpty() ? "/" : path);
        Map<String, String> params = parseQuery(query);
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            h.putAll(headers);
        }
        if (decoded.startsWith("/control/")) {
            return control(m, decoded.substring("/control/".length()), params, body);
        }
        String entity = entityOf(decoded);
        FreppleFaults.Kind fault = drawFault(entity, m);
        long at = clock.millis();
        Map<String, String> logged = new LinkedHashMap<>(params);
        logged.computeIfPresent("webtoken", (k, v) -> "(hidden)");
        FreppleReply faulted = faulted(fault);
        if (faulted != null) {
            calls.record(m, decoded, logged, entity, faulted.dropConnection() ? 0 : faulted.status(), fault, at);
            return faulted;
        }
        FreppleReply reply;
        synchronized (this) {
            try {
                reply = route(m, decoded, params, h, body == null ? "" : body);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "frePPLe sandbox failed on " + m + " " + decoded, e);
                reply = new FreppleReply(500, "text/html", SERVER_ERROR_PAGE, Map.of(), false, 0);
            }
        }
        calls.record(m, decoded, logged, entity, reply.status(), fault, at);
        FreppleFaults f = faults;
        return f.applies(entity, m) && f.latencyMs() > 0 ? reply.delayed(f.latencyMs()) : reply;
    }

    private FreppleReply route(String method, String path, Map<String, String> params, Map<String, String> headers,
            String body) {
        String authorization = headers.get("Authorization");
        String token = params.get("webtoken");
        if (authorization != null && authorization.strip().toLowerCase(Locale.ROOT).startsWith("bearer")) {
            String[] parts = authorization.strip().split("\\s+", 2);
            token = parts.length == 2 ? parts[1] : "";
        }
        String user = null;
        if (token != null) {
            user = auth.verify(token, clock.instant().getEpochSecond());
            if (user == null) {
                return FreppleReply.html(403, INVALID_WEBTOKEN);
            }
        }
        if (path.equals("/")) {
            return FreppleReply.html(200, "<!DOCTYPE html>\n<html><head><title>frePPLe (Takt sandbox)</title></head>"
                    + "<body><p>frePPLe 7.3 REST API sandbox: /api/input/&lt;entity&gt;/, /execute/api/runplan/"
                    + "</p></body></html>\n");
        }
        Matcher api = API.matcher(path);
        Matcher execute = EXECUTE.matcher(path);
        FreppleEntity entity = null;
        String key = null;
        boolean detail = false;
        if (api.matches()) {
            entity = FreppleSchema.entity(api.group(1), api.group(2));
            if (entity == null) {
                return FreppleReply.redirect(302, "/");
            }
            String tail = api.group(3) == null ? "" : api.group(3);
            if (!tail.endsWith("/")) {
                return FreppleReply.redirect(301, path + "/" + queryString(params));
            }
            if (tail.length() > 1) {
                detail = true;
                key = tail.substring(1, tail.length() - 1);
            }
        } else if (execute.matches()) {
            if (execute.group(2) == null) {
                return FreppleReply.redirect(301, path + "/" + queryString(params));
            }
        } else {
            return FreppleReply.redirect(302, "/");
        }
        if (user == null) {
            FreppleAuth.Basic basic = FreppleAuth.basic(authorization);
            switch (basic) {
                case ABSENT -> {
                    return unauthorized("Authentication credentials were not provided.");
                }
                case MALFORMED -> {
                    return unauthorized(FreppleAuth.basicMessage(authorization));
                }
                case WRONG -> {
                    return unauthorized("Invalid username/password.");
                }
                case OK -> user = FreppleAuth.USER;
            }
        }
        if (entity == null) {
            return execute(method, execute.group(1), params, user);
        }
        String contentType = headers.get("Content-Type");
        if (!body.isBlank() && contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")
                && !Set.of("GET", "DELETE", "HEAD").contains(method)) {
            String bare = contentType.split(";")[0].strip();
            return FreppleReply.json(415, Map.of("detail", "Unsupported media type \"" + bare + "\" in request."));
        }
        return detail ? rest.detail(method, entity, key, body) : rest.list(method, entity, params, body);
    }

    private static FreppleReply unauthorized(String message) {
        return FreppleReply.json(401, Map.of("detail", message)).withHeader("WWW-Authenticate", "Basic realm=\"api\"");
    }

    // ------------------------------------------------------------------------------------------------ tasks

    private FreppleReply execute(String method, String command, Map<String, String> params, String user) {
        if (command.equals("status")) {
            return FreppleReply.json(200, status(params.get("id")));
        }
        if (!method.equals("POST") || !command.equals("runplan")) {
            return FreppleReply.json(200, Map.of("message", "Exception launching task"));
        }
        LocalDateTime now = now();
        Task t = new Task();
        t.id = nextTask++;
        t.name = command;
        t.submitted = now;
        t.started = now;
        List<String> args = new ArrayList<>();
        params.forEach((k, v) -> {
            if (!k.equals("webtoken")) {
                args.add("--" + k + "=" + v);
            }
        });
        t.arguments = String.join(" ", args);
        t.user = user;
        t.message = "";
        t.logfile = "frepple-" + LOGFILE.format(now) + ".log";
        FreppleFaults f = faults;
        t.pollsLeft = f.taskPolls();
        t.polls = f.taskPolls();
        if (f.taskFails()) {
            t.status = "Failed";
            t.message = "The plan could not be computed (fault injected by the sandbox)";
        } else {
            List<String> env = List.of(params.getOrDefault("env", "").split(","));
            if (env.contains("supply")) {
                FreppleEngine.plan(store, baseDate.atStartOfDay(), now);
            }
            t.status = "Done";
        }
        t.finished = now;
        tasks.put(t.id, t);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("taskid", t.id);
        out.put("message", "Successfully launched task");
        return FreppleReply.json(200, out);
    }

    private Map<String, Object> status(String id) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (id == null || id.isBlank()) {
            for (Task t : tasks.values()) {
                if (t.pollsLeft > 0) {
                    out.put(String.valueOf(t.id), taskJson(t, false));
                }
            }
            return out;
        }
        Task t;
        try {
            t = tasks.get(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            t = null;
        }
        if (t != null) {
            boolean running = t.pollsLeft > 0;
            out.put(String.valueOf(t.id), taskJson(t, running));
            if (running) {
                t.pollsLeft--;
            }
        }
        return out;
    }

    private static Map<String, Object> taskJson(Task t, boolean running) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", t.name);
        o.put("submitted", FreppleValues.taskTime(t.submitted));
        o.put("started", FreppleValues.taskTime(t.started));
        o.put("finished", running ? null : FreppleValues.taskTime(t.finished));
        o.put("arguments", t.arguments);
        o.put("status", running ? (t.polls - t.pollsLeft) * 100 / t.polls + "%" : t.status);
        o.put("message", t.message);
        o.put("user", t.user);
        o.put("logfile", t.logfile);
        return o;
    }

    // ------------------------------------------------------------------------------------------------ control

    private FreppleReply control(String method, String what, Map<String, String> params, String body) {
        switch (what) {
            case "calls" -> {
                if (method.equals("DELETE")) {
                    calls.reset();
                    return FreppleReply.empty(204);
                }
                return method.equals("GET") ? FreppleReply.json(200, calls.toJson()) : notAllowed("GET or DELETE");
            }
            case "faults" -> {
                switch (method) {
                    case "GET" -> {
                        return FreppleReply.json(200, faults.toJson());
                    }
                    case "PUT" -> {
                        try {
                            faults(FreppleFaults.fromJson(FreppleJson.parse(body == null ? "" : body)));
                            return FreppleReply.json(200, faults.toJson());
                        } catch (IllegalArgumentException | FreppleJson.ParseError e) {
                            return FreppleReply.json(400, Map.of("detail", "Invalid faults: " + e.getMessage()));
                        }
                    }
                    case "DELETE" -> {
                        faults(FreppleFaults.NONE);
                        return FreppleReply.empty(204);
                    }
                    default -> {
                        return notAllowed("GET, PUT or DELETE");
                    }
                }
            }
            case "reset" -> {
                if (!method.equals("POST")) {
                    return notAllowed("POST");
                }
                try {
                    String base = params.get("baseDate");
                    reset(base == null || base.isBlank() ? null : LocalDate.parse(base.strip()));
                } catch (DateTimeParseException e) {
                    return FreppleReply.json(400, Map.of("detail", "baseDate must be YYYY-MM-DD"));
                }
                return FreppleReply.json(200, stats());
            }
            case "stats" -> {
                return method.equals("GET") ? FreppleReply.json(200, stats()) : notAllowed("GET");
            }
            case "token" -> {
                String user = params.getOrDefault("user", FreppleAuth.USER);
                long seconds;
                try {
                    seconds = Long.parseLong(params.getOrDefault("expires", "3600").strip());
                } catch (NumberFormatException e) {
                    return FreppleReply.json(400, Map.of("detail", "expires must be a number of seconds"));
                }
                long exp = clock.instant().getEpochSecond() + seconds;
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("token", auth.mint(user, exp));
                out.put("user", user);
                out.put("exp", exp);
                return FreppleReply.json(200, out);
            }
            default -> {
                return FreppleReply.json(404, Map.of("detail", "Unknown control endpoint; use calls, faults, reset, "
                        + "stats or token"));
            }
        }
    }

    private static FreppleReply notAllowed(String allowed) {
        return FreppleReply.json(405, Map.of("detail", "Use " + allowed));
    }

    /** {@code {"baseDate", "tasks", "entities": {"item": 11, …}}}. */
    public synchronized Map<String, Object> stats() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baseDate", baseDate.toString());
        out.put("tasks", (long) tasks.size());
        Map<String, Object> entities = new LinkedHashMap<>();
        store.counts().forEach((k, v) -> entities.put(k, (long) v));
        out.put("entities", entities);
        return out;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String entityOf(String path) {
        Matcher api = API.matcher(path);
        if (api.matches()) {
            return api.group(2);
        }
        Matcher execute = EXECUTE.matcher(path);
        return execute.matches() ? execute.group(1) : "(other)";
    }

    private FreppleFaults.Kind drawFault(String entity, String method) {
        FreppleFaults f = faults;
        if (f == FreppleFaults.NONE) {
            return FreppleFaults.Kind.NONE;
        }
        double u;
        synchronized (this) {
            u = random.nextDouble();
        }
        return f.draw(entity, method, u);
    }

    private FreppleReply faulted(FreppleFaults.Kind fault) {
        long latency = faults.latencyMs();
        return switch (fault) {
            case NONE -> null;
            case DOWN -> new FreppleReply(200, FreppleReply.JSON, "[{\"name\": ", Map.of(), true, 0);
            case RESET -> new FreppleReply(200, FreppleReply.JSON, "[{\"name\": ", Map.of(), true, latency);
            case HTTP_503 -> new FreppleReply(503, "text/html", "<html><body><h1>503 Service Unavailable</h1>"
                    + "</body></html>\n", Map.of(), false, latency);
            case HTTP_500 -> new FreppleReply(500, "text/html", SERVER_ERROR_PAGE, Map.of(), false, latency);
            case HTTP_429 -> FreppleReply.json(429, Map.of("detail",
                    "Request was throttled. Expected available in 1 second.")).withHeader("Retry-After", "1")
                    .delayed(latency);
        };
    }

    /** Percent-decodes a path (UTF-8); a {@code +} stays a plus. */
    static String decodePath(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The query parameters, decoded; a repeated parameter keeps its last value, as frePPLe reads them. */
    static Map<String, String> parseQuery(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                out.put(k, v);
            }
        }
        return out;
    }

    private static String queryString(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("?");
        params.forEach((k, v) -> sb.append(sb.length() > 1 ? "&" : "")
                .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }
}
