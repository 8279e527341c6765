package dev.takt.domain.uom;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitConversionTest {

    private static final double EPS = 1e-9;

    // Odoo's factors: reference x factor = this unit.
    //   Unit category:   Units (reference, 1), Dozens (bigger, 12 Units: factor 1/12)
    //   Weight category: kg (reference, 1), g (smaller, factor 1000), t (bigger, 1000 kg: factor 0.001)
    private static final UnitConversion UNITS = UnitConversion.of(List.of(
            Unit.reference("Units", "Unit"),
            Unit.bigger("Dozens", "Unit", 12),
            Unit.reference("kg", "Weight"),
            Unit.smaller("g", "Weight", 1000),
            new Unit("t", "Weight", 0.001)));

    @Test
    void dozensAndUnits() {
        // 2 Dozens -> 2 / (1/12) x 1 = 24 Units; 30 Units -> 30 / 1 x (1/12) = 2.5 Dozens
        assertEquals(24.0, UNITS.convert(2, "Dozens", "Units"), EPS);
        assertEquals(2.5, UNITS.convert(30, "Units", "Dozens"), EPS);
        assertEquals(1.0 / 12, Unit.bigger("Dozens", "Unit", 12).factor(), EPS);
        assertEquals(12.0, UNITS.ratio("Dozens", "Units"), EPS);
    }

    @Test
    void kilogramsAndGrams() {
        // 1.5 kg -> 1.5 x 1000 = 1500 g; 250 g -> 250 / 1000 = 0.25 kg; 2 t -> 2 / 0.001 x 1000 = 2 000 000 g
        assertEquals(1500.0, UNITS.convert(1.5, "kg", "g"), EPS);
        assertEquals(0.25, UNITS.convert(250, "g", "kg"), EPS);
        assertEquals(2_000_000.0, UNITS.convert(2, "t", "g"), 1e-6);
        assertEquals(7.0, UNITS.convert(7, "kg", "kg"), EPS);
    }

    @Test
    void anUnknownUnitIsRejectedNamingBothUnits() {
        UnitConversionException e = assertThrows(UnitConversionException.class,
                () -> UNITS.convert(3, "Box", "Units"));
        assertEquals("cannot convert from 'Box' to 'Units': unit 'Box' is not known", e.getMessage());
        assertEquals("Box", e.from());
        assertEquals("Units", e.to());

        e = assertThrows(UnitConversionException.class, () -> UNITS.convert(3, "Units", "Pallet"));
        assertTrue(e.getMessage().contains("'Units'") && e.getMessage().contains("'Pallet' is not known"),
                e.getMessage());

        // an unknown unit is not assumed 1:1 with itself
        e = assertThrows(UnitConversionException.class, () -> UNITS.convert(3, "Box", "Box"));
        assertTrue(e.getMessage().contains("neither unit is known"), e.getMessage());
        assertThrows(UnitConversionException.class, () -> UNITS.convert(3, null, "Units"));
    }

    @Test
    void unitsOfDifferentCategoriesAreRejected() {
        UnitConversionException e = assertThrows(UnitConversionException.class,
                () -> UNITS.convert(1, "kg", "Units"));
        assertEquals("cannot convert from 'kg' to 'Units': 'kg' measures Weight and 'Units' measures Unit",
                e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void unitsAreCheckedWhenDescribed() {
        assertThrows(IllegalArgumentException.class, () -> new Unit("Broken", "Unit", 0));
        assertThrows(IllegalArgumentException.class, () -> new Unit("Broken", "Unit", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Unit(" ", "Unit", 1));
        assertThrows(IllegalArgumentException.class, () -> new Unit("Loose", null, 1));
        assertThrows(IllegalArgumentException.class, () -> UnitConversion.of(List.of(
                Unit.reference("Units", "Unit"), Unit.reference("Units", "Other"))));
        assertTrue(UNITS.unit("g").isPresent());
        assertTrue(UNITS.unit("lb").isEmpty());
    }
}
