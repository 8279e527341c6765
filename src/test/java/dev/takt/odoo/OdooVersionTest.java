package dev.takt.odoo;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OdooVersionTest {

    @Test
    void readsTheRecordedOdoo17() {
        JsonObject result = Recordings.json("common.version.json").getJsonObject("response").getJsonObject("result");

        OdooVersion version = OdooVersion.of(result);

        assertEquals(new OdooVersion("17.0-20240709", 17, 0), version);
        assertEquals(OdooDialect.V17, version.dialect());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"server_version":"16.0-20230613","server_version_info":[16,0,0,"final",0,""],"server_serie":"16.0"} | 16 | 0 | V16
            {"server_version":"18.0+e","server_version_info":[18,0,0,"final",0,"e"],"server_serie":"18.0"}       | 18 | 0 | V18
            {"server_version":"saas~17.2+e","server_version_info":["saas~17",2,0,"final",0,"e"]}                | 17 | 2 | V17
            {"server_version":"19.0","server_serie":"19.0"}                                                      | 19 | 0 | V18
            {"server_version":"15.0-20221010"}                                                                   | 15 | 0 | V16
            """)
    void readsOtherVersions(String json, int major, int minor, OdooDialect dialect) {
        OdooVersion version = OdooVersion.of(OdooJson.parse(json));

        assertEquals(major, version.major());
        assertEquals(minor, version.minor());
        assertEquals(dialect, version.dialect());
    }

    @Test
    void somethingElseIsNotAVersion() {
        assertThrows(IllegalArgumentException.class, () -> OdooVersion.of(OdooJson.parse("{\"hello\":1}")));
        assertThrows(IllegalArgumentException.class, () -> OdooVersion.of(OdooJson.parse("true")));
    }

    @ParameterizedTest
    @CsvSource({"16,V16", "16.0,V16", "17,V17", "saas~17.4,V17", "18.0,V18", "19,V18", "14,V16"})
    void parsesConfiguredVersions(String text, OdooDialect expected) {
        assertEquals(expected, OdooDialect.parse(text, "takt.odoo.version"));
    }

    @Test
    void dialectsNameTheScheduledDates() {
        assertEquals("date_planned_start", OdooDialect.V16.productionScheduledStart());
        assertEquals("date_planned_finished", OdooDialect.V16.productionScheduledFinish());
        assertEquals("date_planned_start", OdooDialect.V16.workOrderScheduledStart());
        assertEquals("date_start", OdooDialect.V17.productionScheduledStart());
        assertEquals("date_finished", OdooDialect.V17.productionScheduledFinish());
        assertEquals("date_finished", OdooDialect.V18.workOrderScheduledFinish());
    }
}
