package dev.takt.sync;

import dev.takt.domain.ForecastVersion;

import java.util.List;

/**
 * The reply to publishing a forecast version: the version, the comparison with the version published before it, and
 * the reorder-rule updates queued (when {@code takt.forecast.update-reorder-rules} is on).
 *
 * @param version          the published version
 * @param previousVersion  the version it superseded, or null (first publication, or published already)
 * @param thresholdPercent the configured threshold
 * @param breaches         the items whose total demand changed by more than the threshold
 * @param reorderRules     the reorder-rule updates queued
 */
public record ForecastPublicationReport(ForecastVersion version, Integer previousVersion, double thresholdPercent,
        List<ForecastThresholdBreach> breaches, List<ReorderRuleChange> reorderRules) {

    public ForecastPublicationReport {
        breaches = List.copyOf(breaches);
        reorderRules = List.copyOf(reorderRules);
    }

    /**
     * One item whose demand moved more than the threshold.
     *
     * @param item          item code
     * @param unit          the unit of the totals
     * @param previousTotal its total demand in the previous version
     * @param newTotal      its total demand in the published version
     * @param changePercent (new − previous) / previous × 100; null when the previous total was 0 (new demand)
     * @param message       in the planner's words
     */
    public record ForecastThresholdBreach(String item, String unit, double previousTotal, double newTotal,
            Double changePercent, String message) {
    }

    /**
     * One reorder-rule update queued.
     *
     * @param ruleId         the rule
     * @param rule           its reference
     * @param item           item code
     * @param warehouse      warehouse code
     * @param leadDays       the lead time used
     * @param dailyDemand    average daily demand from today on in the published version
     * @param previousMinimum the rule's minimum before
     * @param previousMaximum the rule's maximum before
     * @param minimum        new minimum (demand over the lead time)
     * @param maximum        new maximum (minimum + one bucket of demand)
     * @param idempotencyKey the command's key
     * @param commandId      the outbox command's id
     */
    public record ReorderRuleChange(long ruleId, String rule, String item, String warehouse, int leadDays,
            double dailyDemand, Double previousMinimum, Double previousMaximum, double minimum, double maximum,
            String idempotencyKey, long commandId) {
    }
}
