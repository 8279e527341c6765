package dev.takt.sync;

import dev.takt.domain.time.DateBucket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How far planning data may reach: from today to {@code days} days ahead, dates read in {@code zone}. A forecast
 * bucket is inside when it ends today or later and starts on the horizon's last day or earlier; an order or a
 * proposal is inside when it ends (is due, finishes) between now and the end of the horizon's last day. Starts may
 * lie in the past (an order already under way can still be rescheduled).
 *
 * @param now  the current instant
 * @param zone the planners' time zone
 * @param days length of the horizon in days, 1 or more
 */
public record PlanningHorizon(Instant now, ZoneId zone, int days) {

    public PlanningHorizon {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        if (days < 1) {
            throw new IllegalArgumentException("the planning horizon must be at least 1 day, got " + days);
        }
    }

    /** Today in the planners' time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /** The last day inside the horizon. */
    public LocalDate lastDay() {
        return today().plusDays(days);
    }

    /** The first instant after the horizon. */
    public Instant end() {
        return lastDay().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Why a bucket is outside the horizon, or empty when it is inside. */
    public Optional<String> problem(DateBucket bucket) {
        if (bucket.lastDay().isBefore(today())) {
            return Optional.of("bucket " + bucket + " lies in the past (today is " + today() + " in " + zone + ")");
        }
        if (bucket.start().isAfter(lastDay())) {
            return Optional.of("bucket " + bucket + " starts after the planning horizon, which ends on " + lastDay()
                    + " (" + days + " days from today)");
        }
        return Optional.empty();
    }

    /** Why something ending at {@code end} ("the due date") is outside the horizon, or empty when it is inside. */
    public Optional<String> problem(String what, Instant end) {
        if (end.isBefore(now)) {
            return Optional.of(what + " " + end + " is in the past (now is " + now + ")");
        }
        if (!end.isBefore(end())) {
            return Optional.of(what + " " + end + " is after the planning horizon, which ends on " + lastDay() + " ("
                    + days + " days from today)");
        }
        return Optional.empty();
    }
}
