package dev.takt.sync;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomType;
import dev.takt.domain.Entity;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.Item;
import dev.takt.domain.ItemCode;
import dev.takt.domain.ItemType;
import dev.takt.domain.Quantity;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.SupplierInfo;
import dev.takt.domain.Warehouse;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;
import dev.takt.sync.ForecastPublicationReport.ForecastThresholdBreach;
import dev.takt.sync.ForecastPublicationReport.ReorderRuleChange;
import dev.takt.sync.WorkflowFakes.CountingTransactions;
import dev.takt.sync.WorkflowFakes.FakeQueue;
import dev.takt.sync.WorkflowFakes.InMemoryPlanning;
import dev.takt.sync.WorkflowFakes.RecordingSink;
import dev.takt.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForecastPublicationWorkflowTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z"); // Monday
    static final CommandQueue.Origin ORIGIN = new CommandQueue.Origin("tester", "corr-3");
    static final LocalDate W1 = LocalDate.of(2026, 3, 2);
    static final LocalDate W2 = LocalDate.of(2026, 3, 9);

    InMemoryOdoo odoo;
    InMemoryPlanning planning;
    FakeQueue queue;
    RecordingSink sink;

    @BeforeEach
    void setUp() {
        odoo = new InMemoryOdoo()
                .with(Entity.ITEM, item(1, "A"), item(2, "B"), item(4, "D"))
                .with(Entity.WAREHOUSE, new Warehouse(1, "Main", "WH", 8L))
                .with(Entity.SUPPLIER_INFO, new SupplierInfo(11, 1L, "Acme", 20L, 7, 0.0, 1.0, null, null, 1))
                .with(Entity.BOM, new BillOfMaterials(7, 2L, "B", null, BomType.NORMAL, 1.0, "Units", 3.0, true))
                .with(Entity.REORDER_RULE,
                        new ReorderRule(50, "OP/00050", 1L, 1L, 8L, "auto", 0.0, 0.0, 1.0, true),
                        new ReorderRule(51, "OP/00051", 2L, 1L, 8L, "manual", 5.0, 10.0, 1.0, true),
                        new ReorderRule(52, "OP/00052", 4L, 1L, 8L, "auto", 3.0, 3.0, 1.0, false));
        planning = new InMemoryPlanning();
        // v1: A 100, B 50, C 10.
        planning.storeForecast("v1", List.of(line(1, "A", W1, 100), line(2, "B", W1, 50), line(3, "C", W1, 10)),
                List.of(), NOW);
        // v2: A 70 + 70 = 140 (+40 %), B 60 (+20 %, within 25 %), C gone (−100 %), D 5 (new).
        planning.storeForecast("v2", List.of(line(1, "A", W1, 70), line(2, "A", W2, 70), line(3, "B", W1, 30),
                line(4, "B", W2, 30), line(5, "D", W1, 5)), List.of(), NOW);
        planning.publishForecast(1, NOW.minusSeconds(3600));
        queue = new FakeQueue();
        sink = new RecordingSink();
    }

    ForecastPublicationWorkflow workflow(boolean reorderRules) {
        return new ForecastPublicationWorkflow(odoo, planning, WorkflowFakes.services(queue, sink,
                new CountingTransactions()), 25, reorderRules, ZoneId.of("UTC"), new TestClock(NOW));
    }

    @Test
    void breachesAreItemsThatMovedBeyondTheThreshold() {
        ForecastPublicationReport report = workflow(false).publish(2, ORIGIN);

        assertEquals(2, report.version().version());
        assertEquals(1, report.previousVersion());
        List<String> items = report.breaches().stream().map(ForecastThresholdBreach::item).toList();
        assertEquals(List.of("A", "C", "D"), items);
        ForecastThresholdBreach a = report.breaches().get(0);
        assertEquals(40.0, a.changePercent());
        assertEquals("item A: total demand up 40 % (100 → 140 Units), beyond the 25 % threshold", a.message());
        assertEquals(-100.0, report.breaches().get(1).changePercent());
        assertNull(report.breaches().get(2).changePercent());
        assertEquals(3, sink.raised.size());
        assertTrue(sink.raised.get(0).startsWith("THRESHOLD_BREACH|forecast v2|item A"));
        assertTrue(report.reorderRules().isEmpty());
        assertTrue(queue.commands.isEmpty());
        assertEquals(0, odoo.reads().size()); // no Odoo read when reorder rules are off
    }

    @Test
    void reorderRulesGetDemandOverLeadTimeAndOneBucketMore() {
        ForecastPublicationReport report = workflow(true).publish(2, ORIGIN);

        // A: 140 over Mar 2 – Mar 15 (14 days) = 10/day; vendor lead 7 days → min 70, max 70 + 7 × 10 = 140.
        // B: 60 over 14 days = 4.2857…/day; BoM lead 3 days → min 12.858 (up), max 4.2857… × 10 = 42.858 (up).
        // D: its rule is archived → left alone.
        assertEquals(List.of(50L, 51L), report.reorderRules().stream().map(ReorderRuleChange::ruleId).toList());
        ReorderRuleChange a = report.reorderRules().get(0);
        assertEquals(7, a.leadDays());
        assertEquals(10.0, a.dailyDemand(), 1e-9);
        assertEquals(70.0, a.minimum());
        assertEquals(140.0, a.maximum());
        assertEquals("rr-f2-r50", a.idempotencyKey());
        ReorderRuleChange b = report.reorderRules().get(1);
        assertEquals(3, b.leadDays());
        assertEquals(12.858, b.minimum());
        assertEquals(42.858, b.maximum());
        assertEquals(new ReorderRuleUpdate(50, 70.0, 140.0), queue.of(ReorderRuleUpdate.class).get(0));
        // Publishing the same version again: nothing new compared; the rule updates come back under the same keys
        // and commands, and nothing new is queued (a first attempt whose queueing failed would be completed).
        ForecastPublicationReport again = workflow(true).publish(2, ORIGIN);
        assertNull(again.previousVersion());
        assertTrue(again.breaches().isEmpty());
        assertEquals(report.reorderRules().stream().map(ReorderRuleChange::commandId).toList(),
                again.reorderRules().stream().map(ReorderRuleChange::commandId).toList());
        assertEquals(2, queue.commands.size());
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ForecastPublicationWorkflow(odoo, planning,
                WorkflowFakes.services(queue, sink, new CountingTransactions()), -1, false, ZoneId.of("UTC"),
                new TestClock(NOW)));
    }

    static Item item(long id, String code) {
        return new Item(id, code, code, ItemType.STORABLE, "Units", 1L, null, null, true);
    }

    static ForecastLine line(int line, String item, LocalDate week, double qty) {
        return new ForecastLine(line, new ItemCode(item), "WH", new DateBucket(week, BucketSize.WEEK),
                Quantity.of(qty, "Units"));
    }
}
