package dev.takt.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shared boxes and Odoo's text forms of dates. Boxing ids and round numbers through shared instances keeps a
 * million records small.
 */
final class SandboxValues {

    private static final int DOUBLE_CACHE = 4096;
    private static final Double[] DOUBLES = new Double[DOUBLE_CACHE];
    private static volatile Integer[] ids = new Integer[1024];
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static {
        for (int i = 0; i < DOUBLE_CACHE; i++) {
            DOUBLES[i] = (double) i;
        }
    }

    private SandboxValues() {
    }

    /** A shared Integer for an id or small number. */
    static Integer id(int value) {
        Integer[] pool = ids;
        if (value < 0) {
            return value;
        }
        if (value >= pool.length) {
            if (value > 8_000_000) {
                return value;
            }
            synchronized (SandboxValues.class) {
                pool = ids;
                if (value >= pool.length) {
                    pool = java.util.Arrays.copyOf(pool, Math.max(pool.length * 2, value + 1));
                    ids = pool;
                }
            }
        }
        Integer boxed = pool[value];
        if (boxed == null) {
            boxed = value;
            pool[value] = boxed;
        }
        return boxed;
    }

    /** A Double, shared when it is a small whole number. */
    static Double num(double value) {
        if (value >= 0 && value < DOUBLE_CACHE && value == Math.rint(value) && !(value == 0 && 1 / value < 0)) {
            return DOUBLES[(int) value];
        }
        return value;
    }

    static String formatDatetime(long epochSeconds) {
        return DATETIME.format(LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC));
    }

    static Long epoch(LocalDateTime utc) {
        return utc.toEpochSecond(ZoneOffset.UTC);
    }

    static Long epoch(Instant instant) {
        return instant.getEpochSecond();
    }

    /** Parses {@code YYYY-MM-DD HH:MM:SS} (or a bare date, meaning midnight) as UTC; null when unparsable. */
    static Long parseDatetime(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            String t = text.length() > 19 ? text.substring(0, 19) : text;
            return LocalDateTime.parse(t.replace('T', ' '), DATETIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Parses {@code YYYY-MM-DD} (a datetime's date part is accepted); null when unparsable. */
    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
