package dev.takt.sandbox;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Odoo model of the sandbox: its definition and its records.
 *
 * <p>Records are {@code Object[]} rows indexed by field slot and held in an array indexed by id (ids start at 1
 * and are never reused), so a million records cost little more than their values. Not thread-safe: the owner
 * guards it with a read/write lock.
 */
public final class SandboxModel {

    private final String name;
    private final String description;
    private final String defaultOrder;
    private final List<String> readGroups;
    private final List<String> writeGroups;
    private final Map<String, SandboxField> fields = new LinkedHashMap<>();
    private int slots;
    private Object[][] rows = new Object[16][];
    private int maxId;
    private int count;
    private int version;
    private Journal journal;

    /**
     * Told about every change of a record's row, so that a transaction can stamp what it touched and undo it all
     * when it fails.
     */
    interface Journal {
        /** {@code slot} of record {@code id} held {@code old} before it was set. */
        void changed(SandboxModel model, int id, int slot, Object old);

        /** Record {@code id} was inserted. */
        void inserted(SandboxModel model, int id);

        /** Record {@code id} was deleted; {@code row} is its last content. */
        void deleted(SandboxModel model, int id, Object[] row);
    }

    SandboxModel(String name, String description, String defaultOrder, List<String> readGroups,
            List<String> writeGroups) {
        this.name = name;
        this.description = description;
        this.defaultOrder = defaultOrder;
        this.readGroups = readGroups;
        this.writeGroups = writeGroups;
    }

    void add(SandboxField field) {
        if (field.related() == null && !field.computed() && field.type() != SandboxFieldType.ONE2MANY
                && !field.name().equals("id") && !field.name().equals("display_name")) {
            field.slot = slots++;
        }
        fields.put(field.name(), field);
    }

    /** Technical name, e.g. {@code mrp.production}. */
    public String name() {
        return name;
    }

    /** Odoo's {@code _description}, e.g. "Production Order". */
    public String description() {
        return description;
    }

    /** The order used when a search gives none (Odoo's {@code _order}). */
    public String defaultOrder() {
        return defaultOrder;
    }

    /** Groups named in an access error for reading. */
    public List<String> readGroups() {
        return readGroups;
    }

    /** Groups named in an access error for creating, modifying or deleting. */
    public List<String> writeGroups() {
        return writeGroups;
    }

    /** Every field, in definition order. */
    public Map<String, SandboxField> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The field, or null. */
    public SandboxField field(String fieldName) {
        return fields.get(fieldName);
    }

    /** Number of live records. */
    public int count() {
        return count;
    }

    /** Highest id ever given. */
    public int maxId() {
        return maxId;
    }

    /** Incremented by every change; caches compare it. */
    public int version() {
        return version;
    }

    void journal(Journal j) {
        this.journal = j;
    }

    int slotCount() {
        return slots;
    }

    /** The row of a live record, or null. */
    Object[] row(int id) {
        return id > 0 && id <= maxId ? rows[id] : null;
    }

    boolean exists(int id) {
        return row(id) != null;
    }

    Object[] newRow() {
        return new Object[slots];
    }

    /** Stores a new record under the next id and returns that id. */
    int insert(Object[] row) {
        int id = maxId + 1;
        if (id >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(rows.length * 2, id + 1));
        }
        rows[id] = row;
        maxId = id;
        count++;
        version++;
        if (journal != null) {
            journal.inserted(this, id);
        }
        return id;
    }

    void delete(int id) {
        Object[] row = row(id);
        if (row != null) {
            rows[id] = null;
            count--;
            version++;
            if (journal != null) {
                journal.deleted(this, id, row);
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof int[] x && b instanceof int[] y) {
            return Arrays.equals(x, y);
        }
        return java.util.Objects.equals(a, b);
    }

    /** Undoes an insert: the id stays used, as a PostgreSQL sequence would leave it. */
    void uninsert(int id) {
        if (row(id) != null) {
            rows[id] = null;
            count--;
            version++;
        }
    }

    /** Undoes a delete. */
    void undelete(int id, Object[] row) {
        if (id > 0 && id <= maxId && rows[id] == null) {
            rows[id] = row;
            count++;
            version++;
        }
    }

    /** Undoes a set. */
    void unset(int id, int slot, Object old) {
        Object[] row = row(id);
        if (row != null) {
            row[slot] = old;
            version++;
        }
    }

    Object get(int id, SandboxField field) {
        Object[] row = row(id);
        return row == null ? null : row[field.slot];
    }

    void set(int id, SandboxField field, Object value) {
        Object[] row = row(id);
        if (row != null) {
            Object old = row[field.slot];
            row[field.slot] = value;
            version++;
            if (journal != null && !same(old, value)) {
                journal.changed(this, id, field.slot, old);
            }
        }
    }
}
