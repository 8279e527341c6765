package dev.takt.odoo;

import jakarta.json.JsonValue;

/**
 * How one kind of Odoo field value translates to and from Takt's domain values.
 *
 * @param <T> the domain type
 */
interface OdooValue<T> {

    /** The domain value of what {@code search_read} returned; null for Odoo's {@code false} (except booleans). */
    T read(JsonValue value);

    /**
     * The Odoo operand for a domain value in a criterion (a string, number, boolean or list).
     *
     * @throws IllegalArgumentException when the value is not of this field's kind
     */
    Object write(Object domainValue);

    /** True when {@code ilike} makes sense (text and many2one names). */
    default boolean isText() {
        return false;
    }

    /** True when {@code <}, {@code >} and friends make sense. */
    default boolean isOrdered() {
        return true;
    }
}
