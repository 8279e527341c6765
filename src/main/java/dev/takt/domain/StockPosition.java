package dev.takt.domain;

/**
 * Stock of one item in one internal location.
 *
 * @param id          identifier of the position
 * @param itemId      the item
 * @param warehouseId the warehouse the location belongs to
 * @param locationId  the location
 * @param location    the location's full name
 * @param onHand      quantity physically there
 * @param reserved    quantity reserved for moves
 * @param available   on hand minus reserved
 * @param uom         unit of the quantities
 */
public record StockPosition(long id, Long itemId, Long warehouseId, Long locationId, String location, Double onHand,
        Double reserved, Double available, String uom) {
}
