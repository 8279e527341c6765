package dev.takt.sandbox.frepple;

import dev.takt.sandbox.frepple.FreppleField.Type;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads field values from a request the way frePPLe's REST serializers do (same accepted forms, same messages) and
 * writes them the way they print them: decimals as strings with 8 decimals, naive date-times
 * {@code YYYY-MM-DDThh:mm:ss[.ffffff]}, durations as Django prints a Python {@code timedelta}
 * ({@code "-25 09:00:00"} is minus 25 days plus 9 hours: the day count carries the sign, the clock part is always
 * positive).
 */
final class FreppleValues {

    static final String REQUIRED = "This field is required.";
    static final String NOT_NULL = "This field may not be null.";
    static final String NOT_BLANK = "This field may not be blank.";
    static final String BAD_NUMBER = "A valid number is required.";
    static final String BAD_INTEGER = "A valid integer is required.";
    static final String BAD_BOOLEAN = "Must be a valid boolean.";
    static final String BAD_STRING = "Not a valid string.";
    static final String BAD_DATETIME = "Datetime has wrong format. Use one of these formats instead: "
            + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
    static final String BAD_DURATION = "Duration has wrong format. Use one of these formats instead: "
            + "[DD] [HH:[MM:]]ss[.uuuuuu].";
    static final String BAD_TIME = "Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].";

    static final int DECIMAL_PLACES = 8;
    static final int MAX_DIGITS = 20;
    static final int MAX_LENGTH = 300;

    private static final Pattern DATETIME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})"
            + "(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d{0,6})?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d{0,6})?)?");
    private static final Pattern STANDARD_DURATION = Pattern.compile("(?:(-?\\d+) (?:days?, )?)?(-?)"
            + "(?:(\\d+):(?=\\d+:\\d+))?(?:(\\d+):)?(\\d+)(?:[.,](\\d{1,6})\\d{0,6})?");
    private static final Pattern ISO_DURATION = Pattern.compile("([-+]?)P(?:(\\d+(?:\\.\\d+)?)D)?"
            + "(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    private static final Pattern POSTGRES_DURATION = Pattern.compile("(?:(-?\\d+) (?:days? ?))?"
            + "(?:([-+])?(\\d+):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?)?");
    private static final Set<String> TRUE = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON", "1");
    private static final Set<String> FALSE = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF", "0");
    private static final DateTimeFormatter TASK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** A rejected value, with the serializer's messages. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private FreppleValues() {
    }

    /**
     * Reads a value sent for {@code field}.
     *
     * @param exists whether a primary key exists in the field's target entity (for foreign keys)
     * @return the typed value (String, Long, BigDecimal, Boolean, LocalDateTime, Duration, LocalTime) or null
     * @throws Invalid with the message frePPLe gives
     */
    static Object read(FreppleField field, Object raw, Predicate<String> exists) throws Invalid {
        if (raw == null) {
            if (field.required() || field.defaultValue() != null) {
                throw new Invalid(NOT_NULL);
            }
            return null;
        }
        return switch (field.type()) {
            case STRING -> string(field, raw);
            case INTEGER, ID -> integer(raw);
            case DECIMAL -> decimal(raw);
            case BOOLEAN -> bool(raw);
            case DATETIME -> dateTime(raw);
            case DURATION -> duration(raw);
            case TIME -> time(raw);
            case CHOICE -> {
                String s = raw instanceof String str ? str : pyStr(raw);
                if (!field.choices().contains(s)) {
                    throw new Invalid("\"" + s + "\" is not a valid choice.");
                }
                yield s;
            }
            case FK -> {
                if (raw instanceof Boolean || raw instanceof Map || raw instanceof List) {
                    throw new Invalid("Incorrect type. Expected pk value, received " + pyType(raw) + ".");
                }
                String key = pyStr(raw);
                if (!exists.test(key)) {
                    throw new Invalid("Invalid pk \"" + key + "\" - object does not exist.");
                }
                yield key;
            }
            case JSON, COMPUTED_LIST -> raw;
        };
    }

    private static String string(FreppleField field, Object raw) throws Invalid {
        if (raw instanceof Boolean || raw instanceof Map || raw instanceof List) {
            throw new Invalid(BAD_STRING);
        }
        String s = pyStr(raw).strip();
        if (s.isEmpty() && field.required()) {
            throw new Invalid(NOT_BLANK);
        }
        if (s.length() > MAX_LENGTH) {
            throw new Invalid("Ensure this field has no more than " + MAX_LENGTH + " characters.");
        }
        return s;
    }

    private static Long integer(Object raw) throws Invalid {
        if (raw instanceof Boolean || raw instanceof Map || raw instanceof List) {
            throw new Invalid(BAD_INTEGER);
        }
        String s = pyStr(raw).replaceFirst("\\.0*\\s*$", "").strip();
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw new Invalid(BAD_INTEGER);
        }
    }

    /** A decimal as frePPLe's serializers accept it (number or numeric string, at most 20 digits, 8 decimals). */
    static BigDecimal decimal(Object raw) throws Invalid {
        if (raw instanceof Boolean || raw instanceof Map || raw instanceof List) {
            throw new Invalid(BAD_NUMBER);
        }
        String s = pyStr(raw).strip();
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new Invalid(BAD_NUMBER);
        }
        int scale = d.scale();
        int digits = d.signum() == 0 ? 1 : d.unscaledValue().abs().toString().length();
        int total;
        int places;
        int whole;
        if (scale <= 0) {
            total = digits - scale;
            whole = total;
            places = 0;
        } else if (digits > scale) {
            total = digits;
            whole = digits - scale;
            places = scale;
        } else {
            total = scale;
            whole = 0;
            places = scale;
        }
        if (total > MAX_DIGITS) {
            throw new Invalid("Ensure that there are no more than " + MAX_DIGITS + " digits in total.");
        }
        if (places > DECIMAL_PLACES) {
            throw new Invalid("Ensure that there are no more than " + DECIMAL_PLACES + " decimal places.");
        }
        if (whole > MAX_DIGITS - DECIMAL_PLACES) {
            throw new Invalid("Ensure that there are no more than " + (MAX_DIGITS - DECIMAL_PLACES)
                    + " digits before the decimal point.");
        }
        return d;
    }

    private static Boolean bool(Object raw) throws Invalid {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s) {
            if (TRUE.contains(s)) {
                return true;
            }
            if (FALSE.contains(s)) {
                return false;
            }
        }
        if (raw instanceof BigDecimal n) {
            if (n.compareTo(BigDecimal.ONE) == 0) {
                return true;
            }
            if (n.signum() == 0) {
                return false;
            }
        }
        throw new Invalid(BAD_BOOLEAN);
    }

    /** A date-time as frePPLe accepts it; an offset, if given, is converted to the sandbox's zone (UTC). */
    static LocalDateTime dateTime(Object raw) throws Invalid {
        if (!(raw instanceof String s)) {
            throw new Invalid(BAD_DATETIME);
        }
        Matcher m = DATETIME.matcher(s);
        if (!m.matches()) {
            throw new Invalid(BAD_DATETIME);
        }
        try {
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), micros(m.group(7)) * 1000);
            String zone = m.group(8);
            if (zone != null) {
                ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC
                        : ZoneOffset.of(zone.length() == 3 ? zone + ":00" : zone.length() == 5
                                ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
                t = t.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return t;
        } catch (java.time.DateTimeException e) {
            throw new Invalid(BAD_DATETIME);
        }
    }

    /** A duration in any of the forms Django parses (standard, ISO 8601, PostgreSQL), or seconds as a number. */
    static Duration duration(Object raw) throws Invalid {
        if (raw instanceof Boolean || raw instanceof Map || raw instanceof List) {
            throw new Invalid(BAD_DURATION);
        }
        String s = pyStr(raw);
        Matcher m = STANDARD_DURATION.matcher(s);
        if (m.matches()) {
            Duration d = Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)));
            Duration clock = Duration.ofHours(num(m.group(3))).plusMinutes(num(m.group(4)))
                    .plusSeconds(Long.parseLong(m.group(5))).plusNanos(micros(m.group(6)) * 1000);
            return d.plus(m.group(2).equals("-") ? clock.negated() : clock);
        }
        m = ISO_DURATION.matcher(s);
        if (m.matches() && s.length() > 1 + m.group(1).length()) {
            double seconds = dbl(m.group(2)) * 86400 + dbl(m.group(3)) * 3600 + dbl(m.group(4)) * 60
                    + dbl(m.group(5));
            Duration d = Duration.ofNanos(Math.round(seconds * 1e9));
            return m.group(1).equals("-") ? d.negated() : d;
        }
        m = POSTGRES_DURATION.matcher(s);
        if (m.matches() && !s.isEmpty()) {
            Duration d = Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)));
            if (m.group(3) != null) {
                Duration clock = Duration.ofHours(Long.parseLong(m.group(3))).plusMinutes(Long.parseLong(m.group(4)))
                        .plusSeconds(Long.parseLong(m.group(5))).plusNanos(micros(m.group(6)) * 1000);
                d = d.plus("-".equals(m.group(2)) ? clock.negated() : clock);
            }
            return d;
        }
        throw new Invalid(BAD_DURATION);
    }

    private static LocalTime time(Object raw) throws Invalid {
        if (!(raw instanceof String s)) {
            throw new Invalid(BAD_TIME);
        }
        Matcher m = TIME.matcher(s.strip());
        if (!m.matches()) {
            throw new Invalid(BAD_TIME);
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), micros(m.group(4)) * 1000);
        } catch (java.time.DateTimeException e) {
            throw new Invalid(BAD_TIME);
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** The JSON form of a stored value (null stays null). */
    static Object write(Type type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case DECIMAL -> decimalString((BigDecimal) value);
            case DATETIME -> dateTimeString((LocalDateTime) value);
            case DURATION -> durationString((Duration) value);
            case TIME -> timeString((LocalTime) value);
            default -> value;
        };
    }

    /** {@code 20} → {@code "20.00000000"}. */
    static String decimalString(BigDecimal d) {
        return d.setScale(DECIMAL_PLACES, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code isoformat()} of a naive date-time: microseconds only when not zero. */
    static String dateTimeString(LocalDateTime t) {
        String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }

    /** How Django prints a {@code timedelta}: {@code [D ]hh:mm:ss[.ffffff]}, the days carrying the sign. */
    static String durationString(Duration d) {
        long totalMicros = Math.floorDiv(d.toNanos(), 1000);
        long days = Math.floorDiv(totalMicros, 86_400_000_000L);
        long rest = Math.floorMod(totalMicros, 86_400_000_000L);
        long seconds = rest / 1_000_000;
        long micros = rest % 1_000_000;
        String clock = String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        if (days != 0) {
            clock = days + " " + clock;
        }
        return micros == 0 ? clock : clock + String.format(".%06d", micros);
    }

    static String timeString(LocalTime t) {
        String base = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }

    /** The time stamps of the task API: {@code 2026-11-26 18:24:20.494101}. */
    static String taskTime(LocalDateTime t) {
        return t == null ? null : TASK_TIME.format(t);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Python's {@code str()} of a JSON value as the server decoded it. */
    static String pyStr(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (raw instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(raw);
    }

    private static String pyType(Object raw) {
        return raw instanceof Boolean ? "bool" : raw instanceof Map ? "dict" : "list";
    }

    private static long num(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static double dbl(String group) {
        return group == null ? 0 : Double.parseDouble(group);
    }

    private static int micros(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000").substring(0, 6));
    }
}
