package dev.takt.domain.uom;

import java.util.Objects;

/**
 * A unit of measure.
 *
 * <p>{@code factor} is Odoo's: how many of this unit make one reference unit of its category
 * ({@code 1 reference = factor x this}). The reference unit has factor 1; a bigger unit a factor below 1 (Dozens:
 * 1/12); a smaller one above 1 (g, with kg as reference: 1000).
 *
 * @param name     the unit's name as records carry it ({@code Units}, {@code kg})
 * @param category what it measures ({@code Unit}, {@code Weight}); units convert only within a category
 * @param factor   units per reference unit, more than 0
 */
public record Unit(String name, String category, double factor) {

    public Unit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("unit '" + name + "' needs a category");
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("unit '" + name + "' has factor " + factor + "; it must be more than 0");
        }
    }

    /** The reference unit of a category (factor 1). */
    public static Unit reference(String name, String category) {
        return new Unit(name, category, 1.0);
    }

    /** A unit {@code size} times bigger than the reference (Dozens: 12), factor {@code 1 / size}. */
    public static Unit bigger(String name, String category, double size) {
        Objects.requireNonNull(name, "name");
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("unit '" + name + "' has size " + size + "; it must be more than 0");
        }
        return new Unit(name, category, 1.0 / size);
    }

    /** A unit {@code parts} times smaller than the reference (g under kg: 1000), factor {@code parts}. */
    public static Unit smaller(String name, String category, double parts) {
        return new Unit(name, category, parts);
    }
}
