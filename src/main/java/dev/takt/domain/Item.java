package dev.takt.domain;

/**
 * A product variant that can be stocked, made, bought or sold.
 *
 * @param id           the system of record's identifier
 * @param code         the internal reference (e.g. {@code FURN_7800}), unique when present
 * @param name         the human name
 * @param type         storable, consumable or service
 * @param uom          the stock unit of measure's name
 * @param uomId        the stock unit of measure's identifier
 * @param standardCost the unit cost used for valuation
 * @param salesLeadDays customer lead time in days
 * @param active       false when archived
 */
public record Item(long id, String code, String name, ItemType type, String uom, Long uomId, Double standardCost,
        Double salesLeadDays, Boolean active) {
}
