package dev.takt.sandbox.frepple;

import dev.takt.sandbox.frepple.FreppleField.Type;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sandbox's database: one table per entity, rows as field name → typed value (see {@link FreppleValues#read}),
 * foreign keys as the target's primary key. Named entities and orders list in primary-key order (by code point, as
 * PostgreSQL's C collation sorts), numbered ones by id, parameters in insertion order. Deleting a row cascades like
 * frePPLe's database: rows that must reference it are deleted, optional references are cleared. Not thread-safe: the
 * {@link FreppleSandbox} serializes access.
 */
final class FreppleStore {

    /** One entity's rows. */
    static final class Table {
        final FreppleEntity entity;
        final Map<Object, Map<String, Object>> rows;
        long nextId = 1;

        Table(FreppleEntity entity) {
            this.entity = entity;
            this.rows = !entity.sorted() ? new LinkedHashMap<>()
                    : new TreeMap<>(entity.autoId() ? Comparator.comparingLong(o -> (Long) o)
                            : Comparator.comparing(o -> (String) o));
        }
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();

    FreppleStore() {
        for (FreppleEntity e : FreppleSchema.all()) {
            tables.put(e.name(), new Table(e));
        }
    }

    Table table(String entity) {
        return tables.get(entity);
    }

    /** Rows of an entity, in list order (live views of the rows). */
    List<Map<String, Object>> rows(String entity) {
        return new ArrayList<>(tables.get(entity).rows.values());
    }

    /** Row counts per entity. */
    Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        tables.forEach((name, t) -> out.put(name, t.rows.size()));
        return out;
    }

    /**
     * The primary key of an entity parsed from text (a URL segment or a JSON value), or null when it cannot be one
     * (a non-numeric id).
     */
    static Object key(FreppleEntity entity, String text) {
        if (!entity.autoId()) {
            return text;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Map<String, Object> get(String entity, Object key) {
        return key == null ? null : tables.get(entity).rows.get(key);
    }

    /** Whether a row with that primary key exists ({@value FreppleField#OPERATIONPLAN}: any order). */
    boolean exists(String target, String key) {
        if (FreppleField.OPERATIONPLAN.equals(target)) {
            return FreppleSchema.ORDERS.stream().anyMatch(o -> tables.get(o).rows.containsKey(key));
        }
        Table t = tables.get(target);
        return t != null && t.rows.containsKey(key(t.entity, key));
    }

    /** The order (of any kind) with that reference and its entity name, or null. */
    Map.Entry<String, Map<String, Object>> order(String reference) {
        for (String o : FreppleSchema.ORDERS) {
            Map<String, Object> row = tables.get(o).rows.get(reference);
            if (row != null) {
                return Map.entry(o, row);
            }
        }
        return null;
    }

    /** Stores a row under its primary key (assigning the next id when the entity numbers its rows). */
    Map<String, Object> put(String entity, Map<String, Object> row) {
        Table t = tables.get(entity);
        String keyName = t.entity.key();
        if (t.entity.autoId()) {
            Object id = row.get(keyName);
            if (id == null) {
                id = t.nextId;
                row.put(keyName, id);
            }
            t.nextId = Math.max(t.nextId, (Long) id + 1);
        }
        t.rows.put(row.get(keyName), row);
        return row;
    }

    /** Deletes a row and cascades; false when there was none. */
    boolean delete(String entity, Object key) {
        Table t = tables.get(entity);
        Map<String, Object> row = t.rows.remove(key);
        if (row == null) {
            return false;
        }
        String keyText = String.valueOf(key);
        FreppleSchema.referencing(entity).forEach((referrer, fields) -> {
            Table rt = tables.get(referrer.name());
            for (Object rk : new ArrayList<>(rt.rows.keySet())) {
                Map<String, Object> r = rt.rows.get(rk);
                if (r == null) {
                    continue;
                }
                for (FreppleField f : fields) {
                    if (keyText.equals(r.get(f.name()))) {
                        if (f.required()) {
                            delete(referrer.name(), rk);
                            break;
                        }
                        r.put(f.name(), null);
                    }
                }
            }
        });
        return true;
    }

    /** Deletes every row of an entity (no cascade: for the engine's regenerated tables). */
    void clear(String entity) {
        Table t = tables.get(entity);
        t.rows.clear();
        t.nextId = 1;
    }

    // ------------------------------------------------------------------------------------------------ JSON

    /** A row as frePPLe's serializer writes it. */
    Map<String, Object> json(FreppleEntity entity, Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FreppleField f : entity.fields()) {
            if (f.type() == Type.COMPUTED_LIST) {
                out.put(f.name(), computed(f.name(), String.valueOf(row.get(entity.key()))));
            } else {
                out.put(f.name(), FreppleValues.write(f.type(), row.get(f.name())));
            }
        }
        return out;
    }

    /** The {@code resources} or {@code materials} of a manufacturing order, from its operationplan rows. */
    private List<Object> computed(String name, String reference) {
        List<Object> out = new ArrayList<>();
        if (name.equals("resources")) {
            for (Map<String, Object> r : tables.get("operationplanresource").rows.values()) {
                if (reference.equals(r.get("operationplan"))) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("resource", r.get("resource"));
                    m.put("quantity", FreppleValues.decimalString((BigDecimal) r.get("quantity")));
                    m.put("setup", r.get("setup"));
                    out.add(m);
                }
            }
        } else {
            for (Map<String, Object> r : tables.get("operationplanmaterial").rows.values()) {
                if (reference.equals(r.get("operationplan"))) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("item", r.get("item"));
                    m.put("quantity", FreppleValues.decimalString((BigDecimal) r.get("quantity")));
                    m.put("flowdate", FreppleValues.dateTimeString((LocalDateTime) r.get("flowdate")));
                    out.add(m);
                }
            }
        }
        return out;
    }
}
