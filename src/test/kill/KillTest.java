import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Kill test (issue 4, "Proof"): runs Takt as a separate Liberty process, releases planned orders into Odoo through
 * GraphQL from several clients, kills Takt's JVM with SIGKILL at random moments, restarts it, waits until the outbox
 * drains, and checks the invariants. A single-file program (Java 17 runs it from source; no test framework, no
 * Maven):
 *
 * <pre>
 *   ./mvnw package liberty:create dependency:copy@derby-for-tests dependency:copy@postgresql-for-tests -DskipTests
 *   java src/test/kill/KillTest.java [--db derby|postgresql] [--kills 5] [--batches 100] [--lines 50]
 *        [--port 9490] [--odoo-port 9492] [--seed 1] [--clients 2]
 * </pre>
 *
 * <p>Two Liberty servers run the same WAR from {@code target/liberty/wlp}, each made afresh (Derby files included)
 * from {@code liberty/config} and {@code target/takt.war}:
 * <ul>
 *   <li>{@code killodoo} (port 9492): "Odoo", i.e. Takt's embedded Odoo sandbox, with its outbox relay off, always on
 *       Derby. It is never killed, so the records Takt created in it survive Takt's deaths.</li>
 *   <li>{@code killtest} (port 9490): Takt under test, its own sandbox off, talking to killodoo's sandbox
 *       ({@code takt.sandbox.url}), its relay's lease shortened to 20 s so that commands claimed by a killed relay
 *       are claimed again soon. This one is killed.</li>
 * </ul>
 * With {@code --db postgresql} killtest's database is the one {@code TAKT_IT_DB_URL}, {@code _USER},
 * {@code _PASSWORD} name (e.g. {@code eval "$(TAKT_IT_DB_NAME=takt_kill TAKT_IT_DB_ROLE=takt_kill .ci/postgres)"},
 * a database of its own, dropped and created again).
 *
 * <p>Work: each client takes the next of {@code --batches} planned-order batches, submits it
 * ({@code submitPlannedOrders}, {@code --lines} MAKE lines of items that have a normal BoM, warehouse WH) and
 * releases it ({@code releasePlannedOrders}); a release cut off by a kill is sent again until answered (a line
 * released before comes back ALREADY_RELEASED with its first key: nothing new is queued), a submission cut off is
 * sent again as a new batch (a batch stored but never released queues nothing). Meanwhile the harness SIGKILLs
 * Takt {@code --kills} times at seeded random moments and restarts it. Then {@link #drained} waits until
 * {@code outboxCommands(status: PENDING) { totalCount }} is 0, and {@link #check} verifies:
 * <ul>
 *   <li>every line whose release was acknowledged (the source ids) has exactly one outbox command, DONE or DEAD:
 *       source ids = applied ∪ dead-lettered;</li>
 *   <li>the Odoo sandbox (read directly over JSON-RPC: {@code mrp.production} whose {@code origin} holds
 *       {@code TAKT:}) holds exactly one manufacturing order per DONE command's key, none for a DEAD one, none for a
 *       key twice (0 duplicates) and none for a key never queued;</li>
 *   <li>the audit history holds exactly one entry COMPLETED (DONE) or DEAD_LETTERED (DEAD) per command.</li>
 * </ul>
 * Figures (docs/operations.md, "Kill test"): commands, applied, dead-lettered, duplicates, restart times, drain time,
 * total time.
 */
public class KillTest {

    static final Path WLP = Path.of("target/liberty/wlp");
    // neither contains "takt": Arquillian takes such a server for its own
    static final String SERVER = "killtest";
    static final String ODOO = "killodoo";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static String db = "derby";
    static int kills = 5;
    static int batches = 100;
    static int linesPerBatch = 50;
    static int port = 9490;
    static int odooPort = 9492;
    static long seed = 1;
    static int clients = 2;
    static String base;

    /** Per batch index: its key per line once its release was acknowledged. */
    static final Map<Integer, Map<Integer, String>> released = new ConcurrentHashMap<>();
    static final AtomicInteger submissions = new AtomicInteger();
    static final AtomicInteger releases = new AtomicInteger();
    static final AtomicInteger cutOff = new AtomicInteger();
    static final AtomicInteger refused = new AtomicInteger();
    static final AtomicInteger alreadyReleased = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--kills" -> kills = Integer.parseInt(args[i + 1]);
                case "--batches" -> batches = Integer.parseInt(args[i + 1]);
                case "--lines" -> linesPerBatch = Integer.parseInt(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--odoo-port" -> odooPort = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        base = "http://localhost:" + port;
        long t0 = System.nanoTime();
        prepareServer(ODOO);
        prepareServer(SERVER);
        long started = System.nanoTime();
        startOdoo();
        log("killodoo (the Odoo sandbox) up in %d ms", (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        start();
        log("killtest (Takt) up in %d ms on %s", (System.nanoTime() - started) / 1_000_000, db);
        List<String> items = makeItems();
        log("%d MAKE items with a normal BoM (%s…)", items.size(), items.get(0));
        Random random = new Random(seed);

        long work = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    runBatch(b, items);
                }
            });
            t.start();
            threads.add(t);
        }
        List<Long> restarts = new ArrayList<>();
        for (int k = 1; k <= kills; k++) {
            sleep(3_000 + random.nextInt(12_000));
            long pid = pid();
            int done = released.size();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL on Linux
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            log("kill %d: SIGKILL to pid %d after %d of %d batches released", k, pid, done, batches);
            long restart = System.nanoTime();
            start();
            restarts.add((System.nanoTime() - restart) / 1_000_000);
            log("kill %d: restarted in %d ms; %d commands pending", k, restarts.get(restarts.size() - 1),
                    pending());
        }
        for (Thread t : threads) {
            t.join();
        }
        long workMs = (System.nanoTime() - work) / 1_000_000;
        log("all %d batches released in %d ms (%d submissions, %d releases sent, %d calls cut off by a kill, "
                + "%d refused while Takt was down, %d lines answered ALREADY_RELEASED)", batches, workMs,
                submissions.get(), releases.get(), cutOff.get(), refused.get(), alreadyReleased.get());
        long drain = System.nanoTime();
        drained(Duration.ofMinutes(10));
        long drainMs = (System.nanoTime() - drain) / 1_000_000;
        log("outbox drained in %d ms after the last release", drainMs);
        List<String> problems = check(restarts, drainMs);
        stop(SERVER);
        stop(ODOO);
        log("restarts %s ms; %d s in all", restarts, (System.nanoTime() - t0) / 1_000_000_000);
        if (!problems.isEmpty()) {
            problems.stream().limit(50).forEach(p -> System.out.println("FAILED: " + p));
            if (problems.size() > 50) {
                System.out.println("FAILED: … and " + (problems.size() - 50) + " more");
            }
            System.out.println("0 passed, 1 failed");
            System.exit(1);
        }
        System.out.println("kill test on " + db + ": invariants hold");
        System.out.println("1 passed, 0 failed");
    }

    // ---- what is submitted and checked ------------------------------------------------------------------------

    /** Submits batch {@code index} and releases it, again and again until the release was answered. */
    static void runBatch(int index, List<String> items) {
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder lines = new StringBuilder();
        for (int l = 0; l < linesPerBatch; l++) {
            lines.append(l == 0 ? "" : ", ").append("{type: MAKE, item: \"")
                    .append(items.get((index * linesPerBatch + l) % items.size()))
                    .append("\", location: \"WH\", quantity: ").append(1 + l % 5).append(", start: \"").append(start)
                    .append("\", due: \"").append(start.plus(3, ChronoUnit.DAYS)).append("\"}");
        }
        Pattern batchNumber = Pattern.compile("\"submitPlannedOrders\":\\{\"batch\":(\\d+)");
        Pattern line = Pattern.compile("\\{\"line\":(\\d+),\"status\":\"(\\w+)\",\"idempotencyKey\":(null|\"([^\"]*)\")"
                + ",\"reason\":(null|\"((?:[^\"\\\\]|\\\\.)*)\")\\}");
        int batch = -1;
        while (batch < 0) {
            submissions.incrementAndGet();
            try {
                String body = graphql("mutation { submitPlannedOrders(note: \"kill-" + db + "-" + index + "\", lines: ["
                        + lines + "]) { batch accepted { line } rejected { line reason } } }", Duration.ofSeconds(60));
                Matcher m = batchNumber.matcher(body);
                if (m.find() && !body.contains("\"rejected\":[{")) {
                    batch = Integer.parseInt(m.group(1));
                } else if (!body.contains("\"errors\"")) {
                    throw new IllegalStateException("batch " + index + " was not accepted whole: " + body);
                } else {
                    log("batch %d: submission failed (%s); again", index, abbreviate(body));
                    sleep(500);
                }
            } catch (java.net.ConnectException e) {
                refused.incrementAndGet();
                sleep(500); // Takt down: submit again
            } catch (IOException e) {
                cutOff.incrementAndGet();
                sleep(500); // killed during the call: submit again (a new batch)
            }
        }
        while (true) {
            releases.incrementAndGet();
            try {
                String body = graphql("mutation { releasePlannedOrders(batch: " + batch + ", confirm: false) "
                        + "{ lines { line status idempotencyKey reason } } }", Duration.ofSeconds(120));
                Map<Integer, String> keys = new TreeMap<>();
                Matcher m = line.matcher(body);
                while (m.find()) {
                    switch (m.group(2)) {
                        case "QUEUED" -> keys.put(Integer.parseInt(m.group(1)), m.group(4));
                        case "ALREADY_RELEASED" -> {
                            keys.put(Integer.parseInt(m.group(1)), m.group(4));
                            alreadyReleased.incrementAndGet();
                        }
                        default -> throw new IllegalStateException("batch " + batch + " line " + m.group(1) + " "
                                + m.group(2) + ": " + m.group(6));
                    }
                }
                if (keys.size() == linesPerBatch) {
                    released.put(index, keys);
                    return;
                }
                log("batch %d (Takt batch %d): release answered %s; again", index, batch, abbreviate(body));
                sleep(500);
            } catch (java.net.ConnectException e) {
                refused.incrementAndGet();
                sleep(500); // Takt down: release the same batch again
            } catch (IOException e) {
                cutOff.incrementAndGet();
                sleep(500); // cut off: release the same batch again
            }
        }
    }

    /** Waits until the outbox has nothing left to deliver (no PENDING command). */
    static void drained(Duration deadline) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        long last = 0;
        while (System.nanoTime() < end) {
            long pending = pending();
            if (pending == 0) {
                return;
            }
            if (System.nanoTime() - last > 10_000_000_000L) {
                log("draining: %d commands pending", pending);
                last = System.nanoTime();
            }
            sleep(1_000);
        }
        throw new IllegalStateException("the outbox did not drain within " + deadline + ": " + pending()
                + " commands pending");
    }

    static long pending() throws IOException {
        Matcher m = Pattern.compile("\"totalCount\":(\\d+)").matcher(graphql(
                "{ outboxCommands(status: PENDING, first: 0) { totalCount } }", Duration.ofSeconds(30)));
        if (!m.find()) {
            throw new IOException("no totalCount in the answer");
        }
        return Long.parseLong(m.group(1));
    }

    record Command(long id, String key, String status) {
    }

    /** The invariants, as readable problems (empty when they hold); prints the figures. */
    static List<String> check(List<Long> restarts, long drainMs) throws Exception {
        List<String> problems = new ArrayList<>();
        // the outbox's commands, all of them
        Map<String, List<Command>> byKey = new HashMap<>();
        Map<Long, Command> byId = new HashMap<>();
        Pattern node = Pattern.compile("\\{\"id\":(\\d+),\"idempotencyKey\":\"([^\"]+)\",\"status\":\"(\\w+)\"\\}");
        String after = null;
        do {
            String body = graphql("{ outboxCommands(target: ODOO, first: 1000" + cursor(after)
                    + ") { nodes { id idempotencyKey status } pageInfo { hasNextPage endCursor } } }",
                    Duration.ofSeconds(60));
            Matcher m = node.matcher(body);
            while (m.find()) {
                Command c = new Command(Long.parseLong(m.group(1)), m.group(2), m.group(3));
                byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
                byId.put(c.id(), c);
            }
            after = nextCursor(body);
        } while (after != null);

        // source ids = the keys of every line whose release was acknowledged
        Set<String> source = new java.util.HashSet<>();
        released.values().forEach(keys -> source.addAll(keys.values()));
        if (source.size() != batches * linesPerBatch) {
            problems.add(source.size() + " distinct keys acknowledged, expected " + batches * linesPerBatch);
        }
        int applied = 0;
        int dead = 0;
        for (String key : source) {
            List<Command> commands = byKey.getOrDefault(key, List.of());
            if (commands.size() != 1) {
                problems.add(key + " was released and has " + commands.size() + " outbox commands");
            } else if (commands.get(0).status().equals("DONE")) {
                applied++;
            } else if (commands.get(0).status().equals("DEAD")) {
                dead++;
            } else {
                problems.add(key + " is " + commands.get(0).status() + ", neither DONE nor DEAD");
            }
        }
        if (applied + dead != source.size()) {
            problems.add("source ids " + source.size() + " != applied " + applied + " + dead-lettered " + dead);
        }
        byKey.keySet().stream().filter(k -> k.startsWith("mo-") && !source.contains(k)).limit(20)
                .forEach(k -> problems.add(k + " is in the outbox but no acknowledged release answered it"));

        // Odoo: manufacturing orders carrying a TAKT: origin, read from the sandbox directly
        Map<String, Integer> inOdoo = odooOrigins();
        int duplicates = 0;
        for (Map.Entry<String, Integer> e : inOdoo.entrySet()) {
            if (e.getValue() > 1) {
                duplicates++;
                problems.add(e.getKey() + " has " + e.getValue() + " manufacturing orders in Odoo");
            }
            if (!byKey.containsKey(e.getKey())) {
                problems.add(e.getKey() + " has a manufacturing order in Odoo but was never queued");
            }
        }
        for (List<Command> commands : byKey.values()) {
            for (Command c : commands) {
                int n = inOdoo.getOrDefault(c.key(), 0);
                if (c.status().equals("DONE") && n != 1) {
                    problems.add(c.key() + " is DONE and has " + n + " manufacturing orders in Odoo");
                }
                if (c.status().equals("DEAD") && n != 0) {
                    problems.add(c.key() + " is a dead letter yet has " + n + " manufacturing orders in Odoo");
                }
            }
        }

        // the audit history: exactly one COMPLETED or DEAD_LETTERED entry per command
        Map<Long, Integer> completed = auditCount("COMPLETED");
        Map<Long, Integer> deadLettered = auditCount("DEAD_LETTERED");
        for (Command c : byId.values()) {
            int done = completed.getOrDefault(c.id(), 0);
            int lettered = deadLettered.getOrDefault(c.id(), 0);
            if (done + lettered != 1) {
                problems.add("command " + c.id() + " (" + c.key() + ", " + c.status() + ") has " + done
                        + " COMPLETED and " + lettered + " DEAD_LETTERED audit entries");
            } else if (c.status().equals("DONE") != (done == 1)) {
                problems.add("command " + c.id() + " is " + c.status() + " but its audit entry says "
                        + (done == 1 ? "COMPLETED" : "DEAD_LETTERED"));
            }
        }
        Stream.concat(completed.keySet().stream(), deadLettered.keySet().stream())
                .filter(id -> !byId.containsKey(id)).distinct().limit(20)
                .forEach(id -> problems.add("audit entry for command " + id + ", which the outbox does not hold"));

        byId.values().stream().filter(c -> c.status().equals("DEAD"))
                .forEach(c -> log("dead letter: command %d %s", c.id(), c.key()));
        log("FIGURES db=%s commands=%d source-ids=%d applied=%d dead-lettered=%d duplicates=%d mo-in-odoo=%d "
                + "audit-completed=%d audit-dead-lettered=%d restarts-ms=%s drain-ms=%d", db, byId.size(),
                source.size(), applied, dead, duplicates, inOdoo.values().stream().mapToInt(Integer::intValue).sum(),
                completed.values().stream().mapToInt(Integer::intValue).sum(),
                deadLettered.values().stream().mapToInt(Integer::intValue).sum(), restarts, drainMs);
        return problems;
    }

    /** Audit entries with this outcome, counted per command id (paging through the history). */
    static Map<Long, Integer> auditCount(String outcome) throws IOException {
        Map<Long, Integer> counts = new HashMap<>();
        Pattern entry = Pattern.compile("\\{\"commandId\":(null|\\d+)\\}");
        String after = null;
        do {
            String body = graphql("{ auditEntries(filter: {outcome: " + outcome + "}, first: 1000" + cursor(after)
                    + ") { nodes { commandId } pageInfo { hasNextPage endCursor } } }", Duration.ofSeconds(60));
            if (body.contains("\"errors\"")) {
                throw new IOException("auditEntries failed: " + abbreviate(body));
            }
            Matcher m = entry.matcher(body);
            while (m.find()) {
                if (!m.group(1).equals("null")) {
                    counts.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
                }
            }
            after = nextCursor(body);
        } while (after != null);
        return counts;
    }

    /** The idempotency keys of the Odoo sandbox's manufacturing orders created by Takt, with how many each. */
    static Map<String, Integer> odooOrigins() throws IOException {
        String url = "http://localhost:" + odooPort + "/sandbox/odoo/jsonrpc";
        Matcher uid = Pattern.compile("\"result\":(\\d+)").matcher(post(url, "{\"jsonrpc\":\"2.0\",\"method\":\"call\","
                + "\"params\":{\"service\":\"common\",\"method\":\"authenticate\",\"args\":[\"mfg\",\"admin\","
                + "\"admin\",{}]},\"id\":1}", Duration.ofSeconds(30)));
        if (!uid.find()) {
            throw new IOException("the sandbox refused the fixture login");
        }
        Map<String, Integer> counts = new HashMap<>();
        Pattern origin = Pattern.compile("\"origin\":\"TAKT:([^\" ]+)");
        int page = 1000;
        for (int offset = 0; ; offset += page) {
            String body = post(url, "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"object\","
                    + "\"method\":\"execute_kw\",\"args\":[\"mfg\"," + uid.group(1) + ",\"admin\",\"mrp.production\","
                    + "\"search_read\",[[[\"origin\",\"ilike\",\"TAKT:\"]]],{\"fields\":[\"origin\"],\"offset\":"
                    + offset + ",\"limit\":" + page + ",\"order\":\"id\"}]},\"id\":2}", Duration.ofSeconds(60));
            if (body.contains("\"error\"")) {
                throw new IOException("search_read failed: " + abbreviate(body));
            }
            int found = 0;
            Matcher m = origin.matcher(body);
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
                found++;
            }
            int records = body.split("\"id\":", -1).length - 2; // minus the reply's own id
            if (records < page) {
                if (found != Math.max(records, 0)) {
                    throw new IOException("unreadable origins in " + abbreviate(body));
                }
                return counts;
            }
        }
    }

    // ---- the server processes ---------------------------------------------------------------------------------

    static void prepareServer(String name) throws Exception {
        Path war = Path.of("target/takt.war");
        if (!Files.isRegularFile(war) || !Files.isDirectory(WLP.resolve("usr/shared/resources/derby"))
                || !Files.isDirectory(WLP.resolve("usr/shared/resources/postgresql"))) {
            throw new IllegalStateException("build first: ./mvnw package liberty:create "
                    + "dependency:copy@derby-for-tests dependency:copy@postgresql-for-tests -DskipTests");
        }
        Path dir = WLP.resolve("usr/servers/" + name);
        stop(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        run(name, List.of(WLP.resolve("bin/server").toString(), "create", name), Duration.ofMinutes(2));
        try (Stream<Path> config = Files.list(Path.of("liberty/config"))) {
            for (Path file : config.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(war, dir.resolve("dropins/takt.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void startOdoo() throws Exception {
        run(ODOO, List.of(WLP.resolve("bin/server").toString(), "start", ODOO), Duration.ofMinutes(3));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (post("http://localhost:" + odooPort + "/sandbox/odoo/jsonrpc", "{\"jsonrpc\":\"2.0\","
                        + "\"method\":\"call\",\"params\":{\"service\":\"common\",\"method\":\"version\",\"args\":[]},"
                        + "\"id\":1}", Duration.ofSeconds(5)).contains("\"result\"")) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            sleep(250);
        }
        throw new IllegalStateException("the sandbox did not answer within 3 minutes; see " + WLP
                + "/usr/servers/" + ODOO + "/logs/messages.log");
    }

    static void start() throws Exception {
        run(SERVER, List.of(WLP.resolve("bin/server").toString(), "start", SERVER), Duration.ofMinutes(3));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (graphql("{ outboxCommands(status: PENDING, first: 0) { totalCount } }", Duration.ofSeconds(5))
                        .contains("totalCount")) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            sleep(250);
        }
        throw new IllegalStateException("Takt did not answer within 3 minutes; see " + WLP
                + "/usr/servers/" + SERVER + "/logs/messages.log");
    }

    static void stop(String name) throws Exception {
        if (Files.isDirectory(WLP.resolve("usr/servers/" + name))) {
            run(name, List.of(WLP.resolve("bin/server").toString(), "stop", name), Duration.ofMinutes(2));
        }
    }

    static long pid() throws IOException {
        return Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + SERVER + ".pid")).strip());
    }

    static void run(String server, List<String> command, Duration timeout) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        boolean odoo = server.equals(ODOO);
        int p = odoo ? odooPort : port;
        env.put("HTTP_PORT", String.valueOf(p));
        env.put("HTTPS_PORT", String.valueOf(p + 1));
        env.put("JVM_ARGS", odoo
                ? "-Dtakt.sandbox.size=500 -Dtakt.outbox.relay.enabled=false"
                : "-Dtakt.sandbox.enabled=false -Dtakt.sandbox.url=http://localhost:" + odooPort + "/sandbox/odoo"
                        + " -Dtakt.outbox.relay.lease-ms=20000");
        if (!odoo && db.equals("postgresql")) {
            for (String key : List.of("URL", "USER", "PASSWORD")) {
                String value = System.getenv("TAKT_IT_DB_" + key);
                if (value == null) {
                    throw new IllegalStateException("--db postgresql needs TAKT_IT_DB_" + key
                            + ": eval \"$(.ci/postgres)\" first");
                }
                env.put("TAKT_DB_" + key, value);
            }
        } else {
            env.remove("TAKT_DB_URL");
            env.remove("TAKT_DB_USER");
            env.remove("TAKT_DB_PASSWORD");
        }
        Process process = pb.start();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within " + timeout);
        }
    }

    static String graphql(String query, Duration timeout) throws IOException {
        String json = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return post(base + "/graphql", json, timeout);
    }

    static String post(String url, String json, Duration timeout) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Items with a normal bill of materials (MAKE lines need one), read through Takt. */
    static List<String> makeItems() throws IOException {
        String body = graphql("{ items(first: 500) { nodes { code active boms { type } } } }",
                Duration.ofSeconds(120));
        Matcher m = Pattern.compile("\\{\"code\":\"([^\"]+)\",\"active\":true,\"boms\":\\[([^\\]]*)\\]\\}")
                .matcher(body);
        List<String> items = new ArrayList<>();
        while (m.find()) {
            if (m.group(2).contains("\"NORMAL\"")) {
                items.add(m.group(1));
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("the sandbox has no item with a normal BoM: " + abbreviate(body));
        }
        return items;
    }

    static String cursor(String after) {
        return after == null ? "" : ", after: \"" + after + "\"";
    }

    static String nextCursor(String body) {
        Matcher next = Pattern.compile("\"hasNextPage\":true,\"endCursor\":\"([^\"]+)\"").matcher(body);
        return next.find() ? next.group(1) : null;
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[kill-test] %tT " + format + "%n", Stream.concat(Stream.of(java.time.LocalTime.now()),
                Stream.of(args)).toArray());
    }
}
