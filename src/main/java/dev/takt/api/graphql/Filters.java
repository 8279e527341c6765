package dev.takt.api.graphql;

import dev.takt.domain.Criterion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builds the criteria list of a query from optional GraphQL arguments; null arguments add nothing. */
final class Filters {

    private final List<Criterion> criteria = new ArrayList<>();

    static Filters of() {
        return new Filters();
    }

    Filters eq(String field, Object value) {
        if (value != null) {
            criteria.add(Criterion.eq(field, value));
        }
        return this;
    }

    Filters contains(String field, String text) {
        if (text != null && !text.isBlank()) {
            criteria.add(Criterion.contains(field, text.strip()));
        }
        return this;
    }

    Filters in(String field, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            criteria.add(Criterion.in(field, values));
        }
        return this;
    }

    /** {@code from <= field <= to}; rejects an empty range naming both arguments. */
    Filters between(String field, Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException("from", "must not be after 'to' (" + from + " > " + to + ")");
        }
        if (from != null) {
            criteria.add(Criterion.ge(field, from));
        }
        if (to != null) {
            criteria.add(Criterion.le(field, to));
        }
        return this;
    }

    Filters add(Criterion criterion) {
        criteria.add(criterion);
        return this;
    }

    List<Criterion> build() {
        return List.copyOf(criteria);
    }
}
