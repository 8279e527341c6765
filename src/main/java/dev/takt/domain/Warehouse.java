package dev.takt.domain;

/**
 * A plant or distribution site.
 *
 * @param id              identifier
 * @param name            name
 * @param code            short code
 * @param stockLocationId its main stock location
 */
public record Warehouse(long id, String name, String code, Long stockLocationId) {
}
