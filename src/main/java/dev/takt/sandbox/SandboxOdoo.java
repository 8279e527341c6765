package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Odoo's {@code object} service over the sandbox database: {@code execute_kw} with Odoo's checks in Odoo's
 * order (database, password, model, private method, method, arguments, access rights, fields) and its methods
 * ({@code search_read}, {@code read}, {@code search}, {@code search_count}, {@code fields_get}, {@code create},
 * {@code write}, {@code unlink}, {@code name_search}, {@code exists}) plus the business methods of
 * {@link SandboxRules}. Failures are {@link SandboxOdooError}s carrying Odoo's exception name and message.
 *
 * <p>A call that may write is one transaction, as an Odoo request is: all of it or nothing (a create whose second
 * order line fails leaves no order), and every record it touched gets the transaction's start as
 * {@code write_date} (see {@link SandboxDatabase}).
 *
 * <p>Not thread-safe: the caller holds the database's read lock for {@link #isReadOnly read-only} methods and
 * its write lock otherwise.
 */
public final class SandboxOdoo {

    /** The administrator's uid (all rights). */
    public static final int ADMIN_UID = 2;
    /** The uid of the user without application rights. */
    public static final int LIMITED_UID = 8;
    /** Marker result of a method that returns None: the JSON-RPC reply then has no {@code result} key. */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private static final Set<String> LIMITED_READABLE = Set.of("product.product", "product.template", "uom.uom",
            "uom.category", "res.partner");
    private static final Set<String> READ_ONLY = Set.of("search_read", "read", "search", "search_count",
            "fields_get", "name_search", "exists");

    /** A Python method signature: positional parameters after self (and after the ids of a record method). */
    private record Signature(boolean onRecords, List<String> params, int required) {
        static Signature of(boolean onRecords, int required, String... params) {
            return new Signature(onRecords, List.of(params), required);
        }
    }

    private static final Map<String, Signature> GENERIC = Map.of(
            "search_read", Signature.of(false, 0, "domain", "fields", "offset", "limit", "order"),
            "search", Signature.of(false, 1, "domain", "offset", "limit", "order"),
            "search_count", Signature.of(false, 1, "domain", "limit"),
            "read", Signature.of(true, 0, "fields", "load"),
            "fields_get", Signature.of(false, 0, "allfields", "attributes"),
            "create", Signature.of(false, 1, "vals_list"),
            "write", Signature.of(true, 1, "vals"),
            "unlink", Signature.of(true, 0),
            "name_search", Signature.of(false, 0, "name", "domain", "operator", "limit"),
            "exists", Signature.of(true, 0));

    private final SandboxDatabase db;
    private final SandboxRules rules;

    /** The object service over {@code db}. */
    public SandboxOdoo(SandboxDatabase db) {
        this.db = db;
        this.rules = new SandboxRules(db, this);
    }

    /** The database served. */
    public SandboxDatabase database() {
        return db;
    }

    /** Whether a method only reads (callers then take the read lock). */
    public static boolean isReadOnly(String method) {
        return READ_ONLY.contains(method);
    }

    // ------------------------------------------------------------------------------------------ authentication

    /** Odoo's {@code common.login}/{@code authenticate}: the uid, or null for a wrong login or password. */
    public Integer authenticate(String dbName, String login, String password) {
        checkDatabase(dbName);
        SandboxModel users = db.require("res.users");
        for (int uid = 1; uid <= users.maxId(); uid++) {
            if (users.exists(uid) && login != null && login.equals(db.str("res.users", "login", uid))) {
                String expected = db.passwords().get(uid);
                boolean active = Boolean.TRUE.equals(db.value("res.users", "active", uid));
                return active && expected != null && expected.equals(password) ? uid : null;
            }
        }
        return null;
    }

    static void checkDatabase(String dbName) {
        if (!SandboxDatabase.NAME.equals(dbName)) {
            throw new SandboxOdooError("psycopg2.OperationalError", "connection to server at \"127.0.0.1\", port 5432 "
                    + "failed: FATAL:  database \"" + dbName + "\" does not exist\n");
        }
    }

    private void checkPassword(int uid, String password) {
        String expected = db.passwords().get(uid);
        SandboxModel users = db.require("res.users");
        if (expected == null || !expected.equals(password) || !users.exists(uid)
                || !Boolean.TRUE.equals(db.value("res.users", "active", uid))) {
            throw new SandboxOdooError(SandboxOdooError.ACCESS_DENIED, "Access Denied");
        }
    }

    // ---------------------------------------------------------------------------------------------- execute_kw

    /**
     * Runs {@code execute_kw(db, uid, password, model, method, args, kwargs)}.
     *
     * @param args the JSON-RPC {@code params.args}
     * @return a {@link JsonValue}, a {@link SandboxRecords} to stream, or {@link #NONE}
     */
    public Object executeKw(JsonArray args) {
        String[] names = {"db", "uid", "passwd", "model", "method", "args"};
        if (args.size() < names.length) {
            List<String> missing = Arrays.asList(names).subList(args.size(), names.length);
            throw SandboxOdooError.typeError("execute_kw() " + missingText(missing));
        }
        if (args.size() > 7) {
            throw SandboxOdooError.typeError("execute_kw() takes from 6 to 7 positional arguments but "
                    + args.size() + " were given");
        }
        checkDatabase(text(args.get(0)));
        int uid = args.get(1) instanceof JsonNumber n ? n.intValue() : -1;
        checkPassword(uid, text(args.get(2)));
        String modelName = text(args.get(3));
        String method = text(args.get(4));
        List<JsonValue> positional = args.get(5).getValueType() == JsonValue.ValueType.ARRAY
                ? args.get(5).asJsonArray() : List.of(args.get(5));
        JsonObject kwargs = args.size() > 6 && args.get(6).getValueType() == JsonValue.ValueType.OBJECT
                ? args.get(6).asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        return execute(uid, modelName, method, positional, kwargs);
    }

    /** Runs one method for an authenticated user. */
    Object execute(int uid, String modelName, String method, List<JsonValue> positional, JsonObject kwargs) {
        SandboxModel m = db.model(modelName);
        if (m == null) {
            throw SandboxOdooError.userError("Object " + modelName + " doesn't exist");
        }
        if (method.startsWith("_")) {
            throw new SandboxOdooError(SandboxOdooError.ACCESS_ERROR,
                    "Private methods (such as " + method + ") cannot be called remotely.");
        }
        Signature sig = GENERIC.get(method);
        if (sig == null && rules.hasMethod(modelName, method)) {
            sig = Signature.of(true, 0);
        }
        if (sig == null) {
            throw new SandboxOdooError("builtins.AttributeError",
                    "The method '" + method + "' does not exist on the model '" + modelName + "'");
        }
        List<JsonValue> rest = positional;
        int[] ids = null;
        if (sig.onRecords()) {
            if (positional.isEmpty()) {
                throw new SandboxOdooError("builtins.IndexError", "list index out of range");
            }
            ids = idList(positional.get(0));
            rest = positional.subList(1, positional.size());
        }
        Map<String, JsonValue> a = bind(pythonClass(modelName) + "." + method + "()", sig, rest, kwargs);
        JsonObject context = kwargs.get("context") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
        db.currentUid(uid);
        if (isReadOnly(method)) {
            return run(uid, m, modelName, method, ids, a, context);
        }
        db.begin(uid);
        try {
            Object result = run(uid, m, modelName, method, ids, a, context);
            db.commit();
            return result;
        } catch (RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** One method, after Odoo's checks; a method that writes runs in the caller's transaction. */
    private Object run(int uid, SandboxModel m, String modelName, String method, int[] ids, Map<String, JsonValue> a,
            JsonObject context) {
        switch (method) {
            case "search_read" -> {
                checkAccess(uid, m, "read");
                List<SandboxField> fields = fields(m, a.get("fields"));
                int[] found = search(m, a.get("domain"), intArg(a.get("offset"), 0), intArg(a.get("limit"), -1),
                        strArg(a.get("order")), context);
                return new SandboxRecords(db, m, found, fields, true);
            }
            case "read" -> {
                checkAccess(uid, m, "read");
                List<SandboxField> fields = fields(m, a.get("fields"));
                boolean classic = a.get("load") == null || "_classic_read".equals(strArg(a.get("load")));
                int[] existing = Arrays.stream(ids).distinct().filter(m::exists).toArray();
                return new SandboxRecords(db, m, existing, fields, classic);
            }
            case "search" -> {
                checkAccess(uid, m, "read");
                return idsJson(search(m, a.get("domain"), intArg(a.get("offset"), 0), intArg(a.get("limit"), -1),
                        strArg(a.get("order")), context));
            }
            case "search_count" -> {
                checkAccess(uid, m, "read");
                int[] found = search(m, a.get("domain"), 0, intArg(a.get("limit"), -1), "id", context);
                return Json.createValue(found.length);
            }
            case "exists" -> {
                checkAccess(uid, m, "read");
                return idsJson(Arrays.stream(ids).distinct().filter(m::exists).toArray());
            }
            case "name_search" -> {
                checkAccess(uid, m, "read");
                return nameSearch(m, a, context);
            }
            case "fields_get" -> {
                return fieldsGet(m, a.get("allfields"), a.get("attributes"));
            }
            case "create" -> {
                checkAccess(uid, m, "create");
                JsonValue vals = a.get("vals_list");
                if (vals.getValueType() == JsonValue.ValueType.ARRAY) {
                    JsonArrayBuilder out = Json.createArrayBuilder();
                    for (JsonValue v : vals.asJsonArray()) {
                        out.add(create(m, asObject(v)));
                    }
                    return out.build();
                }
                return Json.createValue(create(m, asObject(vals)));
            }
            case "write" -> {
                checkAccess(uid, m, "write");
                write(m, ids, asObject(a.get("vals")));
                return JsonValue.TRUE;
            }
            case "unlink" -> {
                checkAccess(uid, m, "unlink");
                requireExisting(m, ids, uid);
                rules.beforeUnlink(modelName, ids);
                db.delete(modelName, ids);
                return JsonValue.TRUE;
            }
            default -> {
                checkAccess(uid, m, "read");
                checkAccess(uid, m, "write");
                requireExisting(m, ids, uid);
                return rules.call(modelName, method, ids);
            }
        }
    }

    private static String pythonClass(String model) {
        StringBuilder sb = new StringBuilder();
        for (String part : model.split("[._]")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static Map<String, JsonValue> bind(String function, Signature sig, List<JsonValue> positional,
            JsonObject kwargs) {
        List<String> params = sig.params();
        if (positional.size() > params.size()) {
            int max = params.size() + 1;
            int min = sig.required() + 1;
            String takes = min == max ? max + " positional argument" + (max == 1 ? "" : "s")
                    : "from " + min + " to " + max + " positional arguments";
            throw SandboxOdooError.typeError(function + " takes " + takes + " but " + (positional.size() + 1)
                    + (positional.size() + 1 == 1 ? " was" : " were") + " given");
        }
        Map<String, JsonValue> bound = new LinkedHashMap<>();
        for (int i = 0; i < positional.size(); i++) {
            bound.put(params.get(i), positional.get(i));
        }
        for (Map.Entry<String, JsonValue> kw : kwargs.entrySet()) {
            if (kw.getKey().equals("context")) {
                continue;
            }
            if (!params.contains(kw.getKey())) {
                throw SandboxOdooError.typeError(function + " got an unexpected keyword argument '" + kw.getKey() + "'");
            }
            if (bound.containsKey(kw.getKey())) {
                throw SandboxOdooError.typeError(function + " got multiple values for argument '" + kw.getKey() + "'");
            }
            bound.put(kw.getKey(), kw.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < sig.required(); i++) {
            if (!bound.containsKey(params.get(i))) {
                missing.add(params.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw SandboxOdooError.typeError(function + " " + missingText(missing));
        }
        return bound;
    }

    private static String missingText(List<String> missing) {
        List<String> quoted = missing.stream().map(s -> "'" + s + "'").toList();
        String list;
        if (quoted.size() == 1) {
            list = quoted.get(0);
        } else if (quoted.size() == 2) {
            list = quoted.get(0) + " and " + quoted.get(1);
        } else {
            list = String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
        }
        return "missing " + missing.size() + " required positional argument" + (missing.size() == 1 ? "" : "s")
                + ": " + list;
    }

    // ------------------------------------------------------------------------------------------ access rights

    /** Raises Odoo's AccessError when {@code uid} may not do {@code operation} (read, write, create, unlink). */
    void checkAccess(int uid, SandboxModel m, String operation) {
        if (uid != LIMITED_UID) {
            return;
        }
        if (operation.equals("read") && LIMITED_READABLE.contains(m.name())) {
            return;
        }
        String verb = switch (operation) {
            case "read" -> "access";
            case "write" -> "modify";
            case "unlink" -> "delete";
            default -> operation;
        };
        List<String> groups = operation.equals("read") ? m.readGroups() : m.writeGroups();
        if (operation.equals("read") && groups.isEmpty()) {
            groups = m.writeGroups();
        }
        StringBuilder sb = new StringBuilder("You are not allowed to ").append(verb).append(" '")
                .append(m.description()).append("' (").append(m.name()).append(") records.\n\n");
        if (groups.isEmpty()) {
            sb.append("No group currently allows this operation.\n\n");
        } else {
            sb.append("This operation is allowed for the following groups:\n");
            new TreeSet<>(groups).forEach(g -> sb.append("\t- ").append(g).append('\n'));
            sb.append('\n');
        }
        sb.append("Contact your administrator to request access if necessary.");
        throw new SandboxOdooError(SandboxOdooError.ACCESS_ERROR, sb.toString());
    }

    private void requireExisting(SandboxModel m, int[] ids, int uid) {
        List<Integer> missing = new ArrayList<>();
        for (int id : ids) {
            if (!m.exists(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            String tuple = missing.size() == 1 ? missing.get(0) + ","
                    : String.join(", ", missing.stream().map(String::valueOf).toList());
            throw new SandboxOdooError(SandboxOdooError.MISSING_ERROR, "Record does not exist or has been deleted.\n"
                    + "(Record: " + m.name() + "(" + tuple + "), User: " + uid + ")");
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    private List<SandboxField> fields(SandboxModel m, JsonValue requested) {
        List<SandboxField> out = new ArrayList<>();
        if (SandboxJson.isFalse(requested) || (requested.getValueType() == JsonValue.ValueType.ARRAY
                && requested.asJsonArray().isEmpty())) {
            out.addAll(m.fields().values());
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonValue v : requested.getValueType() == JsonValue.ValueType.ARRAY ? requested.asJsonArray()
                : List.of(requested)) {
            String name = text(v);
            SandboxField f = m.field(name);
            if (f == null) {
                throw SandboxOdooError.valueError("Invalid field " + SandboxJson.pyString(name) + " on model "
                        + SandboxJson.pyString(m.name()));
            }
            if (seen.add(name)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Ids matching the domain, ordered, after offset, at most limit (negative: no limit). */
    int[] search(SandboxModel m, JsonValue domain, int offset, int limit, String order, JsonObject context) {
        SandboxDomain.Predicate p = SandboxDomain.compile(db, m, domain);
        SandboxField active = m.field("active");
        if (active != null && !SandboxDomain.mentionsActive(domain)
                && !(context.get("active_test") == JsonValue.FALSE)) {
            SandboxDomain.Predicate inner = p;
            p = id -> Boolean.TRUE.equals(db.value(m, active, id)) && inner.test(id);
        }
        SandboxOrder o = SandboxOrder.parse(m, order == null || order.isBlank() ? m.defaultOrder() : order);
        Boolean idOnly = o.idOnly();
        int max = limit < 0 ? Integer.MAX_VALUE : limit;
        if (idOnly != null) {
            int[] out = new int[Math.min(max, Math.max(m.count(), 0))];
            int n = 0;
            int skipped = 0;
            for (int i = 0; i < m.maxId() && n < max; i++) {
                int id = idOnly ? i + 1 : m.maxId() - i;
                if (m.exists(id) && p.test(id)) {
                    if (skipped < offset) {
                        skipped++;
                    } else {
                        out[n++] = id;
                    }
                }
            }
            return Arrays.copyOf(out, n);
        }
        int[] all = new int[m.count()];
        int n = 0;
        for (int id = 1; id <= m.maxId(); id++) {
            if (m.exists(id) && p.test(id)) {
                all[n++] = id;
            }
        }
        all = Arrays.copyOf(all, n);
        o.sort(db, all);
        int from = Math.min(offset, n);
        int to = (int) Math.min((long) from + max, n);
        return Arrays.copyOfRange(all, from, to);
    }

    private JsonValue nameSearch(SandboxModel m, Map<String, JsonValue> a, JsonObject context) {
        String name = a.get("name") == null ? "" : strArg(a.get("name"));
        String operator = a.get("operator") == null ? "ilike" : strArg(a.get("operator"));
        int limit = a.get("limit") == null ? 100 : intArg(a.get("limit"), 100);
        int[] found = search(m, a.get("domain"), 0, -1, null, context);
        JsonArrayBuilder out = Json.createArrayBuilder();
        JsonArray leaf = Json.createArrayBuilder().add("display_name").add(operator).add(name).build();
        SandboxDomain.Predicate byName = name.isEmpty() ? id -> true
                : SandboxDomain.compile(db, m, Json.createArrayBuilder().add(leaf).build());
        int n = 0;
        for (int id : found) {
            if (n >= limit) {
                break;
            }
            if (byName.test(id)) {
                out.add(Json.createArrayBuilder().add(id).add(db.displayName(m, id)));
                n++;
            }
        }
        return out.build();
    }

    private JsonValue fieldsGet(SandboxModel m, JsonValue allfields, JsonValue attributes) {
        Set<String> only = null;
        if (!SandboxJson.isFalse(allfields) && allfields.getValueType() == JsonValue.ValueType.ARRAY
                && !allfields.asJsonArray().isEmpty()) {
            only = new LinkedHashSet<>();
            for (JsonValue v : allfields.asJsonArray()) {
                only.add(text(v));
            }
        }
        Set<String> attrs = null;
        if (!SandboxJson.isFalse(attributes) && attributes.getValueType() == JsonValue.ValueType.ARRAY
                && !attributes.asJsonArray().isEmpty()) {
            attrs = new LinkedHashSet<>();
            for (JsonValue v : attributes.asJsonArray()) {
                attrs.add(text(v));
            }
        }
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (SandboxField f : m.fields().values()) {
            if (only != null && !only.contains(f.name())) {
                continue;
            }
            Map<String, JsonValue> desc = new LinkedHashMap<>();
            desc.put("type", Json.createValue(f.type().odooName()));
            desc.put("string", Json.createValue(f.string()));
            desc.put("name", Json.createValue(f.name()));
            desc.put("required", bool(f.required()));
            desc.put("readonly", bool(f.readonly()));
            desc.put("store", bool(f.reportedStore()));
            desc.put("searchable", JsonValue.TRUE);
            desc.put("sortable", bool(f.reportedStore() && !f.type().toMany()));
            desc.put("manual", JsonValue.FALSE);
            desc.put("company_dependent", bool(f.name().equals("standard_price")));
            desc.put("change_default", JsonValue.FALSE);
            desc.put("exportable", JsonValue.TRUE);
            if (f.relation() != null) {
                desc.put("relation", Json.createValue(f.relation()));
                desc.put("context", JsonValue.EMPTY_JSON_OBJECT);
                desc.put("domain", JsonValue.EMPTY_JSON_ARRAY);
            }
            if (f.inverse() != null) {
                desc.put("relation_field", Json.createValue(f.inverse()));
            }
            if (f.type() == SandboxFieldType.SELECTION) {
                JsonArrayBuilder sel = Json.createArrayBuilder();
                f.selection().forEach(e -> sel.add(Json.createArrayBuilder().add(e.getKey()).add(e.getValue())));
                desc.put("selection", sel.build());
            }
            if (f.related() != null) {
                desc.put("related", Json.createValue(String.join(".", f.related())));
            }
            JsonObjectBuilder fb = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> e : new java.util.TreeMap<>(desc).entrySet()) {
                if (attrs == null || attrs.contains(e.getKey())) {
                    fb.add(e.getKey(), e.getValue());
                }
            }
            out.add(f.name(), fb);
        }
        return out.build();
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Values of one create or write, converted; related, one2many and password values kept apart. */
    private static final class Changes {
        final Map<String, Object> stored = new LinkedHashMap<>();
        final Map<String, JsonValue> related = new LinkedHashMap<>();
        final Map<String, JsonArray> one2many = new LinkedHashMap<>();
        final Map<String, JsonValue> many2many = new LinkedHashMap<>();
        String password;
    }

    private Changes convert(SandboxModel m, JsonObject vals) {
        Changes c = new Changes();
        for (Map.Entry<String, JsonValue> e : vals.entrySet()) {
            SandboxField f = m.field(e.getKey());
            if (f == null) {
                throw SandboxOdooError.valueError("Invalid field " + SandboxJson.pyString(e.getKey()) + " on model "
                        + SandboxJson.pyString(m.name()));
            }
            JsonValue v = e.getValue();
            if (m.name().equals("res.users") && f.name().equals("password")) {
                c.password = SandboxJson.isFalse(v) ? null : text(v);
            } else if (f.related() != null) {
                c.related.put(f.name(), v);
            } else if (f.type() == SandboxFieldType.ONE2MANY) {
                if (f.inverse() != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
                    c.one2many.put(f.name(), v.asJsonArray());
                }
            } else if (f.type() == SandboxFieldType.MANY2MANY) {
                if (f.stored()) {
                    c.many2many.put(f.name(), v);
                }
            } else if (f.stored()) {
                c.stored.put(f.name(), toInternal(m, f, v));
            }
        }
        return c;
    }

    /** Converts a JSON value to the internal form of a field, as Odoo's {@code convert_to_cache} would. */
    Object toInternal(SandboxModel m, SandboxField f, JsonValue v) {
        if (f.type() == SandboxFieldType.BOOLEAN) {
            return !(SandboxJson.isFalse(v) || (v instanceof JsonNumber n && n.doubleValue() == 0)
                    || (v instanceof JsonString s && s.getString().isEmpty()));
        }
        if (SandboxJson.isFalse(v)) {
            return null;
        }
        String where = m.name() + "." + f.name();
        switch (f.type()) {
            case CHAR, TEXT -> {
                return v instanceof JsonString s ? s.getString() : SandboxJson.repr(v);
            }
            case SELECTION -> {
                String s = v instanceof JsonString js ? js.getString() : SandboxJson.repr(v);
                if (!f.validSelection(s)) {
                    throw SandboxOdooError.valueError("Wrong value for " + where + ": " + SandboxJson.repr(v));
                }
                for (Map.Entry<String, String> e : f.selection()) {
                    if (e.getKey().equals(s)) {
                        return e.getKey();
                    }
                }
                return s;
            }
            case INTEGER -> {
                if (v instanceof JsonNumber n) {
                    return SandboxValues.id(n.intValue());
                }
                try {
                    return SandboxValues.id(Integer.parseInt(text(v).strip()));
                } catch (NumberFormatException e) {
                    throw SandboxOdooError.valueError("invalid literal for int() with base 10: " + SandboxJson.repr(v));
                }
            }
            case FLOAT, MONETARY -> {
                if (v instanceof JsonNumber n) {
                    return SandboxValues.num(n.doubleValue());
                }
                try {
                    return SandboxValues.num(Double.parseDouble(text(v).strip()));
                } catch (NumberFormatException e) {
                    throw SandboxOdooError.valueError("could not convert string to float: " + SandboxJson.repr(v));
                }
            }
            case DATE -> {
                LocalDate d = v instanceof JsonString s ? SandboxValues.parseDate(s.getString()) : null;
                if (d == null) {
                    throw SandboxOdooError.valueError("time data " + SandboxJson.repr(v)
                            + " does not match format '%Y-%m-%d'");
                }
                return d;
            }
            case DATETIME -> {
                Long t = v instanceof JsonString s ? SandboxValues.parseDatetime(s.getString()) : null;
                if (t == null) {
                    throw SandboxOdooError.valueError("time data " + SandboxJson.repr(v)
                            + " does not match format '%Y-%m-%d %H:%M:%S'");
                }
                return t;
            }
            case MANY2ONE -> {
                int id;
                if (v instanceof JsonNumber n) {
                    id = n.intValue();
                } else if (v.getValueType() == JsonValue.ValueType.ARRAY && !v.asJsonArray().isEmpty()
                        && v.asJsonArray().get(0) instanceof JsonNumber n) {
                    id = n.intValue();
                } else {
                    throw SandboxOdooError.valueError("Wrong value for " + where + ": " + SandboxJson.repr(v));
                }
                SandboxModel target = db.model(f.relation());
                if (target == null || !target.exists(id)) {
                    throw mandatory(m, f);
                }
                return SandboxValues.id(id);
            }
            default -> throw SandboxOdooError.valueError("Wrong value for " + where + ": " + SandboxJson.repr(v));
        }
    }

    static SandboxOdooError mandatory(SandboxModel m, SandboxField f) {
        return SandboxOdooError.validation("The operation cannot be completed:\n"
                + "- Create/update: a mandatory field is not set.\n"
                + "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                + "Model: " + m.description() + " (" + m.name() + ")\n"
                + "Field: " + f.string() + " (" + f.name() + ")\n");
    }

    /** Creates one record from JSON values, as {@code create} does; returns its id. */
    int create(SandboxModel m, JsonObject vals) {
        Changes c = convert(m, vals);
        rules.beforeCreate(m.name(), c.stored, c.related);
        for (SandboxField f : m.fields().values()) {
            if (f.delegate() && c.stored.get(f.name()) == null) {
                JsonObjectBuilder parent = Json.createObjectBuilder();
                c.related.entrySet().removeIf(e -> {
                    String[] path = m.field(e.getKey()).related();
                    if (path.length == 2 && path[0].equals(f.name())) {
                        parent.add(path[1], e.getValue());
                        return true;
                    }
                    return false;
                });
                rules.delegateDefaults(m.name(), c.stored, parent);
                c.stored.put(f.name(), SandboxValues.id(create(db.require(f.relation()), parent.build())));
            }
        }
        for (SandboxField f : m.fields().values()) {
            if (f.required() && f.stored() && c.stored.get(f.name()) == null && f.defaultValue() == null
                    && f.type() != SandboxFieldType.BOOLEAN) {
                throw mandatory(m, f);
            }
        }
        for (Map.Entry<String, JsonValue> e : c.many2many.entrySet()) {
            c.stored.put(e.getKey(), many2many(new int[0], e.getValue()));
        }
        rules.constraints(m.name(), new int[0], c.stored);
        int id = db.insert(m.name(), c.stored);
        for (Map.Entry<String, JsonValue> e : c.related.entrySet()) {
            SandboxField f = m.field(e.getKey());
            SandboxModel target = db.require(lastModel(m, f.related()));
            SandboxField tf = target.field(f.related()[f.related().length - 1]);
            db.set(m.name(), id, f.name(), tf.type() == SandboxFieldType.MANY2MANY
                    ? many2many(new int[0], e.getValue()) : toInternal(target, tf, e.getValue()));
        }
        for (Map.Entry<String, JsonArray> e : c.one2many.entrySet()) {
            one2many(m, m.field(e.getKey()), id, e.getValue());
        }
        if (c.password != null) {
            db.passwords().put(id, c.password);
        }
        rules.afterCreate(m.name(), id);
        return id;
    }

    /** Writes JSON values on existing records, as {@code write} does. */
    void write(SandboxModel m, int[] ids, JsonObject vals) {
        requireExisting(m, ids, db.currentUid());
        Changes c = convert(m, vals);
        for (Map.Entry<String, Object> e : c.stored.entrySet()) {
            SandboxField f = m.field(e.getKey());
            if (f.required() && e.getValue() == null && f.type() != SandboxFieldType.BOOLEAN) {
                throw mandatory(m, f);
            }
        }
        rules.beforeWrite(m.name(), ids, c.stored);
        rules.constraints(m.name(), ids, c.stored);
        for (int id : ids) {
            for (Map.Entry<String, Object> e : c.stored.entrySet()) {
                db.set(m.name(), id, e.getKey(), e.getValue());
            }
            for (Map.Entry<String, JsonValue> e : c.many2many.entrySet()) {
                db.set(m.name(), id, e.getKey(), many2many((int[]) db.value(m.name(), e.getKey(), id), e.getValue()));
            }
            for (Map.Entry<String, JsonValue> e : c.related.entrySet()) {
                SandboxField f = m.field(e.getKey());
                SandboxModel target = db.require(lastModel(m, f.related()));
                SandboxField tf = target.field(f.related()[f.related().length - 1]);
                Object value = tf.type() == SandboxFieldType.MANY2MANY
                        ? many2many((int[]) db.value(m, f, id), e.getValue()) : toInternal(target, tf, e.getValue());
                db.set(m.name(), id, f.name(), value);
            }
            for (Map.Entry<String, JsonArray> e : c.one2many.entrySet()) {
                one2many(m, m.field(e.getKey()), id, e.getValue());
            }
            if (c.password != null) {
                db.passwords().put(id, c.password);
            }
            db.stampWrite(m.name(), id);
        }
        rules.afterWrite(m.name(), ids, c.stored);
    }

    private String lastModel(SandboxModel m, String[] path) {
        SandboxModel cur = m;
        for (int i = 0; i < path.length - 1; i++) {
            cur = db.require(cur.field(path[i]).relation());
        }
        return cur.name();
    }

    /** Applies many2many commands ({@code [6,0,ids]}, {@code [4,id]}, {@code [3,id]}, {@code [5]}) or a plain id list. */
    private static int[] many2many(int[] current, JsonValue commands) {
        Set<Integer> ids = new LinkedHashSet<>();
        Arrays.stream(current).forEach(ids::add);
        if (SandboxJson.isFalse(commands)) {
            return new int[0];
        }
        for (JsonValue cmd : commands.asJsonArray()) {
            if (cmd instanceof JsonNumber n) {
                ids.add(n.intValue());
                continue;
            }
            JsonArray a = cmd.asJsonArray();
            int code = a.getInt(0);
            switch (code) {
                case 6 -> {
                    ids.clear();
                    a.getJsonArray(2).forEach(v -> ids.add(((JsonNumber) v).intValue()));
                }
                case 4 -> ids.add(a.getInt(1));
                case 3, 2 -> ids.remove(a.getInt(1));
                case 5 -> ids.clear();
                default -> {
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Applies one2many commands: {@code [0,0,vals]} create, {@code [1,id,vals]} update, {@code [2,id]} delete. */
    private void one2many(SandboxModel m, SandboxField f, int parentId, JsonArray commands) {
        SandboxModel target = db.require(f.relation());
        for (JsonValue cmd : commands) {
            if (cmd.getValueType() != JsonValue.ValueType.ARRAY) {
                continue;
            }
            JsonArray a = cmd.asJsonArray();
            switch (a.getInt(0)) {
                case 0 -> {
                    JsonObjectBuilder vals = Json.createObjectBuilder(a.getJsonObject(2));
                    vals.add(f.inverse(), parentId);
                    create(target, vals.build());
                }
                case 1 -> write(target, new int[] {a.getInt(1)}, a.getJsonObject(2));
                case 2, 3 -> db.delete(target.name(), new int[] {a.getInt(1)});
                default -> {
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static JsonObject asObject(JsonValue v) {
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw SandboxOdooError.valueError("dictionary update sequence element #0 has length 1; 2 is required");
        }
        return v.asJsonObject();
    }

    static int[] idList(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return new int[] {n.intValue()};
        }
        if (v.getValueType() == JsonValue.ValueType.ARRAY) {
            return v.asJsonArray().stream().filter(x -> x instanceof JsonNumber)
                    .mapToInt(x -> ((JsonNumber) x).intValue()).toArray();
        }
        return new int[0];
    }

    private static JsonValue idsJson(int[] ids) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (int id : ids) {
            b.add(id);
        }
        return b.build();
    }

    private static JsonValue bool(boolean b) {
        return b ? JsonValue.TRUE : JsonValue.FALSE;
    }

    static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v == null ? null : v.toString();
    }

    private static String strArg(JsonValue v) {
        return SandboxJson.isFalse(v) ? null : text(v);
    }

    private static int intArg(JsonValue v, int fallback) {
        return v instanceof JsonNumber n ? n.intValue() : fallback;
    }

    /** Writes a record set as {@code read} returns it: id first, then the fields asked for. */
    public static final class SandboxRecords {
        private final SandboxDatabase db;
        private final SandboxModel model;
        private final int[] ids;
        private final List<SandboxField> fields;
        private final boolean classic;

        SandboxRecords(SandboxDatabase db, SandboxModel model, int[] ids, List<SandboxField> fields,
                boolean classic) {
            this.db = db;
            this.model = model;
            this.ids = ids;
            this.fields = fields;
            this.classic = classic;
        }

        /** Number of records. */
        public int size() {
            return ids.length;
        }

        /** Streams the records as a JSON array. */
        public void write(JsonGenerator g) {
            g.writeStartArray();
            for (int id : ids) {
                g.writeStartObject();
                g.write("id", id);
                for (SandboxField f : fields) {
                    if (!f.name().equals("id")) {
                        writeValue(g, f, db.value(model, f, id));
                    }
                }
                g.writeEnd();
            }
            g.writeEnd();
        }

        private void writeValue(JsonGenerator g, SandboxField f, Object v) {
            String key = f.name();
            if (v == null) {
                g.write(key, false);
                return;
            }
            switch (f.type()) {
                case INTEGER -> g.write(key, ((Number) v).longValue());
                case FLOAT, MONETARY -> g.write(key, ((Number) v).doubleValue());
                case BOOLEAN -> g.write(key, (Boolean) v);
                case DATE -> g.write(key, v.toString());
                case DATETIME -> g.write(key, SandboxValues.formatDatetime((Long) v));
                case MANY2ONE -> {
                    int ref = (Integer) v;
                    if (classic) {
                        SandboxModel target = db.model(f.relation());
                        g.writeStartArray(key).write(ref)
                                .write(target == null ? f.relation() + "," + ref : db.displayName(target, ref))
                                .writeEnd();
                    } else {
                        g.write(key, ref);
                    }
                }
                case ONE2MANY, MANY2MANY -> {
                    g.writeStartArray(key);
                    for (int ref : (int[]) v) {
                        g.write(ref);
                    }
                    g.writeEnd();
                }
                default -> g.write(key, v.toString());
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
