package dev.takt.odoo;

import dev.takt.odoo.OdooCallListener.Outcome;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OdooMetricsTest {

    /** Counts and durations by "name{tag=value,…}", behind the MetricRegistry interface. */
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, List<Duration>> timings = new HashMap<>();

    private MetricRegistry registry() {
        return (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    String key = ((Metadata) args[0]).getName() + Arrays.stream((Tag[]) args[1])
                            .map(t -> t.getTagName() + "=" + t.getTagValue())
                            .collect(Collectors.joining(",", "{", "}"));
                    return switch (method.getName()) {
                        case "counter" -> Proxy.newProxyInstance(getClass().getClassLoader(),
                                new Class<?>[] {Counter.class}, (p, m, a) -> {
                                    counts.merge(key, 1L, Long::sum);
                                    return null;
                                });
                        case "timer" -> Proxy.newProxyInstance(getClass().getClassLoader(),
                                new Class<?>[] {Timer.class}, (p, m, a) -> {
                                    timings.computeIfAbsent(key, k -> new ArrayList<>()).add((Duration) a[0]);
                                    return null;
                                });
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    @Test
    void countsAttemptsByOutcomeAndTimesThemByCall() {
        OdooMetrics metrics = new OdooMetrics(registry());

        metrics.onCall("mrp.production", "search_read", Duration.ofMillis(20), Outcome.OK);
        metrics.onCall("mrp.production", "search_read", Duration.ofMillis(30), Outcome.RETRIABLE);
        metrics.onCall("mrp.production", "search_read", Duration.ofMillis(25), Outcome.OK);
        metrics.onCall("common", "version", Duration.ofMillis(5), Outcome.PERMANENT);

        assertEquals(Map.of(
                "odoo.calls{model=mrp.production,method=search_read,outcome=ok}", 2L,
                "odoo.calls{model=mrp.production,method=search_read,outcome=retriable}", 1L,
                "odoo.calls{model=common,method=version,outcome=permanent}", 1L), counts);
        assertEquals(Map.of(
                "odoo.call.duration{model=mrp.production,method=search_read}",
                List.of(Duration.ofMillis(20), Duration.ofMillis(30), Duration.ofMillis(25)),
                "odoo.call.duration{model=common,method=version}", List.of(Duration.ofMillis(5))), timings);
    }
}
