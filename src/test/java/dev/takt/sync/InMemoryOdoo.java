package dev.takt.sync;

import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.Slice;
import dev.takt.odoo.OdooGateway;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An {@link OdooGateway} over records held in memory, counting the reads per entity. It answers EQ and IN criteria
 * and, like Odoo, leaves archived records out unless a criterion names {@code active} (except for
 * {@link #findByIds}).
 */
final class InMemoryOdoo implements OdooGateway {

    private final Map<Entity<?>, List<Record>> records = new HashMap<>();
    private final Map<String, Integer> reads = new TreeMap<>();

    @SafeVarargs
    final <T extends Record> InMemoryOdoo with(Entity<T> entity, T... rows) {
        records.computeIfAbsent(entity, k -> new ArrayList<>()).addAll(List.of(rows));
        return this;
    }

    /** Reads made so far, by entity name. */
    Map<String, Integer> reads() {
        return reads;
    }

    @Override
    public <T extends Record> Slice<T> find(EntityQuery<T> query) {
        return new Slice<>(findAll(query), false, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Record> List<T> findAll(EntityQuery<T> query) {
        reads.merge(query.entity().name(), 1, Integer::sum);
        boolean namesActive = query.criteria().stream().anyMatch(c -> c.field().equals("active"));
        List<T> found = new ArrayList<>();
        for (Record row : records.getOrDefault(query.entity(), List.of())) {
            if (!namesActive && Boolean.FALSE.equals(value(row, "active"))) {
                continue;
            }
            if (query.criteria().stream().allMatch(c -> matches(row, c))) {
                found.add((T) row);
            }
        }
        return found;
    }

    @Override
    public <T extends Record> void stream(EntityQuery<T> query, Consumer<List<T>> pageConsumer) {
        pageConsumer.accept(findAll(query));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Record> List<T> findByIds(Entity<T> entity, Collection<Long> ids, Set<String> fields) {
        reads.merge(entity.name(), 1, Integer::sum);
        return records.getOrDefault(entity, List.of()).stream().filter(r -> ids.contains(value(r, "id")))
                .map(r -> (T) r).toList();
    }

    @Override
    public String serverVersion() {
        return "17.0";
    }

    private static boolean matches(Record row, Criterion criterion) {
        Object actual = value(row, criterion.field());
        return switch (criterion.operator()) {
            case EQ -> Objects.equals(actual, criterion.value());
            case IN -> ((Collection<?>) criterion.value()).contains(actual);
            default -> throw new UnsupportedOperationException(criterion.toString());
        };
    }

    private static Object value(Record row, String field) {
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
