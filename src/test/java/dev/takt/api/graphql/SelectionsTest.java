package dev.takt.api.graphql;

import dev.takt.domain.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SelectionsTest {

    @Test
    void scalarFieldsAreAskedAsTheyAre() {
        assertEquals(Set.of("name", "state"),
                Selections.needs(Entity.MANUFACTURING_ORDER, List.of("id", "name", "state")));
    }

    @Test
    void relationsNeedTheirReferenceField() {
        assertEquals(Set.of("itemId", "bomId"),
                Selections.needs(Entity.MANUFACTURING_ORDER, List.of("item", "bom", "workOrders", "__typename")));
        assertEquals(Set.of("workCenterId", "manufacturingOrderId"),
                Selections.needs(Entity.WORK_ORDER, List.of("workCenter", "manufacturingOrder")));
    }

    @Test
    void unknownNamesAskForNothing() {
        assertEquals(Set.of(), Selections.needs(Entity.ITEM, List.of("stock", "boms", "openManufacturingOrders")));
    }
}
