package dev.takt.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * Common base of Takt's {@code @GraphQLApi} classes: the {@link Loader} they delegate to and the current field's
 * {@link DataFetchingEnvironment} (its selection tells the loader which fields to read).
 */
abstract class GraphQLResolvers {

    protected Loader loader;
    private Context context;

    GraphQLResolvers() {
        // for CDI proxies
    }

    GraphQLResolvers(Loader loader, Context context) {
        this.loader = loader;
        this.context = context;
    }

    /** The environment of the field being resolved (for batched fields: of the whole batch). */
    protected DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
