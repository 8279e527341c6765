package dev.takt.planning.nativeplan;

import dev.takt.domain.Slice;
import dev.takt.planning.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JPQL query over one entity with only the conditions that apply (no {@code :param IS NULL} tricks, which Derby
 * refuses for untyped parameters), read one page at a time.
 */
final class Jpql {

    private final String entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Jpql(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds {@code condition} with its parameter when {@code applies}. */
    Jpql where(boolean applies, String condition, String parameter, Object value) {
        if (applies) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * One page ordered by {@code orderBy}: {@code page.limit()} rows (reading one more to know whether more
     * follow), mapped by {@code map}, with the count of all rows matching the conditions but the cursor when asked.
     */
    <R, T> Slice<T> page(EntityManager em, Class<? extends R> type, String orderBy, PageRequest page,
            Function<R, T> map) {
        TypedQuery<? extends R> query = em.createQuery("SELECT " + alias + " FROM " + entity + " " + alias
                + whereClause(parameters.keySet().stream().toList()) + " ORDER BY " + orderBy, type);
        parameters.forEach(query::setParameter);
        List<? extends R> rows = query.setMaxResults(page.limit() + 1).getResultList();
        boolean hasMore = rows.size() > page.limit();
        List<T> items = rows.stream().limit(page.limit()).map(r -> map.apply(r)).toList();
        Long total = null;
        if (page.countTotal()) {
            List<String> withoutCursor = parameters.keySet().stream().filter(p -> !"after".equals(p)).toList();
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + entity + " " + alias
                    + whereClause(withoutCursor), Long.class);
            withoutCursor.forEach(p -> count.setParameter(p, parameters.get(p)));
            total = count.getSingleResult();
        }
        return new Slice<>(items, hasMore, total);
    }

    private String whereClause(List<String> names) {
        List<String> applied = new ArrayList<>();
        List<String> all = List.copyOf(parameters.keySet());
        for (int i = 0; i < conditions.size(); i++) {
            if (names.contains(all.get(i))) {
                applied.add(conditions.get(i));
            }
        }
        return applied.isEmpty() ? "" : " WHERE " + String.join(" AND ", applied);
    }
}
