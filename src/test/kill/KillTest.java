import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Kill test (issue 4, "Proof"): runs Takt as a separate Liberty process, submits work through GraphQL from several
 * clients, kills the server's JVM with SIGKILL at random moments, restarts it, waits until the work drains, and checks
 * the invariants. A single-file program (Java 17 runs it from source; no test framework, no Maven):
 *
 * <pre>
 *   ./mvnw package liberty:create dependency:copy@derby-for-tests dependency:copy@postgresql-for-tests -DskipTests
 *   java src/test/kill/KillTest.java [--db derby|postgresql] [--kills 5] [--port 9490] [--seed 1] [--clients 2]
 * </pre>
 *
 * With {@code --db postgresql} the database is the one {@code TAKT_IT_DB_URL}, {@code _USER}, {@code _PASSWORD}
 * name ({@code eval "$(.ci/postgres)"}). The server is {@code target/liberty/wlp/usr/servers/killtest}, made afresh
 * (Derby files included) from {@code liberty/config} and {@code target/takt.war}.
 *
 * <p>What is submitted and checked are the small functions {@link #submit}, {@link #drained} and {@link #check}:
 * today planning submissions (one-line forecasts, each with a unique note). A submission the server acknowledged must
 * be stored exactly once, none may be stored twice, nothing may be stored that no client sent, and versions stay
 * numbered without gaps. When the outbox lands, {@code submit} becomes a planned-order release and {@code drained}
 * waits for {@code outboxCommands(status: PENDING) { totalCount }} to reach 0; {@code check} then compares source ids
 * with applied ∪ dead-lettered and counts audit entries.
 */
public class KillTest {

    static final Path WLP = Path.of("target/liberty/wlp");
    static final String SERVER = "killtest"; // not containing "takt": Arquillian takes such a server for its own
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static String db = "derby";
    static int kills = 5;
    static int port = 9490;
    static long seed = 1;
    static int clients = 2;
    static String base;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--kills" -> kills = Integer.parseInt(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        base = "http://localhost:" + port;
        long t0 = System.nanoTime();
        prepareServer();
        Random random = new Random(seed);
        long started = System.nanoTime();
        start();
        log("server up in %d ms on %s", (System.nanoTime() - started) / 1_000_000, db);
        String item = firstUnitItem();

        Map<String, String> outcomes = new ConcurrentHashMap<>(); // note -> ACK | UNKNOWN | REFUSED
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    String note = "kill-" + db + "-" + sequence.incrementAndGet();
                    outcomes.put(note, submit(item, note));
                    if (!"ACK".equals(outcomes.get(note))) {
                        sleep(200); // server down: try again soon with a new submission
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        List<Long> restarts = new ArrayList<>();
        for (int k = 1; k <= kills; k++) {
            sleep(2_000 + random.nextInt(6_000));
            long pid = pid();
            int acked = count(outcomes, "ACK");
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL on Linux
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            log("kill %d: SIGKILL to pid %d after %d acknowledged submissions", k, pid, acked);
            long restart = System.nanoTime();
            start();
            restarts.add((System.nanoTime() - restart) / 1_000_000);
            log("kill %d: restarted in %d ms", k, restarts.get(restarts.size() - 1));
        }
        sleep(2_000);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        long drain = System.nanoTime();
        drained(Duration.ofMinutes(5));
        log("drained in %d ms", (System.nanoTime() - drain) / 1_000_000);
        List<String> problems = check(outcomes);
        stop();
        log("%d submissions sent: %d acknowledged, %d cut off by a kill (outcome unknown), %d refused while down; "
                + "restarts %s ms; %d s in all", outcomes.size(), count(outcomes, "ACK"), count(outcomes, "UNKNOWN"),
                count(outcomes, "REFUSED"), restarts, (System.nanoTime() - t0) / 1_000_000_000);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("FAILED: " + p));
            System.out.println("0 passed, 1 failed");
            System.exit(1);
        }
        System.out.println("kill test on " + db + ": invariants hold");
        System.out.println("1 passed, 0 failed");
    }

    // ---- what is submitted and checked: adapt these -----------------------------------------------------------

    /** Submits one unit of work; ACK when the server answered it, UNKNOWN when cut off, REFUSED when it was down. */
    static String submit(String item, String note) {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String query = "mutation { submitForecast(input: {note: \"" + note + "\", lines: [{item: \"" + item
                + "\", location: \"WH\", bucketStart: \"" + monday + "\", bucket: WEEK, quantity: 7}]}) "
                + "{ version accepted { line } } }";
        try {
            String body = graphql(query, Duration.ofSeconds(30));
            return body.contains("\"version\":") && !body.contains("\"errors\"") ? "ACK" : "UNKNOWN";
        } catch (java.net.ConnectException e) {
            return "REFUSED";
        } catch (IOException e) {
            return "UNKNOWN";
        }
    }

    /** Waits until the server has nothing left to deliver. Planning submissions are synchronous: nothing to wait for.
     *  With the outbox: poll {@code outboxCommands(status: PENDING) { totalCount }} until 0 or the deadline. */
    static void drained(Duration deadline) {
    }

    /** The invariants, as readable problems (empty when they hold). */
    static List<String> check(Map<String, String> outcomes) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        List<Integer> versions = new ArrayList<>();
        String after = null;
        Pattern node = Pattern.compile("\\{\"version\":(\\d+),\"note\":(null|\"([^\"]*)\")\\}");
        while (true) {
            String body = graphql("{ forecastVersions(first: 1000" + (after == null ? "" : ", after: \"" + after + "\"")
                    + ") { nodes { version note } pageInfo { hasNextPage endCursor } } }", Duration.ofSeconds(60));
            Matcher m = node.matcher(body);
            while (m.find()) {
                versions.add(Integer.parseInt(m.group(1)));
                if (m.group(3) != null && m.group(3).startsWith("kill-" + db + "-")) {
                    stored.merge(m.group(3), 1, Integer::sum);
                }
            }
            Matcher next = Pattern.compile("\"hasNextPage\":true,\"endCursor\":\"([^\"]+)\"").matcher(body);
            if (!next.find()) {
                break;
            }
            after = next.group(1);
        }
        List<String> problems = new ArrayList<>();
        outcomes.forEach((note, outcome) -> {
            int n = stored.getOrDefault(note, 0);
            if ("ACK".equals(outcome) && n != 1) {
                problems.add(note + " was acknowledged but is stored " + n + " times");
            }
            if (n > 1) {
                problems.add(note + " is stored " + n + " times");
            }
        });
        stored.keySet().stream().filter(note -> !outcomes.containsKey(note))
                .forEach(note -> problems.add(note + " is stored but no client sent it"));
        versions.sort(Comparator.naturalOrder());
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i) != i + 1) {
                problems.add("forecast versions are not numbered 1.." + versions.size() + " without gaps: "
                        + "position " + (i + 1) + " holds " + versions.get(i));
                break;
            }
        }
        long unknownStored = outcomes.entrySet().stream()
                .filter(e -> "UNKNOWN".equals(e.getValue()) && stored.containsKey(e.getKey())).count();
        log("stored %d kill-test versions (%d of them cut off before the answer, committed anyway)",
                stored.size(), unknownStored);
        return problems;
    }

    // ---- the server process -----------------------------------------------------------------------------------

    static void prepareServer() throws Exception {
        Path war = Path.of("target/takt.war");
        if (!Files.isRegularFile(war) || !Files.isDirectory(WLP.resolve("usr/shared/resources/derby"))
                || !Files.isDirectory(WLP.resolve("usr/shared/resources/postgresql"))) {
            throw new IllegalStateException("build first: ./mvnw package liberty:create "
                    + "dependency:copy@derby-for-tests dependency:copy@postgresql-for-tests -DskipTests");
        }
        Path dir = WLP.resolve("usr/servers/" + SERVER);
        stop();
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        run(List.of(WLP.resolve("bin/server").toString(), "create", SERVER), Duration.ofMinutes(2));
        try (Stream<Path> config = Files.list(Path.of("liberty/config"))) {
            for (Path file : config.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(war, dir.resolve("dropins/takt.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void start() throws Exception {
        run(List.of(WLP.resolve("bin/server").toString(), "start", SERVER), Duration.ofMinutes(3));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (graphql("{ forecastVersions(first: 1) { totalCount } }", Duration.ofSeconds(5))
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

    static void stop() throws Exception {
        if (Files.isDirectory(WLP.resolve("usr/servers/" + SERVER))) {
            run(List.of(WLP.resolve("bin/server").toString(), "stop", SERVER), Duration.ofMinutes(2));
        }
    }

    static long pid() throws IOException {
        return Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + SERVER + ".pid")).strip());
    }

    static void run(List<String> command, Duration timeout) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("HTTP_PORT", String.valueOf(port));
        env.put("HTTPS_PORT", String.valueOf(port + 1));
        env.put("JVM_ARGS", "-Dtakt.sandbox.size=500");
        if (db.equals("postgresql")) {
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
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within " + timeout);
        }
    }

    static String graphql(String query, Duration timeout) throws IOException {
        String json = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(timeout)
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

    static String firstUnitItem() throws IOException {
        Matcher m = Pattern.compile("\\{\"code\":\"([^\"]+)\",\"uom\":\"Units\"\\}")
                .matcher(graphql("{ items(type: STORABLE, first: 200) { nodes { code uom } } }", Duration.ofSeconds(60)));
        if (!m.find()) {
            throw new IllegalStateException("the sandbox has no storable item counted in Units");
        }
        return m.group(1);
    }

    static int count(Map<String, String> outcomes, String outcome) {
        return (int) outcomes.values().stream().filter(outcome::equals).count();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[kill-test] " + format + "%n", args);
    }
}
