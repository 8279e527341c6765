package dev.takt.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One condition on a field of an {@link Entity}, in Takt's terms: {@code state IN [CONFIRMED, IN_PROGRESS]}.
 * Values are domain values (enums, {@link java.time.Instant}s, numbers, strings); a gateway translates them.
 *
 * @param field    a field (or filter-only field) of the entity
 * @param operator the comparison
 * @param value    the operand; a collection for {@link Operator#IN} and {@link Operator#NOT_IN}
 */
public record Criterion(String field, Operator operator, Object value) {

    /** Comparisons a gateway must support. */
    public enum Operator {
        EQ, NE, LT, LE, GT, GE, IN, NOT_IN,
        /** Case-insensitive substring match on text. */
        CONTAINS
    }

    public Criterion {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        if ((operator == Operator.IN || operator == Operator.NOT_IN) && !(value instanceof Collection)) {
            throw new IllegalArgumentException(operator + " on " + field + " needs a collection of values");
        }
        if (operator == Operator.CONTAINS && !(value instanceof String)) {
            throw new IllegalArgumentException("CONTAINS on " + field + " needs a text value");
        }
        if (value instanceof Collection<?> c) {
            value = List.copyOf(c);
        }
    }

    public static Criterion eq(String field, Object value) {
        return new Criterion(field, Operator.EQ, value);
    }

    public static Criterion in(String field, Collection<?> values) {
        return new Criterion(field, Operator.IN, values);
    }

    public static Criterion contains(String field, String text) {
        return new Criterion(field, Operator.CONTAINS, text);
    }

    public static Criterion ge(String field, Object value) {
        return new Criterion(field, Operator.GE, value);
    }

    public static Criterion le(String field, Object value) {
        return new Criterion(field, Operator.LE, value);
    }
}
