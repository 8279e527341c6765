package dev.takt.domain.uom;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts quantities between known units of the same category, as Odoo does: {@code quantity / from.factor x
 * to.factor}.
 *
 * <p>Refuses, with a {@link UnitConversionException} naming both units: a unit it was not given (even when both
 * names are equal: an unknown unit is never assumed to be 1:1 with anything), and units of different categories.
 * Names match exactly. Results are not rounded (Odoo rounds to the target unit's rounding when it stores a
 * quantity; do so where a quantity is written back). Immutable.
 */
public final class UnitConversion {

    private final Map<String, Unit> units;

    private UnitConversion(Map<String, Unit> units) {
        this.units = units;
    }

    /**
     * A conversion over {@code units}.
     *
     * @throws IllegalArgumentException when two units share a name
     */
    public static UnitConversion of(Collection<Unit> units) {
        Objects.requireNonNull(units, "units");
        Map<String, Unit> byName = new LinkedHashMap<>();
        for (Unit u : units) {
            Unit before = byName.putIfAbsent(u.name(), u);
            if (before != null && !before.equals(u)) {
                throw new IllegalArgumentException("two units are named '" + u.name() + "': " + before + " and " + u);
            }
        }
        return new UnitConversion(Map.copyOf(byName));
    }

    /** The unit named {@code name}, if known. */
    public Optional<Unit> unit(String name) {
        return Optional.ofNullable(find(name));
    }

    /**
     * The factor that turns a quantity in {@code from} into one in {@code to}.
     *
     * @throws UnitConversionException when a unit is unknown or they belong to different categories
     */
    public double ratio(String from, String to) {
        Unit[] pair = pair(from, to);
        return pair[1].factor() / pair[0].factor();
    }

    /**
     * {@code quantity} in {@code from}, expressed in {@code to}.
     *
     * @throws UnitConversionException when a unit is unknown or they belong to different categories
     */
    public double convert(double quantity, String from, String to) {
        Unit[] pair = pair(from, to);
        return quantity / pair[0].factor() * pair[1].factor();
    }

    private Unit find(String name) {
        return name == null ? null : units.get(name);
    }

    private Unit[] pair(String from, String to) {
        Unit f = find(from);
        Unit t = find(to);
        if (f == null && t == null) {
            throw new UnitConversionException(from, to, "neither unit is known");
        }
        if (f == null) {
            throw new UnitConversionException(from, to, "unit '" + from + "' is not known");
        }
        if (t == null) {
            throw new UnitConversionException(from, to, "unit '" + to + "' is not known");
        }
        if (!f.category().equals(t.category())) {
            throw new UnitConversionException(from, to, "'" + from + "' measures " + f.category() + " and '" + to
                    + "' measures " + t.category());
        }
        return new Unit[] {f, t};
    }
}
