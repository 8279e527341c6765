package dev.takt.domain;

/**
 * How to make an item: components ({@link BomLine}) and operations ({@link Operation}).
 *
 * @param id               identifier
 * @param itemId           the variant it makes, when the BoM is variant-specific; otherwise the template's first variant
 * @param itemName         display name of the made item
 * @param code             optional reference
 * @param type             normal (manufacture) or kit (phantom)
 * @param quantity         the quantity this BoM produces
 * @param uom              unit of {@code quantity}
 * @param produceDelayDays manufacturing lead time in days
 * @param active           false when archived
 */
public record BillOfMaterials(long id, Long itemId, String itemName, String code, BomType type, Double quantity, String uom,
        Double produceDelayDays, Boolean active) {
}
