package dev.takt.odoo;

import dev.takt.domain.Criterion;
import dev.takt.domain.Criterion.Operator;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Odoo search domains in prefix (Polish) notation, built from Takt's criteria.
 *
 * <p>An expression is a list of tokens: {@link Leaf}s and the operators {@code "&"}, {@code "|"}, {@code "!"}.
 * A domain is a list of expressions, implicitly ANDed, exactly as Odoo reads it.
 */
final class OdooDomain {

    /** {@code (field, operator, value)}. */
    record Leaf(String field, String operator, Object value) {
    }

    private OdooDomain() {
    }

    static List<Object> leaf(String field, String operator, Object value) {
        return List.of(new Leaf(field, operator, value));
    }

    static List<Object> and(List<List<Object>> expressions) {
        return combine("&", expressions);
    }

    static List<Object> or(List<List<Object>> expressions) {
        return combine("|", expressions);
    }

    static List<Object> not(List<Object> expression) {
        List<Object> tokens = new ArrayList<>(expression.size() + 1);
        tokens.add("!");
        tokens.addAll(expression);
        return tokens;
    }

    private static List<Object> combine(String operator, List<List<Object>> expressions) {
        if (expressions.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        List<Object> tokens = new ArrayList<>();
        for (int i = 1; i < expressions.size(); i++) {
            tokens.add(operator);
        }
        expressions.forEach(tokens::addAll);
        return tokens;
    }

    /**
     * The leaf for {@code criterion} on one Odoo field (or dotted path).
     *
     * @param where the entity field, for messages ({@code ManufacturingOrder.state})
     * @throws IllegalArgumentException when the comparison makes no sense for this kind of value
     */
    static List<Object> compare(String odooField, OdooValue<?> value, Criterion criterion, String where) {
        Operator op = criterion.operator();
        Object operand = criterion.value();
        try {
            return switch (op) {
                case CONTAINS -> {
                    if (!value.isText()) {
                        throw new IllegalArgumentException("it is not text");
                    }
                    yield leaf(odooField, "ilike", operand.toString());
                }
                case IN, NOT_IN -> {
                    List<Object> operands = new ArrayList<>();
                    for (Object o : (Collection<?>) operand) {
                        operands.add(o == null ? Boolean.FALSE : value.write(o));
                    }
                    yield leaf(odooField, op == Operator.IN ? "in" : "not in", operands);
                }
                case EQ, NE -> leaf(odooField, op == Operator.EQ ? "=" : "!=",
                        operand == null ? Boolean.FALSE : value.write(operand));
                case LT, LE, GT, GE -> {
                    if (operand == null) {
                        throw new IllegalArgumentException("there is nothing to compare with");
                    }
                    if (!value.isOrdered()) {
                        throw new IllegalArgumentException("its values have no order");
                    }
                    yield leaf(odooField, symbol(op), value.write(operand));
                }
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot filter " + where + " " + op + " " + operand + ": "
                    + e.getMessage(), e);
        }
    }

    static String symbol(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case IN -> "in";
            case NOT_IN -> "not in";
            case CONTAINS -> "ilike";
        };
    }

    /** The JSON form Odoo expects: leaves as {@code [field, operator, value]}, operators as strings. */
    static JsonArray toJson(List<Object> tokens) {
        JsonArrayBuilder array = OdooJson.JSON.createArrayBuilder();
        for (Object token : tokens) {
            if (token instanceof Leaf leaf) {
                array.add(OdooJson.JSON.createArrayBuilder()
                        .add(leaf.field())
                        .add(leaf.operator())
                        .add(OdooJson.toJson(leaf.value())));
            } else {
                array.add((String) token);
            }
        }
        return array.build();
    }
}
