package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of the demand forecast: what a partner submitted at once (its accepted lines are
 * {@link ForecastLine}s), with its life cycle ({@link ForecastVersionState}). Versions are numbered 1, 2, 3… in
 * submission order; at most one is {@link ForecastVersionState#PUBLISHED published}, and publishing a version
 * supersedes the one published before it. Nothing is ever deleted: superseded versions stay queryable.
 *
 * <p>The rules of publication are here ({@link #publish}); storing the result is the planning adapter's job.
 *
 * @param version           the version number, from 1
 * @param state             draft, published or superseded
 * @param note              the submitter's note, or null
 * @param submittedAt       when it was submitted
 * @param publishedAt       when it was published, or null if never
 * @param supersededAt      when a later publication superseded it, or null
 * @param acceptedLineCount lines stored with it
 * @param rejectedLineCount lines refused at submission (kept with their reasons)
 */
public record ForecastVersion(int version, ForecastVersionState state, String note, Instant submittedAt,
        Instant publishedAt, Instant supersededAt, int acceptedLineCount, int rejectedLineCount) {

    public ForecastVersion {
        if (version < 1) {
            throw new IllegalArgumentException("a forecast version number starts at 1, got " + version);
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (acceptedLineCount < 0 || rejectedLineCount < 0) {
            throw new IllegalArgumentException("line counts cannot be negative");
        }
        if ((state == ForecastVersionState.DRAFT) != (publishedAt == null)) {
            throw new IllegalArgumentException("forecast version " + version + " is " + state
                    + (publishedAt == null ? " without" : " with") + " a publication time");
        }
        if ((state == ForecastVersionState.SUPERSEDED) != (supersededAt != null)) {
            throw new IllegalArgumentException("forecast version " + version + " is " + state
                    + (supersededAt == null ? " without" : " with") + " a time of supersession");
        }
    }

    /** A new draft. */
    public static ForecastVersion draft(int version, String note, Instant submittedAt, int accepted, int rejected) {
        return new ForecastVersion(version, ForecastVersionState.DRAFT, note, submittedAt, null, null, accepted,
                rejected);
    }

    /**
     * This version published at {@code at}, given the version published so far ({@code current}, or null). The
     * caller then supersedes {@code current} with {@link #supersede}. Publishing the version already published
     * changes nothing (a retried request is harmless).
     *
     * @throws PlanningException (invalid state) when this version was superseded, has no accepted line, or is
     *         older than the version currently published
     */
    public ForecastVersion publish(Instant at, ForecastVersion current) {
        Objects.requireNonNull(at, "at");
        if (state == ForecastVersionState.PUBLISHED) {
            return this;
        }
        if (state == ForecastVersionState.SUPERSEDED) {
            throw PlanningException.invalidState("forecast version " + version + " was superseded on "
                    + supersededAt + " and cannot be published again; submit its lines again as a new version");
        }
        if (acceptedLineCount == 0) {
            throw PlanningException.invalidState("forecast version " + version
                    + " has no accepted lines; there is nothing to publish");
        }
        if (current != null && current.version() > version) {
            throw PlanningException.invalidState("forecast version " + version + " is older than the published "
                    + "version " + current.version() + "; submit its lines again as a new version to publish them");
        }
        return new ForecastVersion(version, ForecastVersionState.PUBLISHED, note, submittedAt, at, null,
                acceptedLineCount, rejectedLineCount);
    }

    /**
     * This published version superseded at {@code at}.
     *
     * @throws IllegalStateException when it is not the published version
     */
    public ForecastVersion supersede(Instant at) {
        if (!state.canBecome(ForecastVersionState.SUPERSEDED)) {
            throw new IllegalStateException("forecast version " + version + " is " + state
                    + "; only the published version can be superseded");
        }
        return new ForecastVersion(version, ForecastVersionState.SUPERSEDED, note, submittedAt, publishedAt,
                Objects.requireNonNull(at, "at"), acceptedLineCount, rejectedLineCount);
    }
}
