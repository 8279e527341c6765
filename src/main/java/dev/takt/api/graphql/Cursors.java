package dev.takt.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: a position in a list ordered by id. Clients must not build them; a cursor from another
 * list or a forged one is rejected as a bad argument.
 */
final class Cursors {

    private static final String PREFIX = "takt:id:";

    private Cursors() {
    }

    static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor points after, or null for no cursor. */
    static Long decode(String argument, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long id = Long.parseLong(text.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the argument error
        }
        throw new InvalidArgumentException(argument,
                "'" + cursor + "' is not a cursor: pass the endCursor or an edge cursor returned by this API");
    }
}
