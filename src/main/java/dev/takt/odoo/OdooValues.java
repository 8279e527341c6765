package dev.takt.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The value conversions between Odoo's JSON-RPC shapes and Takt's domain values.
 *
 * <p>Odoo sends {@code false} for every empty value (text, date, many2one), many2ones as {@code [id, "name"]},
 * datetimes as {@code "YYYY-MM-DD HH:MM:SS"} in UTC and dates as {@code "YYYY-MM-DD"}; selections are strings.
 */
final class OdooValues {

    /** Odoo's datetime format; always UTC over the external API. */
    static final DateTimeFormatter DATETIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private OdooValues() {
    }

    static final OdooValue<String> TEXT = new OdooValue<>() {
        @Override
        public String read(JsonValue v) {
            return v instanceof JsonString s ? s.getString() : null;
        }

        @Override
        public Object write(Object value) {
            if (value instanceof CharSequence || value instanceof Enum<?>) {
                return value.toString();
            }
            throw new IllegalArgumentException("expected text, got " + describe(value));
        }

        @Override
        public boolean isText() {
            return true;
        }
    };

    static final OdooValue<Integer> INTEGER = new OdooValue<>() {
        @Override
        public Integer read(JsonValue v) {
            return v instanceof JsonNumber n ? n.intValue() : null;
        }

        @Override
        public Object write(Object value) {
            return number(value).longValue();
        }
    };

    static final OdooValue<Long> ID = new OdooValue<>() {
        @Override
        public Long read(JsonValue v) {
            return v instanceof JsonNumber n ? n.longValue() : null;
        }

        @Override
        public Object write(Object value) {
            return number(value).longValue();
        }
    };

    static final OdooValue<Double> DECIMAL = new OdooValue<>() {
        @Override
        public Double read(JsonValue v) {
            return v instanceof JsonNumber n ? n.doubleValue() : null;
        }

        @Override
        public Object write(Object value) {
            Number n = number(value);
            if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
                return n.longValue();
            }
            return n.doubleValue();
        }
    };

    /** Booleans are the one kind where {@code false} means false, not empty. */
    static final OdooValue<Boolean> BOOLEAN = new OdooValue<>() {
        @Override
        public Boolean read(JsonValue v) {
            if (v == JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            return v == JsonValue.FALSE ? Boolean.FALSE : null;
        }

        @Override
        public Object write(Object value) {
            if (value instanceof Boolean b) {
                return b;
            }
            throw new IllegalArgumentException("expected true or false, got " + describe(value));
        }

        @Override
        public boolean isOrdered() {
            return false;
        }
    };

    /** {@code "YYYY-MM-DD HH:MM:SS"} in UTC ⇄ {@link Instant}. */
    static final OdooValue<Instant> DATETIME_UTC = new OdooValue<>() {
        @Override
        public Instant read(JsonValue v) {
            if (!(v instanceof JsonString s)) {
                return null;
            }
            return LocalDateTime.parse(s.getString(), DATETIME).toInstant(ZoneOffset.UTC);
        }

        @Override
        public Object write(Object value) {
            Instant instant;
            if (value instanceof Instant i) {
                instant = i;
            } else if (value instanceof OffsetDateTime o) {
                instant = o.toInstant();
            } else if (value instanceof ZonedDateTime z) {
                instant = z.toInstant();
            } else if (value instanceof CharSequence text) {
                try {
                    instant = OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("expected an instant such as 2026-12-03T08:00:00Z, got '"
                            + text + "'");
                }
            } else {
                throw new IllegalArgumentException("expected an instant, got " + describe(value));
            }
            return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT));
        }
    };

    /** {@code "YYYY-MM-DD"} ⇄ {@link LocalDate}. */
    static final OdooValue<LocalDate> DATE = new OdooValue<>() {
        @Override
        public LocalDate read(JsonValue v) {
            return v instanceof JsonString s ? LocalDate.parse(s.getString()) : null;
        }

        @Override
        public Object write(Object value) {
            if (value instanceof LocalDate d) {
                return d.toString();
            }
            if (value instanceof CharSequence text) {
                try {
                    return LocalDate.parse(text).toString();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("expected a date such as 2026-12-03, got '" + text + "'");
                }
            }
            throw new IllegalArgumentException("expected a date, got " + describe(value));
        }
    };

    /** The id of a many2one {@code [id, "name"]} (a bare id is accepted too). */
    static final OdooValue<Long> MANY2ONE_ID = new OdooValue<>() {
        @Override
        public Long read(JsonValue v) {
            if (v instanceof JsonArray pair && !pair.isEmpty() && pair.get(0) instanceof JsonNumber n) {
                return n.longValue();
            }
            return v instanceof JsonNumber n ? n.longValue() : null;
        }

        @Override
        public Object write(Object value) {
            return number(value).longValue();
        }
    };

    /** The display name of a many2one {@code [id, "name"]}; criteria use Odoo's name search. */
    static final OdooValue<String> MANY2ONE_NAME = new OdooValue<>() {
        @Override
        public String read(JsonValue v) {
            if (v instanceof JsonArray pair && pair.size() > 1 && pair.get(1) instanceof JsonString s) {
                return s.getString();
            }
            return null;
        }

        @Override
        public Object write(Object value) {
            return TEXT.write(value);
        }

        @Override
        public boolean isText() {
            return true;
        }

        @Override
        public boolean isOrdered() {
            return false;
        }
    };

    /** Odoo's {@code dayofweek} selection: {@code '0'} is Monday … {@code '6'} Sunday. */
    static final OdooValue<DayOfWeek> DAY_OF_WEEK = selection(DayOfWeek.class, Map.of(
            "0", DayOfWeek.MONDAY, "1", DayOfWeek.TUESDAY, "2", DayOfWeek.WEDNESDAY, "3", DayOfWeek.THURSDAY,
            "4", DayOfWeek.FRIDAY, "5", DayOfWeek.SATURDAY, "6", DayOfWeek.SUNDAY));

    /** A selection of digits, such as {@code week_type} {@code '0'}/{@code '1'}, as an Integer. */
    static final OdooValue<Integer> DIGIT_SELECTION = new OdooValue<>() {
        @Override
        public Integer read(JsonValue v) {
            if (v instanceof JsonString s) {
                try {
                    return Integer.valueOf(s.getString());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }

        @Override
        public Object write(Object value) {
            return String.valueOf(number(value).intValue());
        }

        @Override
        public boolean isOrdered() {
            return false;
        }
    };

    /**
     * A selection ⇄ an enum. A value Odoo sends that the table does not know (added by a module, say) reads as null.
     * Criteria accept the enum or its name.
     */
    static <E extends Enum<E>> OdooValue<E> selection(Class<E> type, Map<String, E> odooToDomain) {
        Map<String, E> read = Map.copyOf(odooToDomain);
        Map<E, String> write = new LinkedHashMap<>();
        odooToDomain.forEach((odoo, domain) -> write.putIfAbsent(domain, odoo));
        Map<E, String> toOdoo = Collections.unmodifiableMap(write);
        return new OdooValue<>() {
            @Override
            public E read(JsonValue v) {
                return v instanceof JsonString s ? read.get(s.getString()) : null;
            }

            @Override
            public Object write(Object value) {
                E domain;
                if (type.isInstance(value)) {
                    domain = type.cast(value);
                } else if (value instanceof CharSequence name) {
                    try {
                        domain = Enum.valueOf(type, name.toString());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName()
                                + "; expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
                    }
                } else {
                    throw new IllegalArgumentException("expected a " + type.getSimpleName() + ", got "
                            + describe(value));
                }
                String odoo = toOdoo.get(domain);
                if (odoo == null) {
                    throw new IllegalArgumentException(domain + " has no Odoo equivalent in this version");
                }
                return odoo;
            }

            @Override
            public boolean isOrdered() {
                return false;
            }
        };
    }

    /** A two-valued selection read as a flag, e.g. {@code time_type} {@code 'leave'} ⇄ true. */
    static OdooValue<Boolean> flag(String whenTrue, String whenFalse) {
        return new OdooValue<>() {
            @Override
            public Boolean read(JsonValue v) {
                return v instanceof JsonString s ? whenTrue.equals(s.getString()) : null;
            }

            @Override
            public Object write(Object value) {
                return (Boolean) BOOLEAN.write(value) ? whenTrue : whenFalse;
            }

            @Override
            public boolean isOrdered() {
                return false;
            }
        };
    }

    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("expected a number, got " + describe(value));
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
