package dev.takt.api.graphql;

import dev.takt.domain.Entity;
import dev.takt.federation.AvailabilityService;
import dev.takt.federation.CapacityService;
import dev.takt.federation.PlanDriftService;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of an entity a GraphQL selection needs, so that the gateway asks its system only for those.
 *
 * <p>A selected scalar field needs the entity field of the same name; a selected relation {@code x} needs the
 * reference field {@code xId} that the nested resolver follows (e.g. {@code item} → {@code itemId}); a computed field
 * needs the fields it is computed from (a work center's {@code load}: its calendar, resource and efficiency).
 */
final class Selections {

    private Selections() {
    }

    /** The fields needed by the immediate sub-selection of the current field. */
    static Set<String> immediate(DataFetchingEnvironment env, Entity<?> entity) {
        return needs(entity, names(env.getSelectionSet(), "*"));
    }

    /** The fields needed by the nodes of a {@link Connection} (under {@code edges/node} or {@code nodes}). */
    static Set<String> connectionNodes(DataFetchingEnvironment env, Entity<?> entity) {
        Set<String> names = names(env.getSelectionSet(), "edges/node/*");
        names.addAll(names(env.getSelectionSet(), "nodes/*"));
        return needs(entity, names);
    }

    /** True when the current field's sub-selection contains {@code field} (a glob such as {@code totalCount}). */
    static boolean selects(DataFetchingEnvironment env, String field) {
        return env.getSelectionSet().contains(field);
    }

    /** Computed fields and the record fields they are computed from. */
    private static final Map<Entity<?>, Map<String, Set<String>>> COMPUTED = Map.of(
            Entity.WORK_CENTER, Map.of("load", CapacityService.WORK_CENTER_FIELDS),
            Entity.ITEM, Map.of("availableToPromise", AvailabilityService.ITEM_FIELDS,
                    "plannedOrders", Set.of("code"), "forecast", Set.of("code")),
            Entity.MANUFACTURING_ORDER, Map.of("plan", PlanDriftService.ORDER_FIELDS));

    static Set<String> needs(Entity<?> entity, Collection<String> selected) {
        Set<String> fields = new LinkedHashSet<>();
        Map<String, Set<String>> computed = COMPUTED.getOrDefault(entity, Map.of());
        for (String name : selected) {
            fields.addAll(computed.getOrDefault(name, Set.of()));
            if (entity.fields().contains(name)) {
                fields.add(name);
            } else if (entity.fields().contains(name + "Id")) {
                fields.add(name + "Id");
            }
        }
        fields.remove("id");
        return fields;
    }

    private static Set<String> names(DataFetchingFieldSelectionSet selection, String glob) {
        Set<String> names = new LinkedHashSet<>();
        for (SelectedField field : selection.getFields(glob)) {
            names.add(field.getName());
        }
        return names;
    }
}
