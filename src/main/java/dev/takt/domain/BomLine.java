package dev.takt.domain;

/**
 * One component of a bill of materials.
 *
 * @param id          identifier
 * @param bomId       the owning bill of materials
 * @param componentId the consumed item
 * @param quantity    quantity per BoM quantity
 * @param uom         unit of {@code quantity}
 * @param operationId the operation that consumes it, if any
 * @param sequence    display order
 */
public record BomLine(long id, Long bomId, Long componentId, Double quantity, String uom, Long operationId,
        Integer sequence) {
}
