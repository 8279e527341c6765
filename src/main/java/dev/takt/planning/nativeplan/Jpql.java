package dev.takt.planning.nativeplan;

import dev.takt.domain.Slice;
import dev.takt.planning.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A JPQL query over one entity with only the conditions that apply (no {@code :param IS NULL} tricks, which Derby
 * refuses for untyped parameters), read one page at a time.
 */
final class Jpql {

    /** One condition and its named parameter. */
    private record Condition(String text, String parameter, Object value, boolean cursor) {
    }

    private final String entity;
    private final String alias;
    private final List<Condition> conditions = new ArrayList<>();

    Jpql(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds {@code condition} with its parameter when {@code applies}. */
    Jpql where(boolean applies, String condition, String parameter, Object value) {
        if (applies) {
            conditions.add(new Condition(condition, parameter, value, false));
        }
        return this;
    }

    /** Adds the page's keyset condition (left out when counting) when the page has a position. */
    Jpql after(PageRequest page, String condition) {
        if (page.after() != null) {
            conditions.add(new Condition(condition, "after", page.after(), true));
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
                + where(conditions) + " ORDER BY " + orderBy, type);
        conditions.forEach(c -> query.setParameter(c.parameter(), c.value()));
        List<? extends R> rows = query.setMaxResults(page.limit() + 1).getResultList();
        List<T> items = rows.stream().limit(page.limit()).map(r -> map.apply(r)).toList();
        Long total = null;
        if (page.countTotal()) {
            List<Condition> filters = conditions.stream().filter(c -> !c.cursor()).toList();
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + entity + " " + alias
                    + where(filters), Long.class);
            filters.forEach(c -> count.setParameter(c.parameter(), c.value()));
            total = count.getSingleResult();
        }
        return new Slice<>(items, rows.size() > page.limit(), total);
    }

    /** Every row ordered by {@code orderBy}, mapped by {@code map}: for reads bounded by their conditions. */
    <R, T> List<T> list(EntityManager em, Class<? extends R> type, String orderBy, Function<R, T> map) {
        TypedQuery<? extends R> query = em.createQuery("SELECT " + alias + " FROM " + entity + " " + alias
                + where(conditions) + " ORDER BY " + orderBy, type);
        conditions.forEach(c -> query.setParameter(c.parameter(), c.value()));
        return query.getResultStream().map(r -> map.apply(r)).toList();
    }

    private static String where(List<Condition> applied) {
        return applied.isEmpty() ? ""
                : " WHERE " + String.join(" AND ", applied.stream().map(Condition::text).toList());
    }
}
