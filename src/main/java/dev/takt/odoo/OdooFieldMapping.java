package dev.takt.odoo;

import dev.takt.domain.Criterion;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How one field of a Takt entity is read from and filtered on an Odoo model: the Odoo fields it needs, how to
 * compute its value from a {@code search_read} row, and how to turn a criterion on it into an Odoo domain.
 *
 * <p>Kinds: a plain field (one Odoo field, read and filtered alike), a computed field (read from several Odoo
 * fields or a related record; filterable only when given an explicit filter), and a filter-only field (a dotted
 * path in the domain, never read).
 */
final class OdooFieldMapping {

    /** Computes a domain value from a row (and the related rows the mapping asked for). */
    @FunctionalInterface
    interface Reader {
        Object read(JsonObject row, Related related);
    }

    /** Turns a criterion into an Odoo domain expression; {@code where} names the field for messages. */
    @FunctionalInterface
    interface Filter {
        List<Object> filter(Criterion criterion, String where);
    }

    /** The rows of other models read for the current page. */
    @FunctionalInterface
    interface Related {
        /** The record {@code row.viaField} points to, as read for {@code read}; null when none. */
        JsonObject of(RelatedRead read, JsonObject row);
    }

    /**
     * A second read a computed field needs: the records of {@code model} that the rows' many2one {@code viaField}
     * points to, with {@code fields}; only for rows matching {@code when}. One call per page, whatever its size.
     */
    record RelatedRead(String viaField, String model, List<String> fields, Predicate<JsonObject> when) {
        RelatedRead {
            fields = List.copyOf(fields);
        }

        /** Reads sharing a many2one and a model are merged into one call. */
        String key() {
            return viaField + "->" + model;
        }
    }

    private final List<String> reads;
    private final Reader reader;
    private final Filter filter;
    private final List<RelatedRead> related;

    private OdooFieldMapping(List<String> reads, Reader reader, Filter filter, List<RelatedRead> related) {
        this.reads = List.copyOf(reads);
        this.reader = reader;
        this.filter = filter;
        this.related = List.copyOf(related);
    }

    /** One Odoo field, read and filtered with {@code value}. */
    static OdooFieldMapping field(String odooField, OdooValue<?> value) {
        Objects.requireNonNull(odooField);
        return new OdooFieldMapping(List.of(odooField), (row, related) -> value.read(row.get(odooField)),
                (criterion, where) -> OdooDomain.compare(odooField, value, criterion, where), List.of());
    }

    /** Read from {@code reads} by {@code reader}; not filterable unless {@link #filteredBy} says how. */
    static OdooFieldMapping computed(List<String> reads, Reader reader) {
        return new OdooFieldMapping(reads, reader, null, List.of());
    }

    /** A criterion-only field: {@code path} may cross many2ones ({@code order_id.warehouse_id}). */
    static OdooFieldMapping filterOnly(String path, OdooValue<?> value) {
        return new OdooFieldMapping(List.of(), null,
                (criterion, where) -> OdooDomain.compare(path, value, criterion, where), List.of());
    }

    OdooFieldMapping filteredBy(Filter how) {
        return new OdooFieldMapping(reads, reader, how, related);
    }

    OdooFieldMapping needing(RelatedRead read) {
        List<RelatedRead> all = new ArrayList<>(related);
        all.add(read);
        return new OdooFieldMapping(reads, reader, filter, all);
    }

    List<String> reads() {
        return reads;
    }

    List<RelatedRead> related() {
        return related;
    }

    boolean isReadable() {
        return reader != null;
    }

    boolean isFilterable() {
        return filter != null;
    }

    Object read(JsonObject row, Related relatedRows) {
        return reader.read(row, relatedRows);
    }

    List<Object> filter(Criterion criterion, String where) {
        if (filter == null) {
            throw new IllegalArgumentException(where + " cannot be used as a filter on Odoo: Odoo computes it "
                    + "without storing it");
        }
        return filter.filter(criterion, where);
    }
}
