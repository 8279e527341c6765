package dev.takt.sandbox.frepple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The sandbox's JSON reads like Python's {@code json} module (its messages) and writes compactly. */
class FreppleJsonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'{\"name\": \"broken\", \"item\": \"chair\", '|Expecting property name enclosed in double quotes: line 1 column 37 (char 36)",
        "|Expecting value: line 1 column 1 (char 0)",
        "{\"a\" 1}|Expecting ':' delimiter: line 1 column 6 (char 5)",
        "{\"a\": 1 \"b\": 2}|Expecting ',' delimiter: line 1 column 9 (char 8)",
        "[1, 2|Expecting ',' delimiter: line 1 column 6 (char 5)",
        "[1, ]|Expecting value: line 1 column 5 (char 4)",
        "{\"a\": 1}x|Extra data: line 1 column 9 (char 8)",
        "\"abc|Unterminated string starting at: line 1 column 1 (char 0)",
        "{\"a\": tru}|Expecting value: line 1 column 7 (char 6)",
        "{\"a\": \"x\\q\"}|Invalid \\escape: line 1 column 9 (char 8)"})
    void parseErrorsReadLikePython(String text, String message) {
        FreppleJson.ParseError e = assertThrows(FreppleJson.ParseError.class,
                () -> FreppleJson.parse(text == null ? "" : text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void lineAndColumnCountNewlines() {
        FreppleJson.ParseError e = assertThrows(FreppleJson.ParseError.class, () -> FreppleJson.parse("{\n  \"a\": ]"));
        assertEquals("Expecting value: line 2 column 8 (char 9)", e.getMessage());
    }

    @Test
    void readsValues() {
        Object v = FreppleJson.parse(" {\"a\": [1, 2.50, true, null, \"\\u00e9\\n\"], \"b\": {}} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        java.util.ArrayList<Object> a = new java.util.ArrayList<>(List.of(new BigDecimal("1"), new BigDecimal("2.50"),
                true));
        a.add(null);
        a.add("é\n");
        expected.put("a", a);
        expected.put("b", Map.of());
        assertEquals(expected, v);
    }

    @Test
    void writesCompactlyWithPythonFloats() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", 10.0);
        m.put("r", 3.4);
        m.put("n", null);
        m.put("s", "a\"b");
        m.put("l", List.of(1L, new BigDecimal("2.00000000")));
        assertEquals("{\"q\":10.0,\"r\":3.4,\"n\":null,\"s\":\"a\\\"b\",\"l\":[1,2.00000000]}", FreppleJson.write(m));
    }
}
