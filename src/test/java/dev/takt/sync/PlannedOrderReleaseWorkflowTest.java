package dev.takt.sync;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomType;
import dev.takt.domain.Entity;
import dev.takt.domain.Item;
import dev.takt.domain.ItemCode;
import dev.takt.domain.ItemType;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderType;
import dev.takt.domain.PlanningException;
import dev.takt.domain.Quantity;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.SupplierInfo;
import dev.takt.domain.Warehouse;
import dev.takt.sync.ReleaseReport.ReleaseLineOutcome;
import dev.takt.sync.ReleaseReport.ReleaseStatus;
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
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannedOrderReleaseWorkflowTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z"); // a Monday
    static final CommandQueue.Origin ORIGIN = new CommandQueue.Origin("tester", "corr-1");

    InMemoryOdoo odoo;
    InMemoryPlanning planning;
    FakeQueue queue;
    RecordingSink sink;
    CountingTransactions tx;
    PlannedOrderReleaseWorkflow workflow;

    @BeforeEach
    void setUp() {
        odoo = new InMemoryOdoo()
                .with(Entity.ITEM, item(1, "WIDGET", true), item(2, "BOLT-M6", true), item(3, "NUT-M6", true),
                        item(4, "OLD", false), item(5, "SCREW", true), item(6, "BRACKET", true))
                .with(Entity.WAREHOUSE, new Warehouse(1, "Main", "WH", 8L), new Warehouse(2, "East", "EAST", 20L))
                .with(Entity.BOM, new BillOfMaterials(7, 1L, "Widget", null, BomType.NORMAL, 1.0, "Units", 2.0, true))
                .with(Entity.SUPPLIER_INFO,
                        new SupplierInfo(11, 2L, "Bolt & Co", 20L, 10, 0.0, 0.1, null, null, 1),
                        new SupplierInfo(12, 3L, "Bolt & Co", 20L, 3, 100.0, 0.05, null, null, 1),
                        new SupplierInfo(13, 5L, "Gone Ltd", 30L, 5, 0.0, 1.0, LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 12, 31), 1),
                        new SupplierInfo(14, 6L, "Steelworks", 40L, 7, 0.0, 2.0, null, null, 1));
        planning = new InMemoryPlanning();
        planning.plannedOrders.put(7, List.of(
                order(1, PlannedOrderType.MAKE, "WIDGET", 10, "2026-03-10T08:00:00Z", "2026-03-12T16:00:00Z", null),
                order(2, PlannedOrderType.BUY, "BOLT-M6", 40, "2026-03-05T08:00:00Z", "2026-03-20T08:00:00Z", null),
                // due Mar 4, lead 3 → order date Mar 1, one day late: arrival moves to Mar 5; 30 < minimum 100.
                order(3, PlannedOrderType.BUY, "NUT-M6", 30, "2026-03-02T08:00:00Z", "2026-03-04T08:00:00Z", null),
                order(4, PlannedOrderType.TRANSFER, "WIDGET", 5, "2026-03-05T08:00:00Z", "2026-03-06T08:00:00Z",
                        "EAST"),
                order(5, PlannedOrderType.BUY, "SCREW", 10, "2026-03-05T08:00:00Z", "2026-03-20T08:00:00Z", null),
                order(6, PlannedOrderType.BUY, "OLD", 10, "2026-03-05T08:00:00Z", "2026-03-20T08:00:00Z", null),
                order(7, PlannedOrderType.MAKE, "GHOST", 10, "2026-03-05T08:00:00Z", "2026-03-20T08:00:00Z", null),
                order(9, PlannedOrderType.BUY, "BRACKET", 4, "2026-03-05T08:00:00Z", "2026-03-20T08:00:00Z", null)));
        planning.rejectedPlanned.put(7, List.of(RejectedLine.of(8, "item", "item FOO is not known in Odoo")));
        queue = new FakeQueue();
        sink = new RecordingSink();
        tx = new CountingTransactions();
        workflow = new PlannedOrderReleaseWorkflow(odoo, planning, WorkflowFakes.services(queue, sink, tx),
                ZoneId.of("UTC"), new TestClock(NOW));
    }

    @Test
    void releasesValidLinesAndRejectsTheOthersEachWithItsReason() {
        ReleaseReport report = workflow.release(7, null, true, ORIGIN);

        Map<Integer, ReleaseLineOutcome> by = byLine(report);
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 9), by.keySet());
        assertEquals(ReleaseStatus.QUEUED, by.get(1).status());
        assertEquals("mo-b7-l1", by.get(1).idempotencyKey());
        assertEquals(ReleaseStatus.QUEUED, by.get(2).status());
        assertEquals(ReleaseStatus.QUEUED, by.get(3).status());
        assertEquals(ReleaseStatus.QUEUED, by.get(9).status());
        assertTrue(by.get(4).reason().contains("TRANSFER orders (from EAST to WH) cannot be released"),
                by.get(4).reason());
        assertEquals("line 5: no vendor line of item SCREW is valid on 2026-03-20", by.get(5).reason());
        assertEquals("line 6: item OLD is archived in Odoo", by.get(6).reason());
        assertEquals("line 7: item GHOST is not known in Odoo", by.get(7).reason());

        // One manufacturing order, confirmed, for warehouse WH with the only BoM.
        ReleaseManufacturingOrder mo = queue.of(ReleaseManufacturingOrder.class).get(0);
        assertEquals(1, mo.itemId());
        assertEquals(7L, mo.bomId());
        assertEquals(10.0, mo.quantity());
        assertEquals(1L, mo.warehouseId());
        assertTrue(mo.confirm());
        assertEquals(Instant.parse("2026-03-12T16:00:00Z"), mo.deadline());

        // Lines 2 and 3 share vendor 20 and warehouse WH: one RFQ with two lines; line 9 has its own vendor.
        List<ReleasePurchaseOrder> rfqs = queue.of(ReleasePurchaseOrder.class);
        assertEquals(2, rfqs.size());
        ReleasePurchaseOrder bolt = rfqs.stream().filter(r -> r.vendorId() == 20).findFirst().orElseThrow();
        assertEquals(2, bolt.lines().size());
        assertEquals(by.get(2).commandId(), by.get(3).commandId());
        assertEquals(bolt.idempotencyKey().value(), by.get(2).idempotencyKey());
        assertTrue(!bolt.confirm());
        assertEquals(40.0, bolt.lines().get(0).quantity());
        assertEquals(Instant.parse("2026-03-20T08:00:00Z"), bolt.lines().get(0).plannedDate());
        assertEquals(LocalDate.of(2026, 3, 10), by.get(2).orderDate()); // Mar 20 − 10 days
        // Line 3: rounded up to the vendor minimum, and late by one day.
        assertEquals(100.0, bolt.lines().get(1).quantity());
        assertEquals(LocalDate.of(2026, 3, 1), by.get(3).orderDate());
        assertEquals(Instant.parse("2026-03-05T08:00:00Z"), bolt.lines().get(1).plannedDate());
        assertEquals(2, by.get(3).warnings().size(), by.get(3).warnings()::toString);
        assertTrue(by.get(3).warnings().get(0).startsWith("quantity 30 Units raised to the minimum 100"));
        assertTrue(by.get(3).warnings().get(1).startsWith("late:"));
        assertEquals("Bolt & Co", by.get(3).vendor());

        // Odoo read once per model, whatever the number of lines.
        assertEquals(Map.of("Item", 1, "Warehouse", 1, "BillOfMaterials", 1, "SupplierInfo", 1), odoo.reads());
        // One transaction; the rejected lines became planning exceptions; the releases were recorded.
        assertEquals(1, tx.count);
        assertEquals(4, sink.raised.size());
        assertTrue(sink.raised.get(0).startsWith("RELEASE_REJECTED|planned orders 7 line 4|"));
        assertEquals(4, planning.releases.size());
        assertEquals(List.of(ORIGIN, ORIGIN, ORIGIN), queue.origins);
    }

    @Test
    void releasingTheSameLineTwiceQueuesNothingNew() {
        ReleaseReport first = workflow.release(7, List.of(1, 2), false, ORIGIN);
        int queued = queue.commands.size();
        ReleaseReport again = workflow.release(7, List.of(2, 1), false, ORIGIN);

        assertEquals(queued, queue.commands.size());
        for (ReleaseLineOutcome outcome : again.lines()) {
            assertEquals(ReleaseStatus.ALREADY_RELEASED, outcome.status());
            assertEquals(byLine(first).get(outcome.line()).commandId(), outcome.commandId());
            assertEquals(byLine(first).get(outcome.line()).idempotencyKey(), outcome.idempotencyKey());
        }
        assertTrue(again.commands().isEmpty());
        // Line 3 released later goes into a new RFQ of its own (line 2 is not sent twice).
        ReleaseReport later = workflow.release(7, List.of(2, 3), false, ORIGIN);
        assertEquals(ReleaseStatus.ALREADY_RELEASED, byLine(later).get(2).status());
        assertEquals(ReleaseStatus.QUEUED, byLine(later).get(3).status());
        assertEquals(List.of(3), later.commands().get(0).lines());
    }

    @Test
    void idempotencyKeysAreStable() {
        assertEquals("mo-b7-l1", PlannedOrderReleaseWorkflow.manufacturingKey(7, 1).value());
        assertEquals(PlannedOrderReleaseWorkflow.purchaseKey(7, 20, 1, Set.of(3, 2)),
                PlannedOrderReleaseWorkflow.purchaseKey(7, 20, 1, Set.of(2, 3)));
        assertNotEquals(PlannedOrderReleaseWorkflow.purchaseKey(7, 20, 1, Set.of(2, 3)),
                PlannedOrderReleaseWorkflow.purchaseKey(7, 20, 1, Set.of(2)));
        assertTrue(PlannedOrderReleaseWorkflow.purchaseKey(99999, 999999, 99, Set.of(1, 2, 3)).value().length()
                <= 64);
        // Same request twice after a failure: same keys, so the outbox answers the commands it holds.
        workflow.release(7, List.of(2, 3), false, ORIGIN);
        String key = queue.ids.keySet().iterator().next();
        assertTrue(key.startsWith("rfq-b7-v20-w1-"), key);
    }

    @Test
    void unknownAndSubmissionRejectedLinesAreNamed() {
        ReleaseReport report = workflow.release(7, List.of(8, 42, 1), false, ORIGIN);
        Map<Integer, ReleaseLineOutcome> by = byLine(report);
        assertTrue(by.get(8).reason().startsWith("line 8 was rejected when batch 7 was submitted"), by.get(8).reason());
        assertEquals("batch 7 has no line 42", by.get(42).reason());
        assertEquals(ReleaseStatus.QUEUED, by.get(1).status());
    }

    @Test
    void anUnknownBatchIsNotFound() {
        PlanningException e = assertThrows(PlanningException.class, () -> workflow.release(99, null, false, ORIGIN));
        assertEquals(PlanningException.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void withoutAnOutboxValidationStillAnswersButQueuingFailsClearly() {
        var noOutbox = new PlannedOrderReleaseWorkflow(odoo, planning, WorkflowFakes.withoutOutbox(sink),
                ZoneId.of("UTC"), new TestClock(NOW));
        ReleaseReport rejectedOnly = noOutbox.release(7, List.of(4, 5, 7), false, ORIGIN);
        assertTrue(rejectedOnly.lines().stream().allMatch(l -> l.status() == ReleaseStatus.REJECTED));
        assertThrows(CommandQueueUnavailableException.class, () -> noOutbox.release(7, List.of(1), false, ORIGIN));
        assertTrue(planning.releases.isEmpty());
    }

    static Map<Integer, ReleaseLineOutcome> byLine(ReleaseReport report) {
        return report.lines().stream().collect(java.util.stream.Collectors.toMap(ReleaseLineOutcome::line, l -> l));
    }

    static Item item(long id, String code, boolean active) {
        return new Item(id, code, code, ItemType.STORABLE, "Units", 1L, null, null, active);
    }

    static PlannedOrder order(int line, PlannedOrderType type, String item, double qty, String start, String due,
            String origin) {
        return new PlannedOrder(line, type, new ItemCode(item), "WH", Quantity.of(qty, "Units"), Instant.parse(start),
                Instant.parse(due), null, null, origin);
    }
}
