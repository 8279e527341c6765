package dev.takt.sandbox;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Odoo search domains in prefix notation ({@code ['|', ['state','=','draft'], ['state','=','confirmed']]}),
 * compiled to a predicate on record ids.
 *
 * <p>Supports {@code &}, {@code |}, {@code !} (implicit AND between terms), the operators {@code = != <> < <= >
 * >= =? in, not in, like, not like, ilike, not ilike, =like, =ilike, child_of}, dotted paths through relational
 * fields ({@code location_id.usage}: true when any record on the path matches), {@code false} as the empty
 * value, many2one compared by id (or by display name against text), and Odoo's true/false leaves
 * {@code [1,'=',1]} / {@code [0,'=',1]}. Negative operators also match empty values, as in Odoo 17.
 */
public final class SandboxDomain {

    /** A compiled domain. */
    @FunctionalInterface
    public interface Predicate {
        /** Whether the record with this id matches. */
        boolean test(int id);
    }

    private static final Set<String> OPERATORS = Set.of("=", "!=", "<>", "<", "<=", ">", ">=", "=?", "in", "not in",
            "like", "not like", "ilike", "not ilike", "=like", "=ilike", "child_of");

    private final SandboxDatabase db;
    private final JsonArray items;
    private int pos;

    private SandboxDomain(SandboxDatabase db, JsonArray items) {
        this.db = db;
        this.items = items;
    }

    /**
     * Compiles a domain on a model.
     *
     * @throws SandboxOdooError a {@code builtins.ValueError} as Odoo raises it for an unknown field or operator
     */
    public static Predicate compile(SandboxDatabase db, SandboxModel model, JsonValue domain) {
        if (SandboxJson.isFalse(domain)) {
            return id -> true;
        }
        if (domain.getValueType() != JsonValue.ValueType.ARRAY) {
            throw SandboxOdooError.valueError("Invalid domain: " + SandboxJson.repr(domain));
        }
        SandboxDomain parser = new SandboxDomain(db, domain.asJsonArray());
        List<Predicate> terms = new ArrayList<>();
        while (parser.pos < parser.items.size()) {
            terms.add(parser.expression(model));
        }
        return and(terms);
    }

    /** True when a term of the domain is on the {@code active} field (then Odoo does not add active = true). */
    public static boolean mentionsActive(JsonValue domain) {
        if (domain == null || domain.getValueType() != JsonValue.ValueType.ARRAY) {
            return false;
        }
        for (JsonValue item : domain.asJsonArray()) {
            if (item.getValueType() == JsonValue.ValueType.ARRAY && !item.asJsonArray().isEmpty()
                    && item.asJsonArray().get(0) instanceof JsonString s
                    && (s.getString().equals("active") || s.getString().startsWith("active."))) {
                return true;
            }
        }
        return false;
    }

    private static Predicate and(List<Predicate> terms) {
        if (terms.isEmpty()) {
            return id -> true;
        }
        if (terms.size() == 1) {
            return terms.get(0);
        }
        Predicate[] ps = terms.toArray(new Predicate[0]);
        return id -> {
            for (Predicate p : ps) {
                if (!p.test(id)) {
                    return false;
                }
            }
            return true;
        };
    }

    private Predicate expression(SandboxModel model) {
        if (pos >= items.size()) {
            throw SandboxOdooError.valueError("Domain " + SandboxJson.repr(items) + " is syntactically not correct.");
        }
        JsonValue item = items.get(pos++);
        if (item instanceof JsonString s) {
            switch (s.getString()) {
                case "&" -> {
                    Predicate a = expression(model);
                    Predicate b = expression(model);
                    return id -> a.test(id) && b.test(id);
                }
                case "|" -> {
                    Predicate a = expression(model);
                    Predicate b = expression(model);
                    return id -> a.test(id) || b.test(id);
                }
                case "!" -> {
                    Predicate a = expression(model);
                    return id -> !a.test(id);
                }
                default -> throw SandboxOdooError.valueError("Invalid leaf " + SandboxJson.repr(item));
            }
        }
        if (item.getValueType() != JsonValue.ValueType.ARRAY || item.asJsonArray().size() != 3) {
            throw SandboxOdooError.valueError("Invalid leaf " + SandboxJson.repr(item));
        }
        return leaf(model, item.asJsonArray());
    }

    private Predicate leaf(SandboxModel model, JsonArray leaf) {
        JsonValue left = leaf.get(0);
        if (left instanceof JsonNumber n && leaf.get(1) instanceof JsonString o && o.getString().equals("=")
                && leaf.get(2) instanceof JsonNumber r && r.intValue() == 1) {
            boolean truth = n.intValue() == 1;
            return id -> truth;
        }
        if (!(left instanceof JsonString) || !(leaf.get(1) instanceof JsonString)) {
            throw SandboxOdooError.valueError("Invalid leaf " + SandboxJson.reprTuple(leaf));
        }
        String op = ((JsonString) leaf.get(1)).getString().toLowerCase(Locale.ROOT);
        if (!OPERATORS.contains(op)) {
            throw SandboxOdooError.valueError("Invalid leaf " + SandboxJson.reprTuple(leaf));
        }
        if (op.equals("<>")) {
            op = "!=";
        }
        String[] path = ((JsonString) left).getString().split("\\.");
        return path(model, path, 0, op, leaf.get(2), leaf);
    }

    private Predicate path(SandboxModel model, String[] path, int at, String op, JsonValue value, JsonArray leaf) {
        SandboxField f = model.field(path[at]);
        if (f == null) {
            throw SandboxOdooError.valueError("Invalid field " + model.name() + "." + path[at] + " in leaf "
                    + SandboxJson.reprTuple(leaf));
        }
        if (at == path.length - 1) {
            return field(model, f, op, value, leaf);
        }
        if (!f.type().relational()) {
            throw SandboxOdooError.valueError("Invalid field " + model.name() + "." + path[at] + " in leaf "
                    + SandboxJson.reprTuple(leaf));
        }
        SandboxModel target = db.model(f.relation());
        if (target == null) {
            return id -> false;
        }
        Predicate sub = path(target, path, at + 1, op, value, leaf);
        if (f.type() == SandboxFieldType.MANY2ONE) {
            return id -> {
                Integer v = (Integer) db.value(model, f, id);
                return v != null && target.exists(v) && sub.test(v);
            };
        }
        return id -> {
            for (int child : (int[]) db.value(model, f, id)) {
                if (sub.test(child)) {
                    return true;
                }
            }
            return false;
        };
    }

    private Predicate field(SandboxModel model, SandboxField f, String op, JsonValue value, JsonArray leaf) {
        if (op.equals("=?")) {
            if (SandboxJson.isFalse(value)) {
                return id -> true;
            }
            op = "=";
        }
        final String o = op;
        if (o.equals("child_of")) {
            Set<Integer> roots = idSet(value);
            SandboxModel target = db.model(f.type().relational() ? f.relation() : model.name());
            Set<Integer> all = descendants(target, roots);
            if (f.name().equals("id")) {
                return all::contains;
            }
            return id -> anyId(db.value(model, f, id), all);
        }
        switch (f.type()) {
            case MANY2ONE, ONE2MANY, MANY2MANY -> {
                return relational(model, f, o, value);
            }
            default -> {
                Matcher matcher = scalar(f, o, value);
                if (f.name().equals("id")) {
                    return id -> matcher.test(SandboxValues.id(id));
                }
                return id -> matcher.test(db.value(model, f, id));
            }
        }
    }

    @FunctionalInterface
    private interface Matcher {
        boolean test(Object value);
    }

    private Predicate relational(SandboxModel model, SandboxField f, String op, JsonValue value) {
        SandboxModel target = db.model(f.relation());
        boolean negative = op.equals("!=") || op.equals("not in") || op.startsWith("not ");
        if (SandboxJson.isFalse(value) && (op.equals("=") || op.equals("!="))) {
            boolean wantEmpty = op.equals("=");
            return id -> isEmpty(db.value(model, f, id)) == wantEmpty;
        }
        if (value instanceof JsonString || op.contains("like")) {
            // compared by display name, as Odoo's name_search does
            Matcher byName = scalar(null, negative ? op.replace("not ", "").replace("!=", "=") : op, value);
            return id -> {
                Object v = db.value(model, f, id);
                boolean any = false;
                for (int ref : asIds(v)) {
                    if (target != null && byName.test(db.displayName(target, ref))) {
                        any = true;
                        break;
                    }
                }
                return negative != any;
            };
        }
        if (op.equals("=") || op.equals("!=") || op.equals("in") || op.equals("not in")) {
            Set<Integer> wanted = idSet(value);
            boolean withEmpty = containsFalse(value);
            return id -> {
                Object v = db.value(model, f, id);
                boolean hit = anyId(v, wanted) || (withEmpty && isEmpty(v));
                return negative != hit;
            };
        }
        Matcher cmp = scalar(null, op, value);
        return id -> {
            for (int ref : asIds(db.value(model, f, id))) {
                if (cmp.test(SandboxValues.id(ref))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** A matcher on a scalar internal value; {@code f} null means text/number by the value's own type. */
    private Matcher scalar(SandboxField f, String op, JsonValue value) {
        SandboxFieldType type = f == null ? null : f.type();
        if (type == SandboxFieldType.BOOLEAN) {
            boolean want = !SandboxJson.isFalse(value) && value != JsonValue.NULL
                    && !(value instanceof JsonNumber n && n.intValue() == 0);
            return switch (op) {
                case "=" -> v -> Boolean.TRUE.equals(v) == want;
                case "!=" -> v -> Boolean.TRUE.equals(v) != want;
                case "in", "not in" -> {
                    boolean t = contains(value, JsonValue.TRUE);
                    boolean fl = contains(value, JsonValue.FALSE) || contains(value, JsonValue.NULL);
                    boolean neg = op.equals("not in");
                    yield v -> neg != (Boolean.TRUE.equals(v) ? t : fl);
                }
                default -> v -> false;
            };
        }
        if (SandboxJson.isFalse(value) && (op.equals("=") || op.equals("!="))) {
            boolean wantEmpty = op.equals("=");
            return v -> (v == null) == wantEmpty;
        }
        if (op.equals("in") || op.equals("not in")) {
            List<Object> wanted = new ArrayList<>();
            boolean withEmpty = containsFalse(value);
            for (JsonValue item : list(value)) {
                if (!SandboxJson.isFalse(item)) {
                    wanted.add(convert(type, item));
                }
            }
            boolean neg = op.equals("not in");
            return v -> {
                boolean hit = v == null ? withEmpty : wanted.stream().anyMatch(w -> compare(v, w) == 0);
                return neg != hit;
            };
        }
        if (op.contains("like")) {
            String text = value instanceof JsonString s ? s.getString() : SandboxJson.repr(value);
            boolean exact = op.startsWith("=");
            boolean insensitive = op.contains("ilike");
            boolean neg = op.startsWith("not");
            Pattern p = likePattern(exact ? text : "%" + text + "%", insensitive);
            return v -> v == null ? neg : neg != p.matcher(v.toString()).matches();
        }
        Object w = convert(type, value);
        return switch (op) {
            case "=" -> v -> v != null && compare(v, w) == 0;
            case "!=" -> v -> v == null || compare(v, w) != 0;
            case "<" -> v -> v != null && compare(v, w) < 0;
            case "<=" -> v -> v != null && compare(v, w) <= 0;
            case ">" -> v -> v != null && compare(v, w) > 0;
            case ">=" -> v -> v != null && compare(v, w) >= 0;
            default -> v -> false;
        };
    }

    private static Object convert(SandboxFieldType type, JsonValue value) {
        if (value instanceof JsonString s) {
            String text = s.getString();
            if (type == SandboxFieldType.DATETIME) {
                Long t = SandboxValues.parseDatetime(text);
                if (t != null) {
                    return t;
                }
            } else if (type == SandboxFieldType.DATE) {
                LocalDate d = SandboxValues.parseDate(text);
                if (d != null) {
                    return d;
                }
            }
            return text;
        }
        if (value instanceof JsonNumber n) {
            return n.isIntegral() && (type == null || type == SandboxFieldType.INTEGER) ? (Object) n.longValue()
                    : (Object) n.doubleValue();
        }
        if (value == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** Compares two internal values of compatible kinds (numbers with numbers, else by text). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable c) {
            return c.compareTo(b);
        }
        if (a instanceof Long t && b instanceof String s) {
            return SandboxValues.formatDatetime(t).compareTo(s);
        }
        return a.toString().compareTo(b.toString());
    }

    static Pattern likePattern(String pattern, boolean insensitive) {
        StringBuilder re = new StringBuilder();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' || c == '_') {
                if (lit.length() > 0) {
                    re.append(Pattern.quote(lit.toString()));
                    lit.setLength(0);
                }
                re.append(c == '%' ? ".*" : ".");
            } else if (c == '\\' && i + 1 < pattern.length()) {
                lit.append(pattern.charAt(++i));
            } else {
                lit.append(c);
            }
        }
        if (lit.length() > 0) {
            re.append(Pattern.quote(lit.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL
                | (insensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
    }

    private Set<Integer> descendants(SandboxModel target, Set<Integer> roots) {
        Set<Integer> out = new HashSet<>(roots);
        if (target == null) {
            return out;
        }
        SandboxField parent = target.field("parent_id") != null ? target.field("parent_id")
                : target.name().equals("stock.location") ? target.field("location_id") : null;
        if (parent == null) {
            return out;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int id = 1; id <= target.maxId(); id++) {
                if (target.exists(id) && !out.contains(id)) {
                    Integer p = (Integer) db.value(target, parent, id);
                    if (p != null && out.contains(p)) {
                        out.add(id);
                        grew = true;
                    }
                }
            }
        }
        return out;
    }

    private static boolean isEmpty(Object v) {
        return v == null || (v instanceof int[] a && a.length == 0);
    }

    private static int[] asIds(Object v) {
        if (v == null) {
            return new int[0];
        }
        return v instanceof int[] a ? a : new int[] {(Integer) v};
    }

    private static boolean anyId(Object v, Set<Integer> wanted) {
        for (int ref : asIds(v)) {
            if (wanted.contains(ref)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonValue> list(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
    }

    private static Set<Integer> idSet(JsonValue value) {
        Set<Integer> out = new HashSet<>();
        for (JsonValue item : list(value)) {
            if (item instanceof JsonNumber n) {
                out.add(n.intValue());
            }
        }
        return out;
    }

    private static boolean containsFalse(JsonValue value) {
        for (JsonValue item : list(value)) {
            if (SandboxJson.isFalse(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonValue list, JsonValue wanted) {
        for (JsonValue item : list(list)) {
            if (item.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
