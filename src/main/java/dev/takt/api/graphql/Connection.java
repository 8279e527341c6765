package dev.takt.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * A page of a list, Relay style: {@code edges} (with cursors) or the shortcut {@code nodes}, {@code pageInfo},
 * and {@code totalCount} (counted only when it is selected).
 *
 * @param <T> the node type
 */
@Description("A page of results. Pass pageInfo.endCursor as `after` to get the next page.")
public class Connection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final Long totalCount;

    Connection(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /** A connection without results, for a list that was not selected. */
    static <T> Connection<T> empty() {
        return new Connection<>(List.of(), new PageInfo(false, null), null);
    }

    @NonNull
    @Description("The results with their cursors.")
    public List<@NonNull Edge<T>> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The results, without cursors.")
    public List<@NonNull T> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("Where this page ends and whether more follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("How many results match the filters in all pages (asks the source system to count).")
    public Long getTotalCount() {
        return totalCount;
    }
}
