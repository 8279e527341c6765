package dev.takt.bench;

import dev.takt.it.Queries;
import dev.takt.it.Sandbox;
import dev.takt.it.TaktIT;
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

/**
 * Prints, for forecast submissions of 100, 1,000 and 10,000 lines: Odoo calls per submission, the median time of
 * {@code submitForecast} (validation against Odoo and one Derby transaction), and the median time to read 1,000
 * lines of the stored version back. Figures only: nothing here asserts a timing.
 *
 * <p>Run with {@code ./mvnw verify -Pbench -Dit.test=PlanningSubmissionBenchmark}.
 */
class PlanningSubmissionBenchmark extends TaktIT {

    private static final int WARMUP = 1;
    private static final int RUNS = 5;
    private static final LocalDate MONDAY = LocalDate.now(ZoneOffset.UTC).plusWeeks(1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @Test
    void forecastSubmissions() {
        System.out.printf("%nsubmitForecast — sandbox: %s products%n",
                Sandbox.stats().getString("models.'product.product'"));
        System.out.printf("%8s %10s %10s %12s %16s %18s%n", "lines", "accepted", "Odoo calls", "submit median",
                "lines per second", "read 1,000 median");
        for (int n : new int[] {100, 1_000, 10_000}) {
            List<Map<String, Object>> lines = lines(n);
            for (int i = 0; i < WARMUP; i++) {
                submit(lines);
            }
            Sandbox.resetCalls();
            JsonPath reply = submit(lines);
            int calls = Sandbox.calls().getInt("total");
            int accepted = reply.getList("data.submitForecast.accepted").size();
            int version = reply.getInt("data.submitForecast.version");
            double[] submit = new double[RUNS];
            double[] read = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                submit(lines);
                submit[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                JsonPath page = graphql("query($v: Int) { forecast(version: $v, first: 1000) { lines { nodes "
                        + "{ line item location bucketStart quantity unit } } } }", Map.of("v", version));
                read[i] = (System.nanoTime() - start) / 1e6;
                if (page.get("errors") != null) {
                    throw new AssertionError(page.prettify());
                }
            }
            double median = median(submit);
            System.out.printf("%8d %10d %10d %9.1f ms %16.0f %15.1f ms%n", n, accepted, calls, median,
                    n / (median / 1000), median(read));
        }
    }

    /** {@code n} lines over distinct items, both warehouses and consecutive weeks, so that most are valid. */
    private static List<Map<String, Object>> lines(int n) {
        List<Map<String, Object>> lines = new ArrayList<>(n);
        int items = Math.max(1, Math.min(n / 4, 2_500));
        for (int i = 0; i < n; i++) {
            int item = i % items;
            int rest = i / items;
            lines.add(Map.of("item", String.format("FURN_%04d", item + 1), "location",
                    rest % 2 == 0 ? "WH" : "EAST", "bucketStart", MONDAY.plusWeeks(rest / 2).toString(),
                    "quantity", 1 + i % 50));
        }
        return lines;
    }

    private static JsonPath submit(List<Map<String, Object>> lines) {
        JsonPath reply = graphql(Queries.SUBMIT_FORECAST, Map.of("input", Map.of("lines", lines,
                "note", "benchmark")));
        if (reply.get("errors") != null) {
            throw new AssertionError(reply.prettify());
        }
        return reply;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
