package dev.takt.api.graphql;

import dev.takt.domain.Criterion;
import dev.takt.domain.ManufacturingOrderState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FiltersTest {

    @Test
    void nullArgumentsAddNothing() {
        assertEquals(List.of(), Filters.of().eq("code", null).contains("name", "  ").in("state", List.of())
                .between("scheduledStart", null, null).build());
    }

    @Test
    void buildsCriteria() {
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-31T00:00:00Z");
        List<Criterion> criteria = Filters.of().in("state", List.of(ManufacturingOrderState.DONE))
                .contains("name", " MO/1 ").between("scheduledStart", from, to).build();
        assertEquals(List.of(Criterion.in("state", List.of(ManufacturingOrderState.DONE)),
                Criterion.contains("name", "MO/1"), Criterion.ge("scheduledStart", from),
                Criterion.le("scheduledStart", to)), criteria);
    }

    @Test
    void anEmptyDateRangeIsABadArgument() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Filters.of()
                .between("orderDate", Instant.parse("2026-12-31T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals("from", e.argument());
    }
}
