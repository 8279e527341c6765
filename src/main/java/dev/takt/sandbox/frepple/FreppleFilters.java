package dev.takt.sandbox.frepple;

import dev.takt.sandbox.frepple.FreppleField.Type;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The list filters of frePPLe's REST API: {@code ?field=value} and {@code ?field__<lookup>=value} with the lookups
 * {@code exact iexact in contains icontains startswith istartswith endswith iendswith gt gte lt lte isnull}, on any
 * stored field (foreign keys by the target's primary key). Parameters that name no field, and empty values, are
 * ignored, as frePPLe ignores them. A value of the wrong type (a text where a number is expected) is a 400 naming the
 * parameter. Text comparisons are case-sensitive except the {@code i…} lookups; {@code in} takes a comma-separated
 * list; a comparison with an empty (null) field never matches, except {@code isnull}.
 */
final class FreppleFilters {

    private static final Set<String> LOOKUPS = Set.of("exact", "iexact", "in", "contains", "icontains", "startswith",
            "istartswith", "endswith", "iendswith", "gt", "gte", "lt", "lte", "isnull");

    /** One filter in force. */
    record Filter(FreppleField field, String lookup, List<Object> values) {
    }

    /** Parameters whose values do not fit their field, with the messages. */
    static final class BadFilter extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Map<String, Object> errors;

        BadFilter(Map<String, Object> errors) {
            super("invalid filter", null, false, false);
            this.errors = errors;
        }
    }

    private FreppleFilters() {
    }

    /** The filters the query asks for (unknown parameters and empty values dropped). */
    static List<Filter> parse(FreppleEntity entity, Map<String, String> query) throws BadFilter {
        List<Filter> out = new ArrayList<>();
        Map<String, Object> errors = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : query.entrySet()) {
            String param = p.getKey();
            String name = param;
            String lookup = "exact";
            int sep = param.lastIndexOf("__");
            if (sep > 0 && LOOKUPS.contains(param.substring(sep + 2))) {
                name = param.substring(0, sep);
                lookup = param.substring(sep + 2);
            }
            FreppleField field = entity.field(name);
            if (field == null || field.type() == Type.JSON || field.type() == Type.COMPUTED_LIST
                    || p.getValue() == null || p.getValue().isEmpty()) {
                continue;
            }
            List<String> raw = lookup.equals("in") ? List.of(p.getValue().split(",", -1)) : List.of(p.getValue());
            if (lookup.equals("isnull")) {
                String v = p.getValue().toLowerCase(Locale.ROOT);
                if (Set.of("true", "1", "false", "0").contains(v)) {
                    out.add(new Filter(field, lookup, List.of(v.equals("true") || v.equals("1"))));
                }
                continue;
            }
            boolean text = lookup.endsWith("contains") || lookup.endsWith("startswith") || lookup.endsWith("endswith")
                    || lookup.equals("iexact");
            List<Object> values = new ArrayList<>();
            try {
                for (String r : raw) {
                    values.add(text ? r : value(field, r.strip()));
                }
            } catch (IllegalArgumentException e) {
                errors.put(param, List.of(e.getMessage()));
                continue;
            }
            if (field.type() == Type.BOOLEAN && values.contains(null)) {
                continue;
            }
            out.add(new Filter(field, lookup, values));
        }
        if (!errors.isEmpty()) {
            throw new BadFilter(errors);
        }
        return out;
    }

    /** Whether a row passes every filter. */
    static boolean matches(List<Filter> filters, Map<String, Object> row) {
        for (Filter f : filters) {
            if (!matches(f, row.get(f.field().name()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Filter f, Object stored) {
        if (f.lookup().equals("isnull")) {
            return (stored == null) == (Boolean) f.values().get(0);
        }
        if (stored == null) {
            return false;
        }
        Object want = f.values().get(0);
        switch (f.lookup()) {
            case "exact" -> {
                return compare(stored, want) == 0;
            }
            case "in" -> {
                return f.values().stream().anyMatch(v -> compare(stored, v) == 0);
            }
            case "gt" -> {
                return compare(stored, want) > 0;
            }
            case "gte" -> {
                return compare(stored, want) >= 0;
            }
            case "lt" -> {
                return compare(stored, want) < 0;
            }
            case "lte" -> {
                return compare(stored, want) <= 0;
            }
            default -> {
                String have = String.valueOf(FreppleValues.write(f.field().type(), stored));
                String text = (String) want;
                boolean ignoreCase = f.lookup().startsWith("i");
                if (ignoreCase) {
                    have = have.toLowerCase(Locale.ROOT);
                    text = text.toLowerCase(Locale.ROOT);
                }
                return switch (f.lookup()) {
                    case "iexact" -> have.equals(text);
                    case "contains", "icontains" -> have.contains(text);
                    case "startswith", "istartswith" -> have.startsWith(text);
                    default -> have.endsWith(text);
                };
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object stored, Object want) {
        if (stored instanceof BigDecimal a && want instanceof BigDecimal b) {
            return a.compareTo(b);
        }
        if (stored instanceof Comparable a && want != null && a.getClass() == want.getClass()) {
            return a.compareTo(want);
        }
        return String.valueOf(stored).compareTo(String.valueOf(want));
    }

    /** A filter value typed like the field; IllegalArgumentException with the form's message otherwise. */
    private static Object value(FreppleField field, String raw) {
        switch (field.type()) {
            case DECIMAL -> {
                try {
                    return new BigDecimal(raw);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Enter a number.");
                }
            }
            case INTEGER, ID -> {
                try {
                    return Long.parseLong(raw);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Enter a whole number.");
                }
            }
            case DATETIME -> {
                try {
                    return FreppleValues.dateTime(raw);
                } catch (FreppleValues.Invalid e) {
                    try {
                        return LocalDate.parse(raw).atStartOfDay();
                    } catch (DateTimeParseException e2) {
                        throw new IllegalArgumentException("Enter a valid date/time.");
                    }
                }
            }
            case DURATION -> {
                try {
                    return FreppleValues.duration(raw);
                } catch (FreppleValues.Invalid e) {
                    throw new IllegalArgumentException("Enter a valid duration.");
                }
            }
            case TIME -> {
                try {
                    return LocalTime.parse(raw);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Enter a valid time.");
                }
            }
            case BOOLEAN -> {
                String v = raw.toLowerCase(Locale.ROOT);
                return v.equals("true") || v.equals("1") ? Boolean.TRUE
                        : v.equals("false") || v.equals("0") ? Boolean.FALSE : null;
            }
            case CHOICE -> {
                if (!field.choices().contains(raw)) {
                    throw new IllegalArgumentException("Select a valid choice. " + raw
                            + " is not one of the available choices.");
                }
                return raw;
            }
            default -> {
                return raw;
            }
        }
    }
}
