package dev.takt.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The sandbox's in-memory Odoo database ({@code mfg}): every model with its records, sequences, user passwords,
 * and the caches derived from records (one2many indexes, stock sums), each invalidated by the version of the
 * models it reads.
 *
 * <p>Every RPC call that may write runs in a {@linkplain #begin transaction}, as each Odoo request does: "now" is
 * the transaction's start for everything it creates or writes ({@code cr.now()}, PostgreSQL's {@code now()}); every
 * record it changes, directly or as a side effect (a work order planned, a quant reserved), gets that
 * {@code write_date} and the caller as {@code write_uid} when it commits; and when the call fails, every change is
 * undone ({@link #rollback}), so a failed create leaves nothing behind. Ids and sequence numbers used by a
 * rolled-back transaction are not given again, as with PostgreSQL sequences.
 *
 * <p>Not thread-safe for writes: callers hold a read lock to read (the caches tolerate concurrent readers) and
 * a write lock to change anything.
 */
public final class SandboxDatabase {

    /** The only database name the sandbox serves. */
    public static final String NAME = "mfg";

    private static final int[] NO_IDS = new int[0];

    private final Map<String, SandboxModel> models;
    private final Clock clock;
    private final Map<String, Integer> sequences = new HashMap<>();
    private final Map<Integer, String> passwords = new HashMap<>();
    private final Map<String, Derived> derived = new ConcurrentHashMap<>();
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();
    private final Map<String, List<SandboxField>> referencing = new HashMap<>();
    private Long fixedNow;
    private int currentUid = 1;
    private Transaction tx;
    /** True while PostgreSQL itself would change rows (ON DELETE SET NULL): no write_date for those. */
    private boolean byDatabase;

    private record Derived(int[] versions, Object value) {
    }

    private record Touched(SandboxModel model, int id) {
    }

    /** One RPC call's changes: its start time, the records it touched, and how to undo them. */
    private static final class Transaction {
        final long now;
        final int uid;
        final Set<Touched> touched = new LinkedHashSet<>();
        final Deque<Runnable> undo = new ArrayDeque<>();

        Transaction(long now, int uid) {
            this.now = now;
            this.uid = uid;
        }
    }

    /** Records a transaction's changes; inert outside one. */
    private final SandboxModel.Journal journal = new SandboxModel.Journal() {
        @Override
        public void changed(SandboxModel model, int id, int slot, Object old) {
            Transaction t = tx;
            if (t == null) {
                return;
            }
            t.undo.push(() -> model.unset(id, slot, old));
            if (!byDatabase && slot != model.field("write_date").slot && slot != model.field("write_uid").slot) {
                t.touched.add(new Touched(model, id));
            }
        }

        @Override
        public void inserted(SandboxModel model, int id) {
            Transaction t = tx;
            if (t != null) {
                t.undo.push(() -> model.uninsert(id));
            }
        }

        @Override
        public void deleted(SandboxModel model, int id, Object[] row) {
            Transaction t = tx;
            if (t != null) {
                t.undo.push(() -> model.undelete(id, row));
            }
        }
    };

    private record Index(int version, int[][] byParent) {
    }

    /** An empty database whose "now" comes from {@code clock}. */
    public SandboxDatabase(Clock clock) {
        this.models = SandboxSchema.createModels();
        this.clock = clock;
        for (SandboxModel m : models.values()) {
            m.journal(journal);
            for (SandboxField f : m.fields().values()) {
                if (f.stored() && (f.type() == SandboxFieldType.MANY2ONE || f.type() == SandboxFieldType.MANY2MANY)) {
                    referencing.computeIfAbsent(f.relation(), k -> new ArrayList<>()).add(f);
                }
            }
        }
    }

    /** The model, or null when the sandbox has no such model. */
    public SandboxModel model(String name) {
        return models.get(name);
    }

    SandboxModel require(String name) {
        SandboxModel m = models.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no model " + name);
        }
        return m;
    }

    /** Every model, in definition order. */
    public Map<String, SandboxModel> models() {
        return java.util.Collections.unmodifiableMap(models);
    }

    /** Number of live records per model. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        models.values().forEach(m -> out.put(m.name(), m.count()));
        return out;
    }

    /**
     * Now, in epoch seconds (UTC): the start of the current transaction, else the frozen instant the generator
     * uses, else the clock.
     */
    long now() {
        Transaction t = tx;
        if (t != null) {
            return t.now;
        }
        return fixedNow != null ? fixedNow : clock.instant().getEpochSecond();
    }

    // ------------------------------------------------------------------------------------------- transactions

    /** Starts the transaction of one call made by {@code uid}: "now" is fixed until it ends. */
    void begin(int uid) {
        if (tx != null) {
            throw new IllegalStateException("a transaction is already open");
        }
        tx = new Transaction(fixedNow != null ? fixedNow : clock.instant().getEpochSecond(), uid);
    }

    /** Ends the transaction: every record it touched that still exists gets its start as {@code write_date}. */
    void commit() {
        Transaction t = tx;
        tx = null;
        if (t == null) {
            return;
        }
        Long stamp = t.now;
        Integer uid = SandboxValues.id(t.uid);
        for (Touched r : t.touched) {
            if (r.model().exists(r.id())) {
                r.model().set(r.id(), r.model().field("write_date"), stamp);
                r.model().set(r.id(), r.model().field("write_uid"), uid);
            }
        }
    }

    /** Undoes everything the transaction did, newest change first. */
    void rollback() {
        Transaction t = tx;
        tx = null;
        if (t == null) {
            return;
        }
        while (!t.undo.isEmpty()) {
            t.undo.pop().run();
        }
    }

    /** Today (UTC). */
    LocalDate today() {
        return LocalDate.ofEpochDay(Math.floorDiv(now(), 86_400L));
    }

    void freezeNow(Long epochSeconds) {
        this.fixedNow = epochSeconds;
    }

    int currentUid() {
        return currentUid;
    }

    void currentUid(int uid) {
        this.currentUid = uid;
    }

    /** Next number of a sequence, e.g. {@code WH/MO/} → 8 (the caller formats it). */
    int nextSequence(String prefix) {
        return sequences.merge(prefix, 1, Integer::sum);
    }

    void sequence(String prefix, int lastUsed) {
        sequences.put(prefix, lastUsed);
    }

    Map<Integer, String> passwords() {
        return passwords;
    }

    // ----------------------------------------------------------------------------------------- reading values

    /** A field's internal value (see {@link SandboxField}); x2many as {@code int[]}, never null. */
    Object value(SandboxModel m, SandboxField f, int id) {
        if (f.stored()) {
            Object v = m.get(id, f);
            return v == null ? empty(f) : v;
        }
        if (f.name().equals("id")) {
            return SandboxValues.id(id);
        }
        if (f.related() != null) {
            return related(m, f.related(), 0, id);
        }
        if (f.type() == SandboxFieldType.ONE2MANY && f.inverse() != null) {
            return children(f.relation(), f.inverse(), id);
        }
        Object v = SandboxComputed.compute(this, m, f, id);
        return v == null ? empty(f) : v;
    }

    /** What an empty value reads as: 0 for numbers, false for booleans, no ids for x2many, else null. */
    static Object empty(SandboxField f) {
        return switch (f.type()) {
            case INTEGER -> SandboxValues.id(0);
            case FLOAT, MONETARY -> SandboxValues.num(0);
            case BOOLEAN -> Boolean.FALSE;
            case MANY2MANY, ONE2MANY -> NO_IDS;
            default -> null;
        };
    }

    Object value(String model, String field, int id) {
        SandboxModel m = require(model);
        SandboxField f = m.field(field);
        if (f == null) {
            throw new IllegalArgumentException("no field " + model + "." + field);
        }
        return value(m, f, id);
    }

    Integer ref(String model, String field, int id) {
        return (Integer) value(model, field, id);
    }

    int[] ids(String model, String field, int id) {
        return (int[]) value(model, field, id);
    }

    String str(String model, String field, int id) {
        return (String) value(model, field, id);
    }

    double dbl(String model, String field, int id) {
        Object v = value(model, field, id);
        return v == null ? 0.0 : ((Number) v).doubleValue();
    }

    private Object related(SandboxModel m, String[] path, int from, int id) {
        SandboxField f = m.field(path[from]);
        if (from == path.length - 1) {
            return value(m, f, id);
        }
        Integer target = (Integer) value(m, f, id);
        SandboxModel tm = models.get(f.relation());
        SandboxField last = tm.field(path[path.length - 1]);
        if (target == null || !tm.exists(target)) {
            return last != null && last.type().toMany() ? NO_IDS : null;
        }
        return related(tm, path, from + 1, target);
    }

    /** Ids of the records of {@code model} whose many2one {@code inverse} is {@code parentId}, ascending. */
    int[] children(String model, String inverse, int parentId) {
        SandboxModel cm = require(model);
        String key = model + "." + inverse;
        Index idx = indexes.get(key);
        if (idx == null || idx.version != cm.version()) {
            idx = buildIndex(cm, cm.field(inverse));
            indexes.put(key, idx);
        }
        return parentId >= 0 && parentId < idx.byParent.length && idx.byParent[parentId] != null
                ? idx.byParent[parentId] : NO_IDS;
    }

    private Index buildIndex(SandboxModel cm, SandboxField inv) {
        int version = cm.version();
        int maxParent = 0;
        int[] counts = new int[16];
        for (int id = 1; id <= cm.maxId(); id++) {
            Object[] row = cm.row(id);
            if (row != null && row[inv.slot] != null) {
                int p = (Integer) row[inv.slot];
                if (p >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(counts.length * 2, p + 1));
                }
                counts[p]++;
                maxParent = Math.max(maxParent, p);
            }
        }
        int[][] by = new int[maxParent + 1][];
        int[] fill = new int[maxParent + 1];
        for (int id = 1; id <= cm.maxId(); id++) {
            Object[] row = cm.row(id);
            if (row != null && row[inv.slot] != null) {
                int p = (Integer) row[inv.slot];
                if (by[p] == null) {
                    by[p] = new int[counts[p]];
                }
                by[p][fill[p]++] = id;
            }
        }
        return new Index(version, by);
    }

    /** A value computed from records, cached until one of {@code models} changes. */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Supplier<T> compute, String... dependsOn) {
        int[] versions = new int[dependsOn.length];
        for (int i = 0; i < dependsOn.length; i++) {
            versions[i] = require(dependsOn[i]).version();
        }
        Derived d = derived.get(key);
        if (d != null && Arrays.equals(d.versions, versions)) {
            return (T) d.value;
        }
        T value = compute.get();
        derived.put(key, new Derived(versions, value));
        return value;
    }

    // ------------------------------------------------------------------------------------------- display names

    /** Odoo's {@code display_name} of a record (the text of a many2one pair). */
    String displayName(SandboxModel m, int id) {
        if (!m.exists(id)) {
            return m.name() + "," + id;
        }
        String model = m.name();
        switch (model) {
            case "product.product", "product.template" -> {
                String code = str(model, "default_code", id);
                String name = str(model, "name", id);
                return code != null ? "[" + code + "] " + name : String.valueOf(name);
            }
            case "mrp.bom" -> {
                String code = str(model, "code", id);
                Integer tmpl = ref(model, "product_tmpl_id", id);
                String product = tmpl == null ? "" : displayName(require("product.template"), tmpl);
                return code != null ? code + ": " + product : product;
            }
            case "stock.location", "product.category" -> {
                return String.valueOf(str(model, "complete_name", id));
            }
            case "stock.picking.type" -> {
                Integer wh = ref(model, "warehouse_id", id);
                String name = str(model, "name", id);
                return wh != null ? str("stock.warehouse", "name", wh) + ": " + name : name;
            }
            case "res.partner" -> {
                Integer parent = ref(model, "parent_id", id);
                String name = str(model, "name", id);
                return parent != null ? displayName(m, parent) + ", " + name : String.valueOf(name);
            }
            case "mrp.workorder" -> {
                Integer mo = ref(model, "production_id", id);
                return (mo == null ? "" : str("mrp.production", "name", mo) + " - ") + str(model, "name", id);
            }
            case "sale.order.line" -> {
                Integer so = ref(model, "order_id", id);
                return (so == null ? "" : str("sale.order", "name", so) + " - ") + firstLine(str(model, "name", id));
            }
            case "purchase.order.line" -> {
                Integer po = ref(model, "order_id", id);
                return (po == null ? "" : str("purchase.order", "name", po) + ": ") + firstLine(str(model, "name", id));
            }
            case "product.supplierinfo" -> {
                Integer p = ref(model, "partner_id", id);
                return p == null ? model + "," + id : displayName(require("res.partner"), p);
            }
            case "stock.quant" -> {
                Integer loc = ref(model, "location_id", id);
                Integer product = ref(model, "product_id", id);
                return (loc == null ? "" : displayName(require("stock.location"), loc)) + " - "
                        + (product == null ? "" : displayName(require("product.product"), product));
            }
            case "stock.move" -> {
                String ref = str(model, "reference", id);
                Integer product = ref(model, "product_id", id);
                return (ref != null ? ref + ": " : "")
                        + (product == null ? "" : displayName(require("product.product"), product));
            }
            default -> {
                SandboxField name = m.field("name");
                Object v = name == null ? null : value(m, name, id);
                return v != null ? v.toString() : model + "," + id;
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // ------------------------------------------------------------------------------------------------ changes

    /**
     * Inserts a record from field/value pairs in internal form, after the static defaults, stamping the audit
     * fields. No validation: the generator and the RPC layer (which validates first) use it.
     */
    int insert(String model, Object... fieldValuePairs) {
        SandboxModel m = require(model);
        Object[] row = m.newRow();
        for (SandboxField f : m.fields().values()) {
            if (f.stored() && f.defaultValue() != null) {
                row[f.slot] = f.defaultValue();
            }
        }
        Long now = SandboxValues.epoch(java.time.Instant.ofEpochSecond(now()));
        Integer uid = SandboxValues.id(currentUid);
        row[m.field("create_date").slot] = now;
        row[m.field("write_date").slot] = now;
        row[m.field("create_uid").slot] = uid;
        row[m.field("write_uid").slot] = uid;
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            SandboxField f = m.field((String) fieldValuePairs[i]);
            if (f == null || !f.stored()) {
                throw new IllegalArgumentException("not a stored field: " + model + "." + fieldValuePairs[i]);
            }
            row[f.slot] = fieldValuePairs[i + 1];
        }
        return m.insert(row);
    }

    /** Inserts a record from a field → value map in internal form. */
    int insert(String model, Map<String, Object> values) {
        Object[] kv = new Object[values.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return insert(model, kv);
    }

    /** Sets a stored field, or the field a related field reads through. */
    void set(String model, int id, String field, Object value) {
        SandboxModel m = require(model);
        SandboxField f = m.field(field);
        if (f.related() != null) {
            String[] path = f.related();
            SandboxModel cur = m;
            int curId = id;
            for (int i = 0; i < path.length - 1; i++) {
                SandboxField hop = cur.field(path[i]);
                Integer next = (Integer) value(cur, hop, curId);
                if (next == null) {
                    return;
                }
                cur = require(hop.relation());
                curId = next;
            }
            set(cur.name(), curId, path[path.length - 1], value);
            return;
        }
        if (!f.stored()) {
            return;
        }
        m.set(id, f, value);
    }

    /**
     * Marks a record as written by the current transaction even when none of its values changed (Odoo's
     * {@code write} always sets {@code write_date}); outside a transaction, stamps it at once.
     */
    void stampWrite(String model, int id) {
        SandboxModel m = require(model);
        Transaction t = tx;
        if (t != null) {
            if (m.exists(id)) {
                t.touched.add(new Touched(m, id));
            }
            return;
        }
        m.set(id, m.field("write_date"), now());
        m.set(id, m.field("write_uid"), SandboxValues.id(currentUid));
    }

    /**
     * Deletes records; records that point to them through a cascading many2one go too, other many2one values
     * pointing to them become empty and many2many values lose them.
     */
    void delete(String model, int[] ids) {
        SandboxModel m = require(model);
        BitSet gone = new BitSet();
        for (int id : ids) {
            if (m.exists(id)) {
                gone.set(id);
            }
        }
        if (gone.isEmpty()) {
            return;
        }
        gone.stream().forEach(m::delete);
        for (SandboxField f : referencing.getOrDefault(model, List.of())) {
            SandboxModel owner = ownerOf(f);
            List<Integer> cascade = new ArrayList<>();
            for (int id = 1; id <= owner.maxId(); id++) {
                Object[] row = owner.row(id);
                if (row == null || row[f.slot] == null) {
                    continue;
                }
                if (f.type() == SandboxFieldType.MANY2ONE) {
                    if (gone.get((Integer) row[f.slot])) {
                        if (f.cascade()) {
                            cascade.add(id);
                        } else {
                            int record = id;
                            byDatabase(() -> owner.set(record, f, null));
                        }
                    }
                } else {
                    int[] refs = (int[]) row[f.slot];
                    int[] kept = Arrays.stream(refs).filter(r -> !gone.get(r)).toArray();
                    if (kept.length != refs.length) {
                        int record = id;
                        byDatabase(() -> owner.set(record, f, kept));
                    }
                }
            }
            if (!cascade.isEmpty()) {
                delete(owner.name(), cascade.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    /** Runs a change PostgreSQL makes on its own (a foreign key's ON DELETE): journaled, but not a write. */
    private void byDatabase(Runnable change) {
        byDatabase = true;
        try {
            change.run();
        } finally {
            byDatabase = false;
        }
    }

    private SandboxModel ownerOf(SandboxField f) {
        for (SandboxModel m : models.values()) {
            if (m.field(f.name()) == f) {
                return m;
            }
        }
        throw new IllegalStateException("field without model: " + f.name());
    }
}
