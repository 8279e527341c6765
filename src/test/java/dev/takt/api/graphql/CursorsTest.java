package dev.takt.api.graphql;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorsTest {

    @Test
    void roundTrips() {
        assertEquals(42L, Cursors.decode("after", Cursors.encode(42)));
        assertNull(Cursors.decode("after", null));
        assertNull(Cursors.decode("after", ""));
    }

    @Test
    void rejectsForgedOrForeignCursorsNamingTheArgument() {
        String notBase64 = "%%%";
        String otherPrefix = Base64.getUrlEncoder().encodeToString("offset:10".getBytes(StandardCharsets.UTF_8));
        String negative = Base64.getUrlEncoder().encodeToString("takt:id:-4".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {notBase64, otherPrefix, negative, "dGFrdDppZDp4"}) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> Cursors.decode("after", bad));
            assertEquals("after", e.argument());
            assertTrue(e.getMessage().contains("'after'"), e.getMessage());
        }
    }
}
