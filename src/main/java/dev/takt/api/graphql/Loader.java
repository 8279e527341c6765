package dev.takt.api.graphql;

import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.Slice;
import dev.takt.odoo.OdooGateway;
import dev.takt.ops.ConfigKeys;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Loads what GraphQL resolvers need with as few gateway calls as possible: a page of roots with one call (plus
 * one count when {@code totalCount} is selected), and each nested level for the <em>whole</em> list of parents
 * with one call, asking only for the selected fields.
 */
@ApplicationScoped
public class Loader {

    private OdooGateway odoo;
    private int maxPageSize;

    Loader() {
        // for CDI proxies
    }

    @Inject
    public Loader(OdooGateway odoo,
            @ConfigProperty(name = ConfigKeys.GRAPHQL_MAX_PAGE_SIZE, defaultValue = "1000") int maxPageSize) {
        this.odoo = odoo;
        this.maxPageSize = maxPageSize;
    }

    /** One page of roots for a connection field, filtered by {@code criteria}. */
    public <T extends Record> Connection<T> page(DataFetchingEnvironment env, Entity<T> entity,
            List<Criterion> criteria, Integer first, String after, ToLongFunction<T> id) {
        int limit = first == null ? Math.min(100, maxPageSize) : first;
        if (limit < 0 || limit > maxPageSize) {
            throw new InvalidArgumentException("first", "must be between 0 and " + maxPageSize + ", got " + limit);
        }
        Long afterId = Cursors.decode("after", after);
        Set<String> fields = Selections.connectionNodes(env, entity);
        boolean count = Selections.selects(env, "totalCount");
        Slice<T> slice = odoo.find(new EntityQuery<>(entity, criteria, fields, afterId, limit, count));
        List<Edge<T>> edges = new ArrayList<>(slice.items().size());
        for (T item : slice.items()) {
            edges.add(new Edge<>(Cursors.encode(id.applyAsLong(item)), item));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor();
        return new Connection<>(edges, new PageInfo(slice.hasMore(), endCursor), slice.totalCount());
    }

    /** The first record matching {@code criteria}, or null. */
    public <T extends Record> T first(DataFetchingEnvironment env, Entity<T> entity, List<Criterion> criteria) {
        Slice<T> slice = odoo.find(new EntityQuery<>(entity, criteria, Selections.immediate(env, entity), null, 1,
                false));
        return slice.items().isEmpty() ? null : slice.items().get(0);
    }

    /**
     * For each parent, the record its reference points to (or null): one call for all parents.
     *
     * @param reference the parent's reference to the target, e.g. {@code ManufacturingOrder::itemId}
     */
    public <P, T extends Record> List<T> toOne(DataFetchingEnvironment env, List<P> parents,
            Function<P, Long> reference, Entity<T> target, ToLongFunction<T> id) {
        Set<Long> ids = new LinkedHashSet<>();
        for (P parent : parents) {
            Long ref = reference.apply(parent);
            if (ref != null) {
                ids.add(ref);
            }
        }
        Map<Long, T> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (T record : odoo.findByIds(target, ids, Selections.immediate(env, target))) {
                byId.put(id.applyAsLong(record), record);
            }
        }
        List<T> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long ref = reference.apply(parent);
            result.add(ref == null ? null : byId.get(ref));
        }
        forgetCachedResults(env);
        return result;
    }

    /**
     * For each parent, the records that refer to it (in id order): one call for all parents.
     *
     * @param parentId    the parent's id
     * @param child       the referring entity
     * @param referenceField the child's field holding the parent's id, e.g. {@code manufacturingOrderId}
     * @param reference   getter of that field
     * @param extra       further criteria on the children
     */
    public <P, C extends Record> List<List<C>> toMany(DataFetchingEnvironment env, List<P> parents,
            ToLongFunction<P> parentId, Entity<C> child, String referenceField, Function<C, Long> reference,
            Collection<Criterion> extra) {
        Set<Long> ids = new LinkedHashSet<>();
        for (P parent : parents) {
            ids.add(parentId.applyAsLong(parent));
        }
        Map<Long, List<C>> byParent = new HashMap<>();
        if (!ids.isEmpty()) {
            Set<String> fields = new LinkedHashSet<>(Selections.immediate(env, child));
            fields.add(referenceField);
            List<Criterion> criteria = new ArrayList<>(extra);
            criteria.add(Criterion.in(referenceField, ids));
            for (C record : odoo.findAll(EntityQuery.all(child, criteria, fields))) {
                byParent.computeIfAbsent(reference.apply(record), k -> new ArrayList<>()).add(record);
            }
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byParent.getOrDefault(parentId.applyAsLong(parent), List.of()));
        }
        forgetCachedResults(env);
        return result;
    }

    /**
     * The batch loaders cache results by parent record. Records are values, so the same order met again deeper in
     * the query (say {@code workOrders { manufacturingOrder { workOrders { name } } }}) would be answered from the
     * cache with children loaded for another selection, their other fields missing. Each level therefore
     * forgets what earlier levels cached; the results already handed out are unaffected.
     */
    private static void forgetCachedResults(DataFetchingEnvironment env) {
        DataLoaderRegistry registry = env.getDataLoaderRegistry();
        if (registry != null) {
            registry.getDataLoaders().forEach(DataLoader::clearAll);
        }
    }
}
