package dev.takt.federation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A planner read that fails becomes PLANNER_UNAVAILABLE, without leaking the store's own message. */
class PlannerCallsTest {

    @Test
    void aFailingReadIsPlannerUnavailable() {
        IllegalStateException cause = new IllegalStateException("Exception [EclipseLink-4002]: java.sql.SQLException");
        PlannerUnavailableException e = assertThrows(PlannerUnavailableException.class,
                () -> PlannerCalls.call(() -> {
                    throw cause;
                }));
        assertSame(cause, e.getCause());
        assertFalse(e.getMessage().contains("java."), e.getMessage());
    }

    @Test
    void aBadArgumentStaysABadArgument() {
        assertThrows(IllegalArgumentException.class, () -> PlannerCalls.call(() -> {
            throw new IllegalArgumentException("no such version");
        }));
    }

    @Test
    void aGoodReadPassesThrough() {
        assertEquals(List.of(1, 2), PlannerCalls.call(() -> List.of(1, 2)));
    }
}
