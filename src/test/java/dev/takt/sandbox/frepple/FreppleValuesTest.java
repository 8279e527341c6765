package dev.takt.sandbox.frepple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Value forms as frePPLe reads and writes them. */
class FreppleValuesTest {

    @ParameterizedTest
    @CsvSource({"-25 09:00:00, -2127600", "00:00:00, 0", "2 12:00:00, 216000", "-1 23:00:00, -3600",
        "01:00:00, 3600", "7 00:00:00, 604800"})
    void durationsRoundTripLikeDjango(String text, long seconds) throws Exception {
        assertEquals(Duration.ofSeconds(seconds), FreppleValues.duration(text));
        assertEquals(text, FreppleValues.durationString(Duration.ofSeconds(seconds)));
    }

    @Test
    void durationsInOtherForms() throws Exception {
        assertEquals(Duration.ofMinutes(90), FreppleValues.duration("P0DT1H30M"));
        assertEquals(Duration.ofSeconds(3600), FreppleValues.duration(new BigDecimal("3600")));
        assertEquals(Duration.ofDays(3).plusHours(4), FreppleValues.duration("3 days 04:00:00"));
        assertEquals(Duration.ofMillis(1500), FreppleValues.duration("00:00:01.5"));
        assertThrows(FreppleValues.Invalid.class, () -> FreppleValues.duration("soon"));
    }

    @Test
    void dateTimesAreNaiveWithMicrosecondsOnlyWhenSet() throws Exception {
        assertEquals("2027-02-01T00:00:00", FreppleValues.dateTimeString(LocalDateTime.of(2027, 2, 1, 0, 0)));
        assertEquals("2026-11-26T18:21:35.353936", FreppleValues.dateTimeString(
                LocalDateTime.of(2026, 11, 26, 18, 21, 35, 353_936_000)));
        assertEquals(LocalDateTime.of(2027, 2, 1, 8, 30), FreppleValues.dateTime("2027-02-01T08:30"));
        assertEquals(LocalDateTime.of(2027, 2, 1, 7, 0), FreppleValues.dateTime("2027-02-01T08:00:00+01:00"));
        FreppleValues.Invalid e = assertThrows(FreppleValues.Invalid.class, () -> FreppleValues.dateTime("2027-02-01"));
        assertEquals(FreppleValues.BAD_DATETIME, e.getMessage());
    }

    @Test
    void decimalsHaveEightPlacesAndTheirLimits() throws Exception {
        assertEquals("12.50000000", FreppleValues.decimalString(FreppleValues.decimal("12.5")));
        assertEquals("-68.00000000", FreppleValues.decimalString(FreppleValues.decimal(new BigDecimal("-68"))));
        assertEquals("Ensure that there are no more than 8 decimal places.",
                assertThrows(FreppleValues.Invalid.class, () -> FreppleValues.decimal("0.123456789")).getMessage());
        assertEquals("Ensure that there are no more than 12 digits before the decimal point.",
                assertThrows(FreppleValues.Invalid.class, () -> FreppleValues.decimal("1234567890123")).getMessage());
        assertEquals(FreppleValues.BAD_NUMBER,
                assertThrows(FreppleValues.Invalid.class, () -> FreppleValues.decimal(true)).getMessage());
    }
}
