package dev.takt.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forecast version's life cycle: draft → published → superseded, and nothing else. */
class ForecastVersionTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T09:30:00Z");
    private static final Instant MUCH_LATER = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void onlyDraftToPublishedAndPublishedToSupersededAreTransitions() {
        for (ForecastVersionState from : ForecastVersionState.values()) {
            for (ForecastVersionState to : ForecastVersionState.values()) {
                boolean expected = (from == ForecastVersionState.DRAFT && to == ForecastVersionState.PUBLISHED)
                        || (from == ForecastVersionState.PUBLISHED && to == ForecastVersionState.SUPERSEDED);
                assertEquals(expected, from.canBecome(to), from + " → " + to);
            }
        }
    }

    @Test
    void aDraftIsPublishedWhenNothingIsPublished() {
        ForecastVersion draft = ForecastVersion.draft(1, "week 10", SUBMITTED, 12, 3);

        ForecastVersion published = draft.publish(LATER, null);

        assertEquals(ForecastVersionState.PUBLISHED, published.state());
        assertEquals(LATER, published.publishedAt());
        assertNull(published.supersededAt());
        assertEquals(12, published.acceptedLineCount());
        assertEquals("week 10", published.note());
    }

    @Test
    void publishingANewerDraftSupersedesThePublishedOne() {
        ForecastVersion current = ForecastVersion.draft(1, null, SUBMITTED, 5, 0).publish(LATER, null);
        ForecastVersion next = ForecastVersion.draft(2, null, LATER, 7, 0);

        ForecastVersion published = next.publish(MUCH_LATER, current);
        ForecastVersion superseded = current.supersede(MUCH_LATER);

        assertEquals(ForecastVersionState.PUBLISHED, published.state());
        assertEquals(ForecastVersionState.SUPERSEDED, superseded.state());
        assertEquals(LATER, superseded.publishedAt(), "its publication stays in the history");
        assertEquals(MUCH_LATER, superseded.supersededAt());
    }

    @Test
    void publishingThePublishedVersionAgainChangesNothing() {
        ForecastVersion current = ForecastVersion.draft(4, null, SUBMITTED, 5, 0).publish(LATER, null);
        assertSame(current, current.publish(MUCH_LATER, current));
    }

    @Test
    void aSupersededVersionCannotBePublishedAgain() {
        ForecastVersion superseded = ForecastVersion.draft(3, null, SUBMITTED, 5, 0).publish(LATER, null)
                .supersede(MUCH_LATER);

        PlanningException e = assertThrows(PlanningException.class, () -> superseded.publish(MUCH_LATER, null));

        assertEquals(PlanningException.Kind.INVALID_STATE, e.kind());
        assertTrue(e.getMessage().startsWith("forecast version 3 was superseded on 2026-03-10T10:00:00Z"),
                e.getMessage());
    }

    @Test
    void aVersionWithoutAcceptedLinesCannotBePublished() {
        PlanningException e = assertThrows(PlanningException.class,
                () -> ForecastVersion.draft(5, null, SUBMITTED, 0, 40).publish(LATER, null));
        assertEquals("forecast version 5 has no accepted lines; there is nothing to publish", e.getMessage());
    }

    @Test
    void aDraftOlderThanThePublishedVersionCannotBePublished() {
        ForecastVersion newer = ForecastVersion.draft(8, null, LATER, 5, 0).publish(LATER, null);
        ForecastVersion older = ForecastVersion.draft(6, null, SUBMITTED, 5, 0);

        PlanningException e = assertThrows(PlanningException.class, () -> older.publish(MUCH_LATER, newer));

        assertEquals(PlanningException.Kind.INVALID_STATE, e.kind());
        assertTrue(e.getMessage().contains("older than the published version 8"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = ForecastVersionState.class, names = {"DRAFT", "SUPERSEDED"})
    void onlyThePublishedVersionCanBeSuperseded(ForecastVersionState state) {
        ForecastVersion version = state == ForecastVersionState.DRAFT
                ? ForecastVersion.draft(2, null, SUBMITTED, 1, 0)
                : ForecastVersion.draft(2, null, SUBMITTED, 1, 0).publish(LATER, null).supersede(LATER);
        assertThrows(IllegalStateException.class, () -> version.supersede(MUCH_LATER));
    }

    @Test
    void statesAndTimesMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> new ForecastVersion(1, ForecastVersionState.PUBLISHED,
                null, SUBMITTED, null, null, 1, 0), "published without a publication time");
        assertThrows(IllegalArgumentException.class, () -> new ForecastVersion(1, ForecastVersionState.DRAFT,
                null, SUBMITTED, LATER, null, 1, 0), "a draft with a publication time");
        assertThrows(IllegalArgumentException.class, () -> new ForecastVersion(1, ForecastVersionState.SUPERSEDED,
                null, SUBMITTED, LATER, null, 1, 0), "superseded without a time of supersession");
        assertThrows(IllegalArgumentException.class, () -> ForecastVersion.draft(0, null, SUBMITTED, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ForecastVersion.draft(1, null, SUBMITTED, -1, 0));
        assertFalse(ForecastVersionState.SUPERSEDED.canBecome(ForecastVersionState.PUBLISHED));
    }
}
