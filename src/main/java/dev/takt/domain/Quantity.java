package dev.takt.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in a unit of measure: never negative, at most {@value #MAX_DECIMALS} decimals, below ten trillion,
 * and always with its unit (the unit's name as the system of record spells it, e.g. {@code Units}, {@code kg}).
 * Whether the unit exists and suits an item is for whoever knows the units to check.
 *
 * @param amount the amount, 0 or more; trailing zeros are dropped ({@code 12.50} becomes {@code 12.5})
 * @param unit   the unit's name
 */
public record Quantity(BigDecimal amount, String unit) {

    /** Most decimals an amount may have. */
    public static final int MAX_DECIMALS = 6;
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000");

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("quantity " + plain(amount) + " is negative; it must be 0 or more");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("quantity " + plain(amount) + " is too large (at most "
                    + LIMIT.subtract(BigDecimal.ONE).toPlainString() + ")");
        }
        BigDecimal compact = amount.stripTrailingZeros();
        if (compact.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("quantity " + plain(amount) + " has more than "
                    + MAX_DECIMALS + " decimals");
        }
        amount = compact.scale() < 0 ? compact.setScale(0) : compact;
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("the unit of quantity " + amount.toPlainString() + " is missing");
        }
        unit = unit.strip();
    }

    /**
     * A quantity from a floating-point number as clients send it ({@code 12.5} stays {@code 12.5}, not its binary
     * approximation).
     *
     * @throws IllegalArgumentException when the number is not finite, negative, too large or too precise
     */
    public static Quantity of(double amount, String unit) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("quantity " + amount + " is not a number");
        }
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    /** The same amount in another unit's name (no conversion: callers convert first). */
    public Quantity withUnit(String otherUnit) {
        return new Quantity(amount, otherUnit);
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
