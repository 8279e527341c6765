package dev.takt.domain;

import java.time.LocalDate;

/**
 * A vendor's price list entry for an item.
 *
 * @param id              identifier
 * @param itemId          the item (variant), when specific to one
 * @param vendor          vendor's name
 * @param vendorId        vendor identifier
 * @param leadDays        delivery lead time in days
 * @param minimumQuantity minimum order quantity
 * @param price           unit price
 * @param validFrom       first valid date, or null
 * @param validTo         last valid date, or null
 * @param sequence        preference order: lower first
 */
public record SupplierInfo(long id, Long itemId, String vendor, Long vendorId, Integer leadDays, Double minimumQuantity,
        Double price, LocalDate validFrom, LocalDate validTo, Integer sequence) {
}
