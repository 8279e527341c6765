package dev.takt.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One result of a {@link Connection} and the cursor that points just after it.
 *
 * @param <T> the node type
 */
@Description("One result and its cursor.")
public class Edge<T> {

    private final String cursor;
    private final T node;

    Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque position of this result: pass it as `after` to continue after it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public T getNode() {
        return node;
    }
}
