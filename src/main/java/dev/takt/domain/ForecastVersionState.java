package dev.takt.domain;

/**
 * Where a {@link ForecastVersion} is in its life. Transitions: {@code DRAFT → PUBLISHED} (a reviewer publishes it)
 * and {@code PUBLISHED → SUPERSEDED} (a later version is published). Nothing else: a superseded version stays in
 * the history, and a draft that was never published stays a draft.
 */
public enum ForecastVersionState {
    /** Submitted and stored, not yet the forecast in force. */
    DRAFT,
    /** The forecast in force; at most one version is published at any time. */
    PUBLISHED,
    /** Was published, then replaced by a later publication. */
    SUPERSEDED;

    /** True when a version in this state may move to {@code next}. */
    public boolean canBecome(ForecastVersionState next) {
        return (this == DRAFT && next == PUBLISHED) || (this == PUBLISHED && next == SUPERSEDED);
    }
}
