package dev.takt.domain;

/**
 * New minimum and maximum of a reorder rule, as a planner computed them.
 *
 * @param ruleId  the reorder rule
 * @param minimum the new reorder point, not negative
 * @param maximum the new order-up-to level, at least the minimum
 */
public record ReorderRuleUpdate(long ruleId, double minimum, double maximum) {

    public ReorderRuleUpdate {
        ReleaseManufacturingOrder.positiveId(ruleId, "ruleId");
        if (!(minimum >= 0) || Double.isInfinite(minimum)) {
            throw new IllegalArgumentException("a reorder rule's minimum must not be negative, got " + minimum);
        }
        if (!(maximum >= minimum) || Double.isInfinite(maximum)) {
            throw new IllegalArgumentException("a reorder rule's maximum (" + maximum
                    + ") must be at least its minimum (" + minimum + ")");
        }
    }
}
