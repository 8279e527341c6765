package dev.takt.it.control;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.sync.CommandQueue;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import javax.sql.DataSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Test-only control of the outbox, added to the integration tests' deployment (never to the WAR users run): plays a
 * workflow that queues release commands through the real {@link CommandQueue} in a real transaction, re-queues
 * delivered rows (the duplicate storm), and reports the rows and audit entries of a key prefix.
 *
 * <ul>
 *   <li>{@code POST /it-control/outbox/enqueue} with {@code {"correlationId", "commands": [{"key", "itemId",
 *       "quantity"}]}}, queued in transactions of 200; answers the ids and the time spent queueing;</li>
 *   <li>{@code POST /it-control/outbox/requeue?prefix=P&clearLedger=true|false}: DONE rows of the prefix back to
 *       PENDING, due now (attempts kept), and optionally their ledger entries deleted, as if the outcome had never
 *       been recorded;</li>
 *   <li>{@code POST /it-control/outbox/strand?prefix=P&leaseMs=N}: PENDING rows of the prefix made to look leased by
 *       a relay that crashed mid-delivery (owner {@code crashed-relay}, one attempt started, lease ending in N ms);</li>
 *   <li>{@code GET /it-control/outbox/summary?prefix=P}: counts by status, dead keys, keys with their attempts,
 *       COMPLETED and DEAD_LETTERED audit entries per command, ledger entries, relays seen.</li>
 * </ul>
 */
@WebServlet("/it-control/outbox/*")
public class OutboxTestControl extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    CommandQueue queue;
    @Resource
    UserTransaction utx;
    @Resource(lookup = "jdbc/takt")
    DataSource db;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            switch (String.valueOf(req.getPathInfo())) {
                case "/enqueue" -> enqueue(req, resp);
                case "/requeue" -> requeue(req, resp);
                case "/strand" -> strand(req, resp);
                default -> resp.sendError(404);
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/summary".equals(req.getPathInfo())) {
            resp.sendError(404);
            return;
        }
        try {
            summary(req.getParameter("prefix"), resp);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private void enqueue(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        JsonObject body = Json.createReader(req.getInputStream()).readObject();
        String correlation = body.getString("correlationId");
        JsonArray commands = body.getJsonArray("commands");
        Instant start = Instant.parse("2026-06-01T08:00:00Z");
        JsonArrayBuilder ids = Json.createArrayBuilder();
        long started = System.nanoTime();
        for (int from = 0; from < commands.size(); from += 200) {
            utx.begin();
            try {
                for (JsonValue v : commands.subList(from, Math.min(commands.size(), from + 200))) {
                    JsonObject c = v.asJsonObject();
                    ids.add(queue.releaseManufacturingOrder(new ReleaseManufacturingOrder(
                            IdempotencyKey.of(c.getString("key")), c.getJsonNumber("itemId").longValue(), null,
                            c.getJsonNumber("quantity").doubleValue(), null, start, null, null, null, false,
                            "IT " + correlation), new CommandQueue.Origin("it-tester", correlation)));
                }
                utx.commit();
            } catch (Exception e) {
                utx.rollback();
                throw e;
            }
        }
        json(resp, Json.createObjectBuilder().add("ids", ids)
                .add("elapsedMicros", (System.nanoTime() - started) / 1_000).build());
    }

    private void requeue(HttpServletRequest req, HttpServletResponse resp) throws SQLException, IOException {
        String prefix = req.getParameter("prefix") + "%";
        int rows;
        int ledger = 0;
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE OUTBOX_COMMAND SET STATUS = 'PENDING', "
                    + "NEXT_ATTEMPT_AT = ?, COMPLETED_AT = NULL, LEASE_OWNER = NULL, LEASE_EXPIRES_AT = NULL "
                    + "WHERE STATUS = 'DONE' AND IDEMPOTENCY_KEY LIKE ?")) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                s.setString(2, prefix);
                rows = s.executeUpdate();
            }
            if (Boolean.parseBoolean(req.getParameter("clearLedger"))) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM OUTBOX_LEDGER WHERE IDEMPOTENCY_KEY LIKE ?")) {
                    s.setString(1, prefix);
                    ledger = s.executeUpdate();
                }
            }
        }
        json(resp, Json.createObjectBuilder().add("requeued", rows).add("ledgerDeleted", ledger).build());
    }

    private void strand(HttpServletRequest req, HttpServletResponse resp) throws SQLException, IOException {
        long leaseMs = Long.parseLong(req.getParameter("leaseMs"));
        int rows;
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE OUTBOX_COMMAND SET LEASE_OWNER = 'crashed-relay', "
                        + "LEASE_EXPIRES_AT = ?, ATTEMPTS = ATTEMPTS + 1 WHERE STATUS = 'PENDING' AND "
                        + "IDEMPOTENCY_KEY LIKE ?")) {
            s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).plusNanos(leaseMs * 1_000_000)));
            s.setString(2, req.getParameter("prefix") + "%");
            rows = s.executeUpdate();
        }
        json(resp, Json.createObjectBuilder().add("stranded", rows).build());
    }

    private void summary(String prefix, HttpServletResponse resp) throws SQLException, IOException {
        Map<String, Integer> byStatus = new TreeMap<>();
        Set<String> dead = new TreeSet<>();
        JsonObjectBuilder attempts = Json.createObjectBuilder();
        Map<String, Integer> completed = new TreeMap<>();
        Map<String, Integer> deadLettered = new TreeMap<>();
        Set<String> relays = new TreeSet<>();
        int ledger;
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT IDEMPOTENCY_KEY, STATUS, ATTEMPTS FROM "
                    + "OUTBOX_COMMAND WHERE IDEMPOTENCY_KEY LIKE ?")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byStatus.merge(r.getString(2), 1, Integer::sum);
                        if ("DEAD".equals(r.getString(2))) {
                            dead.add(r.getString(1));
                        }
                        attempts.add(r.getString(1), r.getInt(3));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT o.IDEMPOTENCY_KEY, a.OUTCOME, a.DETAIL FROM "
                    + "AUDIT_ENTRY a JOIN OUTBOX_COMMAND o ON o.ID = a.COMMAND_ID WHERE o.IDEMPOTENCY_KEY LIKE ? AND "
                    + "a.OUTCOME IN ('COMPLETED', 'DEAD_LETTERED')")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        (r.getString(2).equals("COMPLETED") ? completed : deadLettered).merge(r.getString(1), 1,
                                Integer::sum);
                        String detail = r.getString(3);
                        int at = detail == null ? -1 : detail.lastIndexOf("[relay ");
                        if (at >= 0) {
                            relays.add(detail.substring(at + 7, detail.length() - 1));
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM OUTBOX_LEDGER WHERE IDEMPOTENCY_KEY "
                    + "LIKE ?")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    ledger = r.getInt(1);
                }
            }
        }
        JsonObjectBuilder status = Json.createObjectBuilder();
        byStatus.forEach(status::add);
        JsonArrayBuilder deadKeys = Json.createArrayBuilder();
        dead.forEach(deadKeys::add);
        JsonObjectBuilder done = Json.createObjectBuilder();
        completed.forEach(done::add);
        JsonObjectBuilder dl = Json.createObjectBuilder();
        deadLettered.forEach(dl::add);
        JsonArrayBuilder relayIds = Json.createArrayBuilder();
        relays.forEach(relayIds::add);
        json(resp, Json.createObjectBuilder().add("status", status).add("dead", deadKeys).add("attempts", attempts)
                .add("completedEntries", done).add("deadLetteredEntries", dl).add("ledger", ledger)
                .add("relays", relayIds).build());
    }

    private static void json(HttpServletResponse resp, JsonValue value) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(value.toString());
    }
}
