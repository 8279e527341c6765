package dev.takt.planning.nativeplan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as stored: {@code TIMESTAMP} columns hold UTC wall-clock times (portable between Derby and PostgreSQL,
 * whose {@code TIMESTAMP} carries no zone), at microsecond precision (PostgreSQL's).
 */
final class Utc {

    private Utc() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
