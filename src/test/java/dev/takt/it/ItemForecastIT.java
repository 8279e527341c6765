package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@code Item.forecast}: the published version's lines per item, with one planner read for all items. */
class ItemForecastIT extends TaktIT {

    @Test
    void itemsShowThePublishedForecast() {
        List<String> codes = graphql("{ items(first: 3, type: STORABLE) { nodes { code } } }")
                .getList("data.items.nodes.code");
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            lines.add(Map.of("item", codes.get(0), "location", "WH", "bucketStart", monday.plusWeeks(week).toString(),
                    "bucket", "WEEK", "quantity", 10 + week));
        }
        lines.add(Map.of("item", codes.get(1), "location", "WH", "bucketStart", monday.toString(), "bucket", "WEEK",
                "quantity", 7));
        JsonPath submitted = graphql(Queries.SUBMIT_FORECAST, Map.of("input", Map.of("lines", lines)));
        assertNull(submitted.get("errors"), submitted::prettify);
        int version = submitted.getInt("data.submitForecast.version");
        JsonPath published = graphql("mutation($v: Int!) { publishForecast(version: $v) { version { state } } }",
                Map.of("v", version));
        assertEquals("PUBLISHED", published.getString("data.publishForecast.version.state"), published::prettify);

        JsonPath forecast = graphql("query($from: Date, $to: Date) { items(first: 3, type: STORABLE) { nodes { code "
                + "forecast(from: $from, to: $to) { bucketStart quantity } } } }",
                Map.of("from", monday.plusWeeks(1).toString(), "to", monday.plusWeeks(3).minusDays(1).toString()));
        assertNull(forecast.get("errors"), forecast::prettify);
        assertEquals(List.of(11.0f, 12.0f), forecast.getList("data.items.nodes[0].forecast.quantity"),
                "weeks 2 and 3 only");
        assertEquals(List.of(), forecast.getList("data.items.nodes[1].forecast"), "its only week is before 'from'");
        assertEquals(List.of(), forecast.getList("data.items.nodes[2].forecast"));

        // Re-cut into days: the week of 11 is 11/7 = 1.571429 a day; Monday and Tuesday of week 2 only.
        JsonPath days = graphql("query($from: Date, $to: Date) { items(first: 3, type: STORABLE) { nodes { code "
                + "forecast(from: $from, to: $to, bucket: DAY) { line bucketStart bucketEnd bucket quantity } } } }",
                Map.of("from", monday.plusWeeks(1).toString(), "to", monday.plusWeeks(1).plusDays(1).toString()));
        assertNull(days.get("errors"), days::prettify);
        assertEquals(List.of(1.571429f, 1.571429f), days.getList("data.items.nodes[0].forecast.quantity"));
        assertEquals(List.of(monday.plusWeeks(1).toString(), monday.plusWeeks(1).plusDays(1).toString()),
                days.getList("data.items.nodes[0].forecast.bucketStart"));
        assertEquals(Arrays.asList(null, null), days.getList("data.items.nodes[0].forecast.line"),
                "sums of lines have no line number");
        // A reversed range is refused by name.
        JsonPath reversed = graphql("{ items(first: 1, type: STORABLE) { nodes { forecast(from: \"2026-03-02\", "
                + "to: \"2026-03-01\", bucket: WEEK) { quantity } } } }");
        assertEquals("BAD_ARGUMENT", reversed.getString("errors[0].extensions.code"), reversed::prettify);
    }
}
