package dev.takt.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the compact model definitions ({@code models.txt} beside this class) into fresh, empty
 * {@link SandboxModel}s. The format is described at the top of that file.
 */
public final class SandboxSchema {

    private static final String RESOURCE = "models.txt";
    private static volatile List<String> lines;

    private SandboxSchema() {
    }

    /** New, empty models, keyed by technical name, in definition order. */
    public static Map<String, SandboxModel> createModels() {
        Map<String, List<Map.Entry<String, String>>> selections = new HashMap<>();
        Map<String, SandboxModel> models = new LinkedHashMap<>();
        SandboxModel current = null;
        int lineNo = 0;
        for (String raw : lines()) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> t = tokens(line);
            try {
                switch (t.get(0)) {
                    case "selection" -> selections.put(t.get(1), t.size() > 2
                            ? selection(line.substring(line.indexOf(t.get(1)) + t.get(1).length()).strip())
                            : timeZones());
                    case "model" -> {
                        if (current != null) {
                            finish(current);
                        }
                        String order = option(t, "order", "id");
                        current = new SandboxModel(t.get(1), t.get(2), order, List.of(), List.of());
                        models.put(current.name(), current);
                    }
                    case "acl" -> {
                        SandboxModel m = current;
                        current = new SandboxModel(m.name(), m.description(), m.defaultOrder(), groups(t.get(1)),
                                groups(t.get(2)));
                        models.put(current.name(), current);
                    }
                    default -> current.add(field(t, selections));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (current != null) {
            finish(current);
        }
        return models;
    }

    private static void finish(SandboxModel m) {
        List<Map.Entry<String, String>> none = List.of();
        if (m.field("id") == null) {
            m.add(new SandboxField("id", SandboxFieldType.INTEGER, "ID", null, null, false, true, true, false, null,
                    none, null, false, false));
        }
        if (m.field("display_name") == null) {
            m.add(new SandboxField("display_name", SandboxFieldType.CHAR, "Display Name", null, null, false, true,
                    false, true, null, none, null, false, false));
        }
        if (m.field("create_date") == null) {
            m.add(new SandboxField("create_date", SandboxFieldType.DATETIME, "Created on", null, null, false, true,
                    true, false, null, none, null, false, false));
        }
        if (m.field("create_uid") == null) {
            m.add(new SandboxField("create_uid", SandboxFieldType.MANY2ONE, "Created by", "res.users", null, false,
                    true, true, false, null, none, null, false, false));
        }
        if (m.field("write_date") == null) {
            m.add(new SandboxField("write_date", SandboxFieldType.DATETIME, "Last Updated on", null, null, false,
                    true, true, false, null, none, null, false, false));
        }
        if (m.field("write_uid") == null) {
            m.add(new SandboxField("write_uid", SandboxFieldType.MANY2ONE, "Last Updated by", "res.users", null,
                    false, true, true, false, null, none, null, false, false));
        }
    }

    private static SandboxField field(List<String> t, Map<String, List<Map.Entry<String, String>>> selections) {
        String name = t.get(0);
        SandboxFieldType type = SandboxFieldType.of(t.get(1));
        int i = 2;
        String relation = null;
        String inverse = null;
        if (type.relational()) {
            String[] rel = t.get(i++).split(":");
            relation = rel[0];
            inverse = rel.length > 1 ? rel[1] : null;
        }
        String string = t.get(i++);
        boolean req = false;
        boolean ro = false;
        boolean store = true;
        boolean computed = false;
        boolean cascade = false;
        boolean delegate = false;
        String[] related = null;
        List<Map.Entry<String, String>> sel = List.of();
        String def = null;
        for (; i < t.size(); i++) {
            String f = t.get(i);
            if (f.equals("req")) {
                req = true;
            } else if (f.equals("ro")) {
                ro = true;
            } else if (f.equals("nostore")) {
                store = false;
            } else if (f.equals("computed")) {
                computed = true;
            } else if (f.equals("cascade")) {
                cascade = true;
            } else if (f.equals("delegate")) {
                delegate = true;
            } else if (f.startsWith("related=")) {
                related = f.substring(8).split("\\.");
            } else if (f.startsWith("sel=")) {
                sel = selections.get(f.substring(4));
                if (sel == null) {
                    throw new IllegalStateException("unknown selection " + f);
                }
            } else if (f.startsWith("default=")) {
                def = f.substring(8);
            } else {
                throw new IllegalStateException("unknown flag " + f);
            }
        }
        return new SandboxField(name, type, string, relation, inverse, req, ro, store, computed, related, sel,
                def == null ? null : parseDefault(type, def), cascade, delegate);
    }

    private static Object parseDefault(SandboxFieldType type, String literal) {
        return switch (type) {
            case INTEGER, MANY2ONE -> SandboxValues.id(Integer.parseInt(literal));
            case FLOAT, MONETARY -> SandboxValues.num(Double.parseDouble(literal));
            case BOOLEAN -> Boolean.valueOf(literal);
            default -> literal.intern();
        };
    }

    private static List<Map.Entry<String, String>> selection(String spec) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String pair : spec.split("\\|")) {
            int eq = pair.indexOf('=');
            out.add(Map.entry(pair.substring(0, eq).intern(), pair.substring(eq + 1)));
        }
        return List.copyOf(out);
    }

    private static List<Map.Entry<String, String>> timeZones() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().forEach(z -> out.add(Map.entry(z.intern(), z)));
        out.add(Map.entry("UTC", "UTC"));
        return List.copyOf(out);
    }

    private static List<String> groups(String spec) {
        return spec.isEmpty() ? List.of() : Arrays.stream(spec.split("\\|")).sorted().toList();
    }

    private static String option(List<String> t, String key, String fallback) {
        for (String s : t) {
            if (s.startsWith(key + "=")) {
                return s.substring(key.length() + 1);
            }
        }
        return fallback;
    }

    /** Splits on blanks; a double-quoted run (which may follow {@code key=}) is one token, quotes removed. */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(cur.toString());
        }
        return out;
    }

    private static List<String> lines() {
        List<String> l = lines;
        if (l == null) {
            try (InputStream in = SandboxSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                l = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
                lines = l;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return l;
    }
}
