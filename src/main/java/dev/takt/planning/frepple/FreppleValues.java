package dev.takt.planning.frepple;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the values of frePPLe's REST API.
 *
 * <ul>
 *   <li>Numbers come as strings with 8 decimals ({@code "20.00000000"}; plans carry plain JSON numbers):
 *       {@link #decimal}, {@link #number}. Written numbers must not have more than 8 decimals:
 *       {@link #decimalText}.</li>
 *   <li>Date-times are naive ({@code 2026-11-30T16:00:00}, sometimes with microseconds; the task API writes
 *       {@code 2026-11-26 18:24:20.494101}) and mean local time in frePPLe's zone ({@code takt.planning.frepple.timezone}):
 *       {@link #instant}, {@link #naive}. A local time that a daylight-saving change skips is moved forward by the
 *       gap; one that happens twice is read as the earlier instant.</li>
 *   <li>Durations are Python {@code timedelta}s as Django prints them: {@code [D ]hh:mm:ss[.ffffff]} where the day
 *       count carries the sign and the clock part is always positive, so {@code "-25 09:00:00"} is minus 25 days
 *       plus 9 hours, i.e. −24 days 15 hours: {@link #duration(String)}, {@link #durationText}.</li>
 * </ul>
 * Nulls read as null. A value that does not parse is an {@link IllegalArgumentException} naming the value.
 */
public final class FreppleValues {

    private static final Pattern DURATION = Pattern.compile(
            "(?:(-?\\d+) (?:days?,? )?)?(-)?(\\d+):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,6})\\d*)?");
    private static final DateTimeFormatter NAIVE = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter();
    private static final int DECIMAL_PLACES = 8;

    private FreppleValues() {
    }

    /** A frePPLe decimal ({@code "20.00000000"} or a JSON number) as a BigDecimal, or null. */
    public static BigDecimal decimal(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s) {
            return decimal(s.getString());
        }
        throw new IllegalArgumentException("not a frePPLe number: " + value);
    }

    /** A frePPLe decimal text as a BigDecimal, or null. */
    public static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a frePPLe number: '" + text + "'");
        }
    }

    /** A frePPLe decimal as a double (NaN for null). */
    public static double number(JsonValue value) {
        BigDecimal d = decimal(value);
        return d == null ? Double.NaN : d.doubleValue();
    }

    /** A decimal as frePPLe accepts it: at most 8 decimals (rounded half up), no exponent. */
    public static String decimalText(BigDecimal value) {
        BigDecimal d = value.scale() > DECIMAL_PLACES ? value.setScale(DECIMAL_PLACES, RoundingMode.HALF_UP) : value;
        return d.stripTrailingZeros().toPlainString();
    }

    /** A naive frePPLe date-time in {@code zone} as an instant, or null. */
    public static Instant instant(JsonValue value, ZoneId zone) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return instant(s.getString(), zone);
        }
        throw new IllegalArgumentException("not a frePPLe date-time: " + value);
    }

    /** A naive frePPLe date-time text ({@code T} or space between date and time) in {@code zone}, or null. */
    public static Instant instant(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), NAIVE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a frePPLe date-time: '" + text + "'");
        }
    }

    /** An instant as the naive date-time frePPLe expects in {@code zone}: {@code YYYY-MM-DDThh:mm:ss[.ffffff]}. */
    public static String naive(Instant instant, ZoneId zone) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }

    /** A frePPLe duration ({@code "-25 09:00:00"}) as a Duration, or null. */
    public static Duration duration(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return duration(s.getString());
        }
        throw new IllegalArgumentException("not a frePPLe duration: " + value);
    }

    /**
     * A frePPLe duration text as a Duration, or null: {@code [D ]hh:mm:ss[.ffffff]} with a signed day count (also
     * Python's own {@code "-1 day, 23:00:00"}, and a clock part with its own minus sign).
     */
    public static Duration duration(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a frePPLe duration: '" + text + "'");
        }
        Duration days = Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)));
        Duration clock = Duration.ofHours(Long.parseLong(m.group(3))).plusMinutes(Long.parseLong(m.group(4)))
                .plusSeconds(Long.parseLong(m.group(5)))
                .plusNanos(m.group(6) == null ? 0 : Long.parseLong((m.group(6) + "000000").substring(0, 6)) * 1000);
        return days.plus(m.group(2) == null ? clock : clock.negated());
    }

    /** A Duration as frePPLe prints it: {@code [D ]hh:mm:ss[.ffffff]}, the day count carrying the sign. */
    public static String durationText(Duration duration) {
        long micros = Math.floorDiv(duration.toNanos(), 1000);
        long days = Math.floorDiv(micros, 86_400_000_000L);
        long rest = Math.floorMod(micros, 86_400_000_000L);
        long seconds = rest / 1_000_000;
        String clock = String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        String text = days == 0 ? clock : days + " " + clock;
        return rest % 1_000_000 == 0 ? text : text + String.format(".%06d", rest % 1_000_000);
    }
}
