package dev.takt.planning;

/**
 * Which page of an ordered list to read: the entries after a position (a line, version or batch number; null from
 * the start), at most {@code limit} of them, and whether to count every matching entry too.
 *
 * @param after      the position to continue after, or null
 * @param limit      most entries, 0 or more
 * @param countTotal also count all matching entries (ignoring {@code after} and {@code limit})
 */
public record PageRequest(Integer after, int limit, boolean countTotal) {

    public PageRequest {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }

    /** The first {@code limit} entries, not counted. */
    public static PageRequest first(int limit) {
        return new PageRequest(null, limit, false);
    }
}
