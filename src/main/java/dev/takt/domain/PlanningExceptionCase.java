package dev.takt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A planning exception as stored: a condition a person must review (an unmapped item, a conflict, a shortage…),
 * with its life {@code OPEN → ACKNOWLEDGED → RESOLVED} and who moved it when. Named "case" in Java to keep it apart
 * from {@link PlanningException}, the exception thrown when a planning operation is refused; partners see it as
 * {@code PlanningException} in the GraphQL API.
 *
 * @param id          its number
 * @param draft       what was raised
 * @param status      where it is in its life
 * @param raisedAt    when it was first raised
 * @param raisedBy    who raised it (a workflow: {@code feedback}, {@code schedule}…; or a person)
 * @param lastSeenAt  when the condition was last raised again while open
 * @param occurrences how many times it was raised while open (1 at first)
 * @param acknowledged who acknowledged it, when, with what note; null until then
 * @param resolved    who resolved it, when, with what resolution; null until then
 */
public record PlanningExceptionCase(long id, PlanningExceptionDraft draft, PlanningExceptionStatus status,
        Instant raisedAt, String raisedBy, Instant lastSeenAt, int occurrences, Step acknowledged, Step resolved) {

    /**
     * One move in an exception's life.
     *
     * @param by   who (principal name)
     * @param at   when
     * @param note the note or resolution, or null
     */
    public record Step(String by, Instant at, String note) {
        public Step {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            note = Text.clip(note, 2000);
        }
    }

    public PlanningExceptionCase {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /**
     * This exception acknowledged.
     *
     * @throws PlanningException (INVALID_STATE) when it is not open
     */
    public PlanningExceptionCase acknowledge(String by, Instant at, String note) {
        if (status != PlanningExceptionStatus.OPEN) {
            throw PlanningException.invalidState("planning exception " + id + " is " + status
                    + (status == PlanningExceptionStatus.ACKNOWLEDGED
                            ? " already (by " + acknowledged.by() + " at " + acknowledged.at() + ")"
                            : " (by " + resolved.by() + " at " + resolved.at() + ")")
                    + "; only an OPEN exception can be acknowledged");
        }
        return new PlanningExceptionCase(id, draft, PlanningExceptionStatus.ACKNOWLEDGED, raisedAt, raisedBy,
                lastSeenAt, occurrences, new Step(by, at, note), null);
    }

    /**
     * This exception resolved.
     *
     * @throws PlanningException (INVALID_STATE) when it is resolved already
     * @throws IllegalArgumentException when the resolution is blank
     */
    public PlanningExceptionCase resolve(String by, Instant at, String resolution) {
        if (resolution == null || resolution.isBlank()) {
            throw new IllegalArgumentException("say how the exception was resolved");
        }
        if (status == PlanningExceptionStatus.RESOLVED) {
            throw PlanningException.invalidState("planning exception " + id + " was resolved already (by "
                    + resolved.by() + " at " + resolved.at() + ")");
        }
        return new PlanningExceptionCase(id, draft, PlanningExceptionStatus.RESOLVED, raisedAt, raisedBy, lastSeenAt,
                occurrences, acknowledged, new Step(by, at, resolution));
    }
}
