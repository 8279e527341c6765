package dev.takt.planning.frepple;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FreppleValuesTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void decimalsFromStringsAndNumbers() {
        assertEquals(new BigDecimal("20.00000000"), FreppleValues.decimal(FreppleJson.JSON.createValue("20.00000000")));
        assertEquals(new BigDecimal("-68.00000000"), FreppleValues.decimal("-68.00000000"));
        assertEquals(53.625, FreppleValues.number(FreppleJson.JSON.createValue("53.62500000")));
        assertEquals(3.4, FreppleValues.number(FreppleJson.parse("[3.4]").asJsonArray().get(0)));
        assertNull(FreppleValues.decimal(JsonValue.NULL));
        assertEquals(Double.NaN, FreppleValues.number(JsonValue.NULL));
        assertThrows(IllegalArgumentException.class, () -> FreppleValues.decimal("lots"));
        assertEquals("12.5", FreppleValues.decimalText(new BigDecimal("12.50000000")));
        assertEquals("0.12345679", FreppleValues.decimalText(new BigDecimal("0.123456789")));
        assertEquals("1000", FreppleValues.decimalText(new BigDecimal("1E+3")));
    }

    @Test
    void naiveDateTimesInTheConfiguredZone() {
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), FreppleValues.instant("2026-11-30T16:00:00", ZoneOffset.UTC));
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), FreppleValues.instant("2026-11-30T16:00:00", BRUSSELS));
        assertEquals(Instant.parse("2026-07-01T14:00:00Z"), FreppleValues.instant("2026-07-01T16:00:00", BRUSSELS));
        assertEquals(Instant.parse("2026-11-26T18:21:35.353936Z"),
                FreppleValues.instant("2026-11-26T18:21:35.353936", ZoneOffset.UTC));
        assertEquals(Instant.parse("2026-11-26T18:24:20.494101Z"),
                FreppleValues.instant("2026-11-26 18:24:20.494101", ZoneOffset.UTC));
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), FreppleValues.instant("2027-03-28T02:30:00", BRUSSELS),
                "a time the clocks skip moves forward by the gap");
        assertNull(FreppleValues.instant(JsonValue.NULL, ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class, () -> FreppleValues.instant("not-a-date", ZoneOffset.UTC));
        assertEquals("2026-11-30T16:00:00", FreppleValues.naive(Instant.parse("2026-11-30T15:00:00Z"), BRUSSELS));
        assertEquals("2026-11-30T15:00:00.250000", FreppleValues.naive(Instant.parse("2026-11-30T15:00:00.25Z"),
                ZoneOffset.UTC));
    }

    @ParameterizedTest
    @CsvSource({"-25 09:00:00, -2127600", "-68 09:00:00, -5842800", "00:00:00, 0", "6 09:00:00, 550800",
        "29 00:00:00, 2505600", "-4 00:00:00, -345600", "01:00:00, 3600", "-1 23:00:00, -3600"})
    void durationsAsDjangoPrintsThem(String text, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), FreppleValues.duration(text));
        assertEquals(text, FreppleValues.durationText(Duration.ofSeconds(seconds)));
    }

    @Test
    void otherDurationForms() {
        assertEquals(Duration.ofHours(-1), FreppleValues.duration("-1 day, 23:00:00"));
        assertEquals(Duration.ofHours(-1), FreppleValues.duration("-01:00:00"));
        assertEquals(Duration.ofMillis(2500), FreppleValues.duration("00:00:02.5"));
        assertEquals("00:00:02.500000", FreppleValues.durationText(Duration.ofMillis(2500)));
        assertNull(FreppleValues.duration(JsonValue.NULL));
        assertThrows(IllegalArgumentException.class, () -> FreppleValues.duration("2 days"));
    }
}
