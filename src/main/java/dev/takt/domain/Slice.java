package dev.takt.domain;

import java.util.List;

/**
 * One page of records read with an {@link EntityQuery}.
 *
 * @param items      the records, ordered by id
 * @param hasMore    true when more records follow the last one
 * @param totalCount the number of records matching the criteria, when it was asked for; otherwise null
 * @param <T>        the record type
 */
public record Slice<T>(List<T> items, boolean hasMore, Long totalCount) {

    public Slice {
        items = List.copyOf(items);
    }
}
