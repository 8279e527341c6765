package dev.takt.odoo;

import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@link OdooGateway} over Odoo's JSON-RPC {@code execute_kw}, through the fault-tolerant {@link OdooRpc}.
 *
 * <p>Reads are {@code search_read}s ordered by id, with the entity's default domain, the criteria, and a keyset
 * cursor ({@code id > afterId}); they ask only for the Odoo fields behind the requested entity fields (plus
 * {@code id}). {@link #find} reads {@code limit + 1} records to know whether more follow and counts with
 * {@code search_count} only when asked; {@link #stream} reads pages of {@code takt.odoo.page-size}
 * records (default 500), holding one page at a time; {@link #findAll} and {@link #findByIds} (bounded batches: the
 * children or references of one list of parents) read pages of {@code takt.odoo.batch-size} records (default
 * 20,000), so that a nested GraphQL level costs one call; {@link #findByIds} reads by {@code id in (…)}, archived
 * records included. Other reads leave archived records out, as Odoo
 * does, unless a criterion names {@code active}. Records of every company the Odoo user may see are read (Odoo's
 * default without {@code allowed_company_ids}).
 *
 * <p>Failures reach callers in Takt's terms: {@link OdooUnavailableException} when Odoo kept failing with retriable
 * errors, the circuit is open, the bulkhead is full or the call timed out; {@link OdooRejectedException} with
 * Odoo's own message when Odoo refused (access denied for {@code AccessDenied}/{@code AccessError}). A criterion
 * Odoo cannot answer is an {@link IllegalArgumentException}, before anything is sent.
 */
@ApplicationScoped
public class JsonRpcOdooGateway implements OdooGateway {

    private OdooCalls calls;
    private OdooConnectorConfig config;

    /** For CDI's proxies only. */
    protected JsonRpcOdooGateway() {
    }

    @Inject
    public JsonRpcOdooGateway(OdooRpc rpc, OdooConnectorConfig config) {
        this.calls = new OdooCalls(rpc, config);
        this.config = config;
    }

    @Override
    public <T extends Record> Slice<T> find(EntityQuery<T> query) {
        OdooModelMapping<T> mapping = mapping(query.entity());
        int limit = query.limit() == null ? config.pageSize() : query.limit();
        JsonArray domain = mapping.domain(query.criteria(), after(query.afterId()));
        JsonArray rows = searchRead(mapping, domain, query.fields(), (int) Math.min(limit + 1L, Integer.MAX_VALUE),
                false);
        boolean hasMore = rows.size() > limit;
        JsonArray page = hasMore ? head(rows, limit) : rows;
        List<T> items = mapping.toRecords(page, query.fields(), this::readRelated);
        Long total = query.countTotal() ? calls.searchCount(mapping.model(), mapping.domain(query.criteria(),
                List.of())) : null;
        return new Slice<>(items, hasMore, total);
    }

    @Override
    public <T extends Record> List<T> findAll(EntityQuery<T> query) {
        List<T> all = new ArrayList<>();
        read(query, config.batchSize(), all::addAll);
        return all;
    }

    @Override
    public <T extends Record> void stream(EntityQuery<T> query, Consumer<List<T>> pageConsumer) {
        read(query, config.pageSize(), pageConsumer);
    }

    private <T extends Record> void read(EntityQuery<T> query, int pageSize, Consumer<List<T>> pageConsumer) {
        OdooModelMapping<T> mapping = mapping(query.entity());
        Long cursor = query.afterId();
        Integer remaining = query.limit();
        while (remaining == null || remaining > 0) {
            int want = remaining == null ? pageSize : Math.min(pageSize, remaining);
            JsonArray rows = searchRead(mapping, mapping.domain(query.criteria(), after(cursor)), query.fields(),
                    want, false);
            if (rows.isEmpty()) {
                return;
            }
            pageConsumer.accept(mapping.toRecords(rows, query.fields(), this::readRelated));
            if (rows.size() < want) {
                return;
            }
            cursor = rows.getJsonObject(rows.size() - 1).getJsonNumber("id").longValue();
            if (remaining != null) {
                remaining -= rows.size();
            }
        }
    }

    @Override
    public <T extends Record> List<T> findByIds(Entity<T> entity, Collection<Long> ids, Set<String> fields) {
        EntityQuery.all(entity, List.of(), fields); // validates the field names
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        OdooModelMapping<T> mapping = mapping(entity);
        List<T> found = new ArrayList<>(wanted.size());
        for (int from = 0; from < wanted.size(); from += config.batchSize()) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + config.batchSize()));
            JsonArray domain = mapping.domain(List.of(), OdooDomain.leaf("id", "in", chunk));
            JsonArray rows = searchRead(mapping, domain, fields, chunk.size(), true);
            found.addAll(mapping.toRecords(rows, fields, this::readRelated));
        }
        return found;
    }

    @Override
    public String serverVersion() {
        return calls.serverVersion().serverVersion();
    }

    // ---- calls ----------------------------------------------------------------------------------------------

    private <T extends Record> OdooModelMapping<T> mapping(Entity<T> entity) {
        return calls.mapping(entity);
    }

    private JsonArray searchRead(OdooModelMapping<?> mapping, JsonArray domain, Set<String> fields, int limit,
            boolean withArchived) {
        return calls.searchRead(mapping.model(), domain, mapping.odooFields(fields), limit, "id asc", withArchived);
    }

    /** The related records a computed field needs (one {@code read} per page), archived ones included. */
    private Map<Long, JsonObject> readRelated(String model, Collection<Long> ids, List<String> fields) {
        return calls.read(model, ids, fields);
    }

    private static List<Object> after(Long afterId) {
        return afterId == null ? List.of() : OdooDomain.leaf("id", ">", afterId);
    }

    private static JsonArray head(JsonArray rows, int n) {
        var page = OdooJson.JSON.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            page.add(rows.get(i));
        }
        return page.build();
    }
}
