package dev.takt.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An Odoo {@code order} specification ({@code "name desc, id"}) applied to record ids. Empty values sort last
 * ascending and first descending (PostgreSQL's default); many2one fields sort by the target's display name.
 */
public final class SandboxOrder {

    private record Term(SandboxField field, boolean descending) {
    }

    private final SandboxModel model;
    private final List<Term> terms;

    private SandboxOrder(SandboxModel model, List<Term> terms) {
        this.model = model;
        this.terms = terms;
    }

    /**
     * Parses an order on a model.
     *
     * @throws SandboxOdooError a {@code builtins.ValueError} for an unknown field or a malformed term
     */
    public static SandboxOrder parse(SandboxModel model, String spec) {
        List<Term> terms = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            SandboxField f = model.field(words[0]);
            boolean desc = words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc");
            boolean validDir = words.length == 1 || words[1].equalsIgnoreCase("asc") || words[1].equalsIgnoreCase("desc");
            if (f == null || !validDir || words.length > 4 || f.type().toMany()) {
                throw SandboxOdooError.valueError("Invalid \"order\" specified (" + spec + "). A valid \"order\" "
                        + "specification is a comma-separated list of valid field names (optionally followed by "
                        + "asc/desc for the direction)");
            }
            terms.add(new Term(f, desc));
        }
        return new SandboxOrder(model, terms);
    }

    /** Whether this is plain id order; {@code Boolean.TRUE} ascending, {@code FALSE} descending, null otherwise. */
    Boolean idOnly() {
        if (terms.size() == 1 && terms.get(0).field.name().equals("id")) {
            return !terms.get(0).descending;
        }
        return null;
    }

    /** Sorts ids in place. Sort keys are computed once per record. */
    void sort(SandboxDatabase db, int[] ids) {
        int n = ids.length;
        Object[][] keys = new Object[n][];
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
            Object[] k = new Object[terms.size()];
            for (int t = 0; t < terms.size(); t++) {
                k[t] = key(db, terms.get(t).field, ids[i]);
            }
            keys[i] = k;
        }
        Comparator<Integer> cmp = (a, b) -> {
            for (int t = 0; t < terms.size(); t++) {
                Object x = keys[a][t];
                Object y = keys[b][t];
                boolean desc = terms.get(t).descending;
                int c;
                if (x == null || y == null) {
                    c = x == y ? 0 : x == null ? 1 : -1; // empty last ascending, first descending
                    if (desc) {
                        c = -c;
                    }
                } else {
                    c = SandboxDomain.compare(x, y);
                    if (desc) {
                        c = -c;
                    }
                }
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(ids[a], ids[b]);
        };
        java.util.Arrays.sort(index, cmp);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = ids[index[i]];
        }
        System.arraycopy(sorted, 0, ids, 0, n);
    }

    private Object key(SandboxDatabase db, SandboxField f, int id) {
        if (f.name().equals("id")) {
            return id;
        }
        Object v = db.value(model, f, id);
        if (f.type() == SandboxFieldType.MANY2ONE && v != null) {
            SandboxModel target = db.model(f.relation());
            return target == null ? v : db.displayName(target, (Integer) v).toLowerCase(Locale.ROOT);
        }
        if (v instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        return v;
    }
}
