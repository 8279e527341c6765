package dev.takt.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityQueryTest {

    @Test
    void entityFieldsAreTheRecordComponents() {
        assertTrue(Entity.MANUFACTURING_ORDER.fields().containsAll(Set.of("id", "name", "scheduledStart", "itemId")));
        assertTrue(Entity.MANUFACTURING_ORDER.isFilterable("warehouseId"), "filter-only field");
        assertEquals(19, Entity.ALL.size());
    }

    @Test
    void rejectsUnknownFieldsAndFilters() {
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
                () -> EntityQuery.all(Entity.ITEM, List.of(), Set.of("colour")));
        assertTrue(field.getMessage().contains("'colour'"));
        IllegalArgumentException filter = assertThrows(IllegalArgumentException.class,
                () -> EntityQuery.all(Entity.ITEM, List.of(Criterion.eq("colour", "red")), Set.of()));
        assertTrue(filter.getMessage().contains("'colour'"));
        assertThrows(IllegalArgumentException.class,
                () -> new EntityQuery<>(Entity.ITEM, List.of(), Set.of(), null, -1, false));
    }

    @Test
    void criteriaCheckTheirOperands() {
        assertThrows(IllegalArgumentException.class, () -> new Criterion("state", Criterion.Operator.IN, "DONE"));
        assertThrows(IllegalArgumentException.class, () -> new Criterion("name", Criterion.Operator.CONTAINS, 3));
    }
}
