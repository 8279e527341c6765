package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of a {@link ReorderRuleUpdate}.
 *
 * @param ruleId    the reorder rule
 * @param status    what happened
 * @param updatedAt the rule's last-modified time now; null when missing
 */
public record ReorderRuleOutcome(long ruleId, Status status, Instant updatedAt) {

    /** How a reorder rule update ended. */
    public enum Status {
        /** The new minimum and maximum were written. */
        APPLIED,
        /** The rule already had them: nothing written. */
        UNCHANGED,
        /** The rule no longer exists (archived rules still do). */
        MISSING
    }

    public ReorderRuleOutcome {
        Objects.requireNonNull(status, "status");
    }
}
