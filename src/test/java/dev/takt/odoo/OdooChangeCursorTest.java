package dev.takt.odoo;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OdooChangeCursorTest {

    private static final Instant T = Instant.parse("2026-11-26T15:45:06Z");

    @Test
    void keptToTheSecondAndImmutable() {
        OdooChangeCursor cursor = new OdooChangeCursor(T.plusMillis(700), 12, T.minusSeconds(2).plusMillis(5),
                Map.of(12L, T.plusMillis(700)));
        assertEquals(T, cursor.writeDate());
        assertEquals(T.minusSeconds(2), cursor.recentFrom());
        assertEquals(Map.of(12L, T), cursor.recent());
        assertThrows(UnsupportedOperationException.class, () -> cursor.recent().clear());
        assertThrows(IllegalArgumentException.class, () -> new OdooChangeCursor(T, -1, T, Map.of()));
    }

    @Test
    void startAndAfter() {
        assertTrue(OdooChangeCursor.START.isStart());
        OdooChangeCursor after = OdooChangeCursor.after(T.plusMillis(300));
        assertFalse(after.isStart());
        assertEquals(T, after.writeDate());
        assertEquals(Long.MAX_VALUE, after.id(), "the whole second is behind it");
        assertEquals(T.plusSeconds(1), after.recentFrom(), "nothing before it is re-read as late");
    }

    @Test
    void tokensRoundTrip() {
        OdooChangeCursor cursor = new OdooChangeCursor(T, 42, T.minusSeconds(2),
                Map.of(40L, T, 41L, T, 42L, T, 7L, T.minusSeconds(1)));
        String token = cursor.toToken();
        assertEquals("v1|" + T.getEpochSecond() + "|42|" + (T.getEpochSecond() - 2) + "|"
                + (T.getEpochSecond() - 1) + ":7;" + T.getEpochSecond() + ":40,41,42", token);
        assertEquals(cursor, OdooChangeCursor.parse(token));
        assertEquals(OdooChangeCursor.START, OdooChangeCursor.parse(OdooChangeCursor.START.toToken()));
        assertEquals(OdooChangeCursor.after(T), OdooChangeCursor.parse(OdooChangeCursor.after(T).toToken()));
    }

    @Test
    void garbageIsNotACursor() {
        for (String bad : new String[] {null, "", "v2|1|2|3|", "v1|1|2|3", "v1|x|2|3|", "v1|1|2|3|5", "v1|1|-2|3|"}) {
            assertThrows(IllegalArgumentException.class, () -> OdooChangeCursor.parse(bad), String.valueOf(bad));
        }
    }
}
