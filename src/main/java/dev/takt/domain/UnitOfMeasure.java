package dev.takt.domain;

import dev.takt.domain.uom.Unit;

/**
 * A unit of measure as the system of record defines it.
 *
 * @param id         identifier
 * @param name       its name ({@code Units}, {@code kg})
 * @param categoryId the category it belongs to; units convert only within a category
 * @param category   the category's name ({@code Unit}, {@code Weight})
 * @param factor     units per reference unit of the category (the reference has 1, Dozens 1/12)
 * @param active     false when archived
 */
public record UnitOfMeasure(long id, String name, Long categoryId, String category, Double factor, Boolean active) {

    /**
     * The unit for conversions.
     *
     * @throws IllegalArgumentException when name, category or a positive factor is missing
     */
    public Unit toUnit() {
        return new Unit(name, category, factor == null ? Double.NaN : factor);
    }
}
