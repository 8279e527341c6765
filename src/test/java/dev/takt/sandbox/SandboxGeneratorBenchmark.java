package dev.takt.sandbox;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Figures, not assertions: build time and heap of a large sandbox, and the time of a few typical reads. Excluded
 * from the normal build; run with {@code ./mvnw test -Dtest=SandboxGeneratorBenchmark -Dsandbox.size=100000}.
 */
class SandboxGeneratorBenchmark {

    @Test
    void measure() {
        int size = Integer.getInteger("sandbox.size", 100_000);
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        SandboxDatabase db = SandboxGenerator.generate(size, 17, LocalDate.of(2026, 11, 26), Clock.systemUTC());
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
        long total = db.counts().values().stream().mapToLong(Integer::longValue).sum();
        System.out.printf("size=%d records=%d build=%d ms heap=%d MB%n", size, total, buildMs, heapMb);
        for (Map.Entry<String, Integer> e : db.counts().entrySet()) {
            System.out.printf("  %-32s %9d%n", e.getKey(), e.getValue());
        }
        SandboxOdoo odoo = new SandboxOdoo(db);
        time("product.product search_read 1000 x 10 fields (qty_available)", () -> odoo.execute(2,
                "product.product", "search_read", java.util.List.of(Json.createArrayBuilder().build()),
                Json.createObjectBuilder().add("fields", Json.createArrayBuilder().add("name").add("default_code")
                        .add("uom_id").add("qty_available").add("virtual_available").add("bom_count").add("categ_id")
                        .add("standard_price").add("type").add("active")).add("limit", 1000).build()));
        time("stock.quant internal search_count", () -> odoo.execute(2, "stock.quant", "search_count",
                java.util.List.of(SandboxFixture.parse("[[\"location_id.usage\",\"=\",\"internal\"]]")),
                Json.createObjectBuilder().build()));
        time("mrp.production open ordered by date_start", () -> odoo.execute(2, "mrp.production", "search",
                java.util.List.of(SandboxFixture.parse("[[\"state\",\"in\",[\"confirmed\",\"progress\"]]]")),
                Json.createObjectBuilder().add("order", "date_start desc, id").build()));
    }

    private static void time(String what, Runnable r) {
        r.run();
        long t0 = System.nanoTime();
        r.run();
        System.out.printf("  %s: %d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
