package dev.takt.domain.event;

import java.time.Instant;

/**
 * A forecast version was published and is now the forecast in force.
 *
 * @param version    the version published
 * @param lines      its accepted lines
 * @param superseded the version it superseded, or null
 */
public record ForecastPublished(Instant at, int version, int lines, Integer superseded) implements TaktEvent {
}
