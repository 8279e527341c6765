package dev.takt.odoo;

import dev.takt.domain.Entity;
import dev.takt.domain.WorkOrder;
import dev.takt.odoo.FakeOdoo.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change feed against an Odoo that stores {@code write_date} to the microsecond, as a real one does (the
 * transaction's {@code now()}), while showing it, and comparing it in domains, to the second. A bulk change of a
 * thousand records in one transaction, and records spread over the microseconds of a few seconds with ids in no
 * order of time, are each delivered exactly once, and the feed ends.
 */
class JsonRpcOdooChangeFeedMicrosecondsTest {

    private static final Instant BULK = Instant.parse("2026-11-26T10:00:00.123456Z");

    private final FakeOdoo odoo = new FakeOdoo();
    private final Map<Long, Instant> writeDates = new HashMap<>();

    @AfterEach
    void stop() {
        odoo.close();
    }

    @Test
    void everyRecordOnceAndTheFeedEnds() {
        Random random = new Random(17);
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 5_000; id++) {
            ids.add(id);
        }
        java.util.Collections.shuffle(ids, random);
        for (int i = 0; i < 1_000; i++) {
            writeDates.put(ids.get(i), BULK); // one transaction
        }
        for (int i = 1_000; i < 1_500; i++) {
            long micros = (long) (random.nextDouble() * 4_000_000L);
            writeDates.put(ids.get(i), Instant.parse("2026-11-26T10:00:00Z").plus(micros, ChronoUnit.MICROS));
        }
        odoo.route(this::answer);
        OdooConnectorConfig config = new OdooConnectorConfig(odoo.settings());
        OdooChangeFeed feed = new JsonRpcOdooChangeFeed(new OdooRpc(new OdooSession(config,
                new OdooClient(config, List.of()))), config);

        OdooChangeCursor cursor = OdooChangeCursor.START;
        List<OdooChange<WorkOrder>> all = new ArrayList<>();
        int pages = 0;
        OdooChanges<WorkOrder> page;
        do {
            page = feed.changesSince(Entity.WORK_ORDER, Set.of("name"), cursor, 100);
            all.addAll(page.changes());
            assertTrue(page.changes().stream().noneMatch(OdooChange::late), "nothing commits late here");
            cursor = page.next();
            pages++;
            assertTrue(pages < 100, "the feed must end");
        } while (page.hasMore());

        assertEquals(1_500, all.size());
        Map<Long, Long> seen = all.stream().collect(Collectors.groupingBy(c -> c.record().id(),
                Collectors.counting()));
        assertEquals(writeDates.keySet(), seen.keySet());
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "each exactly once");
        for (OdooChange<WorkOrder> change : all) {
            assertEquals(writeDates.get(change.record().id()).truncatedTo(ChronoUnit.SECONDS), change.updatedAt());
        }
        List<OdooChange<WorkOrder>> inOrder = new ArrayList<>(all);
        inOrder.sort(Comparator.comparing((OdooChange<WorkOrder> c) -> c.updatedAt())
                .thenComparing(c -> c.record().id()));
        assertEquals(inOrder, all, "delivered in (second, id) order across pages");
        assertTrue(feed.changesSince(Entity.WORK_ORDER, Set.of("name"), cursor, 100).changes().isEmpty());
    }

    // ---- an Odoo 17 with microsecond write dates --------------------------------------------------------------

    private Reply answer(JsonObject request) {
        JsonObject params = request.getJsonObject("params");
        JsonArray args = params.getJsonArray("args");
        JsonValue result = switch (params.getString("method")) {
            case "version" -> Recordings.json("common.version.json").getJsonObject("response").get("result");
            case "authenticate" -> OdooJson.toJson(2);
            case "execute_kw" -> {
                if (!args.getString(3).equals("mrp.workorder") || !args.getString(4).equals("search_read")) {
                    throw new IllegalArgumentException(args.getString(3) + "/" + args.getString(4));
                }
                yield searchRead(args.getJsonArray(5).getJsonArray(0), args.getJsonObject(6));
            }
            default -> throw new IllegalArgumentException(params.getString("method"));
        };
        return Reply.json(FakeOdoo.resultReply(request, result));
    }

    private JsonArray searchRead(JsonArray domain, JsonObject kwargs) {
        Predicate<Long> match = id -> true;
        for (JsonValue token : domain) {
            if (!(token instanceof JsonArray leaf)) {
                throw new IllegalArgumentException("only implicit AND is expected here: " + domain);
            }
            match = match.and(leaf(leaf));
        }
        Comparator<Long> order = switch (kwargs.getString("order")) {
            case "id asc" -> Comparator.naturalOrder();
            case "write_date asc, id asc" -> Comparator.comparing((Long id) -> writeDates.get(id))
                    .thenComparing(Comparator.naturalOrder());
            default -> throw new IllegalArgumentException(kwargs.getString("order"));
        };
        int limit = kwargs.getInt("limit", Integer.MAX_VALUE);
        List<Long> found = writeDates.keySet().stream().filter(match).sorted(order).limit(limit).toList();
        var rows = OdooJson.JSON.createArrayBuilder();
        for (long id : found) {
            var row = OdooJson.JSON.createObjectBuilder().add("id", id);
            for (JsonValue field : kwargs.getJsonArray("fields")) {
                String name = ((JsonString) field).getString();
                switch (name) {
                    case "id" -> {
                    }
                    case "write_date" -> row.add(name, shown(writeDates.get(id)));
                    case "name" -> row.add(name, "WO " + id);
                    default -> throw new IllegalArgumentException("field " + name);
                }
            }
            rows.add(row);
        }
        return rows.build();
    }

    /** A leaf compared as PostgreSQL does: the stored microseconds against the operand's whole second. */
    private Predicate<Long> leaf(JsonArray leaf) {
        String field = leaf.getString(0);
        String op = leaf.getString(1);
        if (field.equals("write_date")) {
            Instant operand = LocalDateTime.parse(leaf.getString(2).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            return switch (op) {
                case ">=" -> id -> !writeDates.get(id).isBefore(operand);
                case "<" -> id -> writeDates.get(id).isBefore(operand);
                case ">" -> id -> writeDates.get(id).isAfter(operand);
                case "=" -> id -> writeDates.get(id).equals(operand);
                default -> throw new IllegalArgumentException(op);
            };
        }
        if (field.equals("id") && op.equals(">")) {
            long after = leaf.getJsonNumber(2).longValue();
            return id -> id > after;
        }
        if (field.equals("id") && op.equals("in")) {
            Set<Long> in = leaf.getJsonArray(2).getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .map(jakarta.json.JsonNumber::longValue).collect(Collectors.toSet());
            return in::contains;
        }
        throw new IllegalArgumentException(leaf.toString());
    }

    /** What Odoo shows: the second, in UTC. */
    private static String shown(Instant stored) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(LocalDateTime.ofInstant(stored, ZoneOffset.UTC));
    }
}
