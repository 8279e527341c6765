package dev.takt.odoo;

import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link OdooChangeFeed} over Odoo's JSON-RPC {@code search_read}/{@code search}, through the fault-tolerant
 * {@link OdooRpc} (reads only, so retried).
 *
 * <p>One call of {@link #changesSince}: (1) unless the cursor is {@link OdooChangeCursor#START}, the overlap window
 * {@code [mark - overlap, mark]}: ids and {@code write_date}s only, then the full records of the late ones, if any;
 * (2) the rest of the mark's second, by id; (3) the seconds after it, by {@code write_date} and id, keeping whole
 * seconds only, or (4) the one second that filled the page, by id. See {@link OdooChangeFeed} for why.
 *
 * <p>Cost: the window read returns the id and {@code write_date} of every record in the window, so a transaction
 * that changed {@code N} records in one second is re-read, as pairs, by each of the {@code N / limit} pages that
 * pass through and just after it: 10,000 records in pages of 500 mean 20 reads of up to 10,000 pairs. Odoo does not
 * index {@code write_date}: each read is a scan of the model's table, as for any {@code write_date} poll.
 */
@ApplicationScoped
public class JsonRpcOdooChangeFeed implements OdooChangeFeed {

    private static final String WRITE_DATE = "write_date";

    private OdooCalls calls;

    /** For CDI's proxies only. */
    protected JsonRpcOdooChangeFeed() {
    }

    @Inject
    public JsonRpcOdooChangeFeed(OdooRpc rpc, OdooConnectorConfig config) {
        this.calls = new OdooCalls(rpc, config);
    }

    /** A row as Odoo returned it, with its {@code write_date} second. */
    private record Row(long id, Instant second, JsonObject json) {
        static Row of(JsonValue value) {
            JsonObject json = value.asJsonObject();
            Instant at = OdooValues.DATETIME_UTC.read(json.get(WRITE_DATE));
            return new Row(json.getJsonNumber("id").longValue(), at == null ? Instant.EPOCH : at, json);
        }

        boolean atOrBefore(Instant t, long i) {
            return second.isBefore(t) || (second.equals(t) && id <= i);
        }
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::second).thenComparingLong(Row::id);

    @Override
    public <T extends Record> OdooChanges<T> changesSince(Entity<T> entity, Set<String> fields,
            OdooChangeCursor cursor, int limit) {
        EntityQuery.all(entity, List.of(), fields); // validates the field names
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1) {
            throw new IllegalArgumentException("a change feed page holds at least one record, got " + limit);
        }
        OdooModelMapping<T> mapping = calls.mapping(entity);
        Set<String> odooFields = new LinkedHashSet<>(mapping.odooFields(fields));
        odooFields.add(WRITE_DATE);
        Reader reader = new Reader(mapping, List.copyOf(odooFields));
        long overlap = (calls.config().cursorOverlap().toMillis() + 999) / 1000;

        List<Row> late = cursor.isStart() ? List.of() : late(reader, cursor, overlap);
        Forward forward = forward(reader, cursor, limit);

        List<Row> delivered = new ArrayList<>(late);
        delivered.addAll(forward.rows());
        Instant windowStart = forward.next().writeDate().minusSeconds(overlap);
        Instant recentFrom = cursor.recentFrom().isAfter(windowStart) ? cursor.recentFrom() : windowStart;
        Map<Long, Instant> recent = new HashMap<>();
        cursor.recent().forEach((id, at) -> {
            if (!at.isBefore(recentFrom)) {
                recent.put(id, at);
            }
        });
        for (Row row : delivered) {
            if (!row.second().isBefore(recentFrom)) {
                recent.put(row.id(), row.second());
            } else {
                recent.remove(row.id());
            }
        }
        OdooChangeCursor next = new OdooChangeCursor(forward.next().writeDate(), forward.next().id(), recentFrom,
                recent);

        JsonArray rows = toArray(delivered);
        List<T> records = mapping.toRecords(rows, fields, calls::read);
        List<OdooChange<T>> changes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            changes.add(new OdooChange<>(records.get(i), delivered.get(i).second(), i < late.size()));
        }
        return new OdooChanges<>(changes, next, forward.hasMore());
    }

    /** Reads rows of one entity: its default domain plus extra leaves, its Odoo fields, archived records too. */
    private final class Reader {
        private final OdooModelMapping<?> mapping;
        private final List<String> fields;

        Reader(OdooModelMapping<?> mapping, List<String> fields) {
            this.mapping = mapping;
            this.fields = fields;
        }

        List<Row> read(List<Object> extra, List<String> fieldNames, int limit, String order) {
            JsonArray rows = calls.searchRead(mapping.model(), mapping.domain(List.of(), extra), fieldNames, limit,
                    order, true);
            List<Row> out = new ArrayList<>(rows.size());
            rows.forEach(row -> out.add(Row.of(row)));
            return out;
        }

        List<Row> read(List<Object> extra, int limit, String order) {
            return read(extra, fields, limit, order);
        }
    }

    /** The records in the overlap window that were not delivered with their current {@code write_date}. */
    private List<Row> late(Reader reader, OdooChangeCursor cursor, long overlap) {
        Instant t = cursor.writeDate();
        Instant from = t.minusSeconds(overlap);
        if (cursor.recentFrom().isAfter(from)) {
            from = cursor.recentFrom();
        }
        if (from.isAfter(t)) {
            return List.of();
        }
        List<Row> window = reader.read(seconds(from, t.plusSeconds(1)), List.of("id", WRITE_DATE), 0, "id asc");
        Set<Long> lateIds = new TreeSet<>();
        for (Row row : window) {
            if (row.atOrBefore(t, cursor.id()) && !row.second().equals(cursor.recent().get(row.id()))) {
                lateIds.add(row.id());
            }
        }
        if (lateIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (Row row : reader.read(OdooDomain.leaf("id", "in", List.copyOf(lateIds)), 0, "id asc")) {
            if (row.atOrBefore(t, cursor.id())) { // changed again since: the forward read delivers it
                rows.add(row);
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    /** The forward part of a page and the cursor after it. */
    private record Forward(List<Row> rows, Mark next, boolean hasMore) {
    }

    private record Mark(Instant writeDate, long id) {
    }

    private Forward forward(Reader reader, OdooChangeCursor cursor, int limit) {
        Instant t = cursor.writeDate();
        List<Row> page = new ArrayList<>();
        Mark mark = new Mark(t, cursor.id());
        if (!cursor.isStart() && cursor.id() < Long.MAX_VALUE) {
            // the rest of the mark's second, by id
            List<Object> rest = new ArrayList<>(seconds(t, t.plusSeconds(1)));
            rest.addAll(OdooDomain.leaf("id", ">", cursor.id()));
            List<Row> sameSecond = reader.read(rest, limit, "id asc");
            page.addAll(sameSecond);
            if (!sameSecond.isEmpty()) {
                mark = new Mark(t, sameSecond.get(sameSecond.size() - 1).id());
            }
            if (sameSecond.size() == limit) {
                return new Forward(page, mark, true);
            }
        }
        int room = limit - page.size();
        List<Object> later = cursor.isStart() ? List.of()
                : OdooDomain.leaf(WRITE_DATE, ">=", datetime(t.plusSeconds(1)));
        List<Row> after = reader.read(later, room, "write_date asc, id asc");
        if (after.isEmpty()) {
            return new Forward(page, mark, false);
        }
        Instant lastSecond = after.get(after.size() - 1).second();
        if (after.size() < room) { // read to the end: every second in it is whole
            page.addAll(after);
            return new Forward(sorted(page), new Mark(lastSecond, maxId(after, lastSecond)), false);
        }
        if (after.get(0).second().isBefore(lastSecond)) { // keep the whole seconds, drop the last, maybe cut one
            List<Row> whole = after.stream().filter(r -> r.second().isBefore(lastSecond)).toList();
            Instant wholeUpTo = whole.get(whole.size() - 1).second();
            page.addAll(whole);
            return new Forward(sorted(page), new Mark(wholeUpTo, maxId(whole, wholeUpTo)), true);
        }
        // one second fills the page: read it by id
        List<Row> second = reader.read(seconds(lastSecond, lastSecond.plusSeconds(1)), room, "id asc");
        page.addAll(second);
        long lastId = second.isEmpty() ? 0 : second.get(second.size() - 1).id();
        return new Forward(sorted(page), new Mark(lastSecond, lastId), true);
    }

    /** {@code from <= write_date < to}: whole seconds, whatever precision Odoo stores. */
    private static List<Object> seconds(Instant from, Instant to) {
        List<Object> leaves = new ArrayList<>(OdooDomain.leaf(WRITE_DATE, ">=", datetime(from)));
        leaves.addAll(OdooDomain.leaf(WRITE_DATE, "<", datetime(to)));
        return leaves;
    }

    private static long maxId(List<Row> rows, Instant second) {
        return rows.stream().filter(r -> r.second().equals(second)).mapToLong(Row::id).max().orElse(0);
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort(ORDER);
        return copy;
    }

    private static JsonArray toArray(List<Row> rows) {
        var array = OdooJson.JSON.createArrayBuilder();
        rows.forEach(row -> array.add(row.json()));
        return array.build();
    }

    private static String datetime(Instant instant) {
        return (String) OdooValues.DATETIME_UTC.write(instant);
    }

    @Override
    public Set<Long> missingIds(Entity<?> entity, Collection<Long> ids) {
        String model = calls.mapping(entity).model();
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().sorted().toList();
        Set<Long> missing = new TreeSet<>(wanted);
        int batch = calls.config().batchSize();
        for (int from = 0; from < wanted.size(); from += batch) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + batch));
            JsonValue found = calls.execute(model, "search", OdooJson.array(OdooDomain.toJson(
                    OdooDomain.leaf("id", "in", chunk))), Map.of("context", Map.of("active_test", false)));
            for (JsonValue id : OdooCalls.asArray(found, model + "/search")) {
                missing.remove(((JsonNumber) id).longValue());
            }
        }
        return missing;
    }

    @Override
    public String odooModel(Entity<?> entity) {
        return calls.mapping(entity).model();
    }
}
