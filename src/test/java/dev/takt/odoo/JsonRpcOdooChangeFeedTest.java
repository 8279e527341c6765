package dev.takt.odoo;

import dev.takt.domain.Entity;
import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.PurchaseOrderLine;
import dev.takt.domain.SalesOrderLine;
import dev.takt.domain.StockPosition;
import dev.takt.domain.WorkOrder;
import dev.takt.testing.TestClock;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change feed against the real sandbox engine over HTTP, on a clock the tests move. */
class JsonRpcOdooChangeFeedTest {

    private static final Instant T0 = Instant.parse("2026-11-26T15:45:06Z");

    private final TestClock clock = new TestClock(T0);
    private final SandboxServer odoo = new SandboxServer(300, 7, clock);

    @AfterEach
    void stop() {
        odoo.close();
    }

    private OdooChangeFeed feed(Map<String, String> extra) {
        Map<String, String> settings = odoo.settings();
        settings.putAll(extra);
        OdooConnectorConfig config = new OdooConnectorConfig(settings);
        return new JsonRpcOdooChangeFeed(new OdooRpc(new OdooSession(config, new OdooClient(config, List.of()))),
                config);
    }

    private OdooChangeFeed feed() {
        return feed(Map.of());
    }

    /** One RFQ with {@code lines} lines, created in one call (one transaction: one write_date for all). */
    private List<Long> rfqWithLines(int lines) {
        JsonObject info = odoo.searchRead("product.supplierinfo", "[]", "partner_id", "product_tmpl_id")
                .getJsonObject(0);
        long product = odoo.searchRead("product.product", "[[\"product_tmpl_id\",\"=\","
                + info.getJsonArray("product_tmpl_id").getInt(0) + "]]", "id").getJsonObject(0).getInt("id");
        StringBuilder order = new StringBuilder("[");
        for (int i = 0; i < lines; i++) {
            order.append(i == 0 ? "" : ",").append("[0,0,{\"product_id\":").append(product)
                    .append(",\"product_qty\":").append(i + 1).append("}]");
        }
        order.append(']');
        long po = ((JsonNumber) odoo.call("purchase.order", "create", "[{\"partner_id\":"
                + info.getJsonArray("partner_id").getInt(0) + ",\"order_line\":" + order + "}]", "{}")).longValue();
        return odoo.read("purchase.order", po, "order_line").getJsonArray("order_line")
                .getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    /** Reads pages until the feed has no more; returns every change, in order, and the last cursor. */
    private <T extends Record> List<OdooChange<T>> drain(OdooChangeFeed feed, Entity<T> entity, Set<String> fields,
            OdooChangeCursor[] cursor, int limit, List<Integer> pageSizes) {
        List<OdooChange<T>> all = new ArrayList<>();
        for (int guard = 0; guard < 10_000; guard++) {
            OdooChanges<T> page = feed.changesSince(entity, fields, cursor[0], limit);
            all.addAll(page.changes());
            pageSizes.add(page.changes().size());
            assertTrue(page.changes().size() <= limit || page.changes().stream().anyMatch(OdooChange::late));
            cursor[0] = page.next();
            if (!page.hasMore()) {
                return all;
            }
        }
        throw new AssertionError("the feed never ended");
    }

    private static <T extends Record> Map<Long, Long> timesSeen(List<OdooChange<T>> changes,
            Function<T, Long> id) {
        return changes.stream().collect(Collectors.groupingBy(c -> id.apply(c.record()), Collectors.counting()));
    }

    @Test
    void aThousandRecordsSharingOneWriteDatePagedByAHundredAreEachSeenOnce() {
        List<Long> lines = rfqWithLines(1_000);
        odoo.calls().reset();
        OdooChangeCursor[] cursor = {OdooChangeCursor.after(T0.minusSeconds(1))};
        List<Integer> pages = new ArrayList<>();

        List<OdooChange<PurchaseOrderLine>> changes = drain(feed(), Entity.PURCHASE_ORDER_LINE,
                Set.of("quantity", "orderId"), cursor, 100, pages);

        assertEquals(1_000, changes.size());
        assertEquals(Set.copyOf(lines), timesSeen(changes, PurchaseOrderLine::id).keySet());
        assertTrue(timesSeen(changes, PurchaseOrderLine::id).values().stream().allMatch(n -> n == 1), "once each");
        assertTrue(changes.stream().allMatch(c -> c.updatedAt().equals(T0)), "one write_date for all");
        assertEquals(List.of(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0), pages);
        assertEquals(lines, changes.stream().map(c -> c.record().id()).toList(), "in id order within the second");
        PurchaseOrderLine first = changes.get(0).record();
        assertEquals(1.0, first.quantity());
        assertNull(first.quantityReceived(), "not asked for");
        assertEquals(new OdooChangeCursor(T0, lines.get(999), cursor[0].recentFrom(), cursor[0].recent()),
                cursor[0]);
        assertEquals(1_000, cursor[0].recent().size(), "remembered within the overlap window");
        long searchReads = odoo.calls().count("purchase.order.line", "search_read");
        assertTrue(searchReads <= 3L * pages.size(), searchReads + " search_reads for " + pages.size() + " pages");
        assertEquals(cursor[0], OdooChangeCursor.parse(cursor[0].toToken()), "stored and read back");
    }

    @Test
    void aRecordChangedDuringPagingIsSeenAgainWithItsNewWriteDate() {
        List<Long> lines = rfqWithLines(300);
        OdooChangeFeed feed = feed();
        Set<String> fields = Set.of("quantityReceived");
        OdooChanges<PurchaseOrderLine> first = feed.changesSince(Entity.PURCHASE_ORDER_LINE, fields,
                OdooChangeCursor.after(T0.minusSeconds(1)), 100);
        long delivered = first.changes().get(10).record().id();
        long pending = lines.get(250);
        Instant t1 = clock.advanceSeconds(5);
        odoo.write("purchase.order.line", delivered, "{\"qty_received\":4}"); // a receipt
        odoo.write("purchase.order.line", pending, "{\"qty_received\":2}");

        OdooChangeCursor[] cursor = {first.next()};
        List<OdooChange<PurchaseOrderLine>> rest = drain(feed, Entity.PURCHASE_ORDER_LINE, fields, cursor, 100,
                new ArrayList<>());
        List<OdooChange<PurchaseOrderLine>> all = new ArrayList<>(first.changes());
        all.addAll(rest);

        assertEquals(301, all.size(), "every line once, the one received after its delivery twice");
        Map<Long, Long> seen = timesSeen(all, PurchaseOrderLine::id);
        assertEquals(2L, seen.get(delivered));
        assertEquals(1L, seen.get(pending), "changed before it was delivered: seen once, changed");
        assertEquals(300, seen.size());
        assertEquals(all.size(), all.stream().map(c -> c.record().id() + "@" + c.updatedAt()).distinct().count(),
                "never the same (id, write_date) twice");
        OdooChange<PurchaseOrderLine> again = rest.stream().filter(c -> c.record().id() == delivered).findFirst()
                .orElseThrow();
        assertEquals(t1, again.updatedAt());
        assertEquals(4.0, again.record().quantityReceived());
        assertEquals(List.of(delivered, pending), rest.subList(rest.size() - 2, rest.size()).stream()
                .map(c -> c.record().id()).sorted().toList(), "at their new place, after the rest of T0");
    }

    @Test
    void aTransactionThatCommitsBehindTheMarkIsCaughtByTheOverlap() {
        List<Long> lines = rfqWithLines(20);
        clock.advanceSeconds(3);
        odoo.write("purchase.order.line", lines.get(0), "{\"qty_received\":1}");
        Set<String> fields = Set.of("quantityReceived");
        OdooChangeCursor[] cursor = {OdooChangeCursor.after(T0.minusSeconds(1))};
        drain(feed(), Entity.PURCHASE_ORDER_LINE, fields, cursor, 50, new ArrayList<>());
        OdooChangeCursor[] withoutOverlap = {cursor[0]};
        assertEquals(T0.plusSeconds(3), cursor[0].writeDate());

        clock.set(T0.plusSeconds(2)); // a transaction that started at T0+2 …
        odoo.write("purchase.order.line", lines.get(7), "{\"qty_received\":7}"); // … commits now
        clock.set(T0.plusSeconds(4));

        OdooChanges<PurchaseOrderLine> page = feed().changesSince(Entity.PURCHASE_ORDER_LINE, fields, cursor[0], 50);
        assertEquals(1, page.changes().size());
        OdooChange<PurchaseOrderLine> late = page.changes().get(0);
        assertEquals(lines.get(7), late.record().id());
        assertEquals(T0.plusSeconds(2), late.updatedAt());
        assertTrue(late.late());
        assertEquals(7.0, late.record().quantityReceived());
        assertTrue(feed().changesSince(Entity.PURCHASE_ORDER_LINE, fields, page.next(), 50).changes().isEmpty(),
                "delivered once: the cursor remembers it");

        OdooChanges<PurchaseOrderLine> blind = feed(Map.of("takt.odoo.cursor-overlap-ms", "0"))
                .changesSince(Entity.PURCHASE_ORDER_LINE, fields, withoutOverlap[0], 50);
        assertTrue(blind.changes().isEmpty(), "without the overlap, the late commit is lost");
    }

    @Test
    void fromTheStartEveryRecordThenNothing() {
        long total = odoo.count("mrp.production", "[]");
        OdooChangeCursor[] cursor = {OdooChangeCursor.START};
        List<OdooChange<ManufacturingOrder>> all = drain(feed(), Entity.MANUFACTURING_ORDER, Set.of("name", "state"),
                cursor, 7, new ArrayList<>());

        assertEquals(total, all.size());
        assertEquals(total, timesSeen(all, ManufacturingOrder::id).size());
        assertTrue(feed().changesSince(Entity.MANUFACTURING_ORDER, Set.of("name"), cursor[0], 7).changes().isEmpty());
    }

    @Test
    void theFiveModelsShowTheirChangesIncludingSideEffects() {
        OdooChangeCursor since = OdooChangeCursor.after(T0);
        clock.advanceSeconds(10);
        String writtenSince = "[[\"write_date\",\">\",\"2026-11-26 15:45:06\"]]";
        JsonObject mo = null;
        for (JsonValue draft : odoo.searchRead("mrp.production", "[[\"state\",\"=\",\"draft\"]]",
                "workorder_ids", "move_raw_ids")) {
            mo = draft.asJsonObject();
            if (!mo.getJsonArray("workorder_ids").isEmpty()) {
                odoo.call("mrp.production", "button_plan", "[[" + mo.getInt("id") + "]]", "{}"); // confirm, reserve
                if (odoo.count("stock.quant", writtenSince) > 0) {
                    break; // this one found free stock to reserve
                }
                clock.advanceSeconds(1);
            }
        }
        since = OdooChangeCursor.after(clock.instant().minusSeconds(1));
        long moId = mo.getInt("id");
        JsonObject soLine = odoo.searchRead("sale.order.line", "[[\"state\",\"=\",\"sale\"]]", "product_uom_qty")
                .getJsonObject(0);
        odoo.write("sale.order.line", soLine.getInt("id"), "{\"qty_delivered\":1}");
        OdooChangeFeed feed = feed();

        Set<Long> mos = ids(feed.changesSince(Entity.MANUFACTURING_ORDER, Set.of("state"), since, 500),
                ManufacturingOrder::id);
        Set<Long> wos = ids(feed.changesSince(Entity.WORK_ORDER, Set.of("scheduledStart"), since, 500),
                WorkOrder::id);
        Set<Long> soLines = ids(feed.changesSince(Entity.SALES_ORDER_LINE, Set.of("quantityDelivered"), since, 500),
                SalesOrderLine::id);
        Set<Long> quants = ids(feed.changesSince(Entity.STOCK_POSITION, Set.of("reserved"), since, 500),
                StockPosition::id);

        assertEquals(Set.of(moId), mos);
        assertEquals(idSet(mo.getJsonArray("workorder_ids")), wos, "planned work orders were written");
        assertEquals(Set.of((long) soLine.getInt("id")), soLines);
        JsonArray reserved = odoo.searchRead("stock.quant", "[[\"write_date\",\">=\",\""
                + OdooValues.DATETIME_UTC.write(clock.instant()) + "\"]]", "reserved_quantity");
        assertFalse(reserved.isEmpty(), "the reservation took stock");
        assertEquals(idSet(reserved), quants, "quants the reservation wrote (internal locations)");
    }

    private static <T extends Record> Set<Long> ids(OdooChanges<T> changes, Function<T, Long> id) {
        assertFalse(changes.hasMore());
        return changes.changes().stream().map(c -> id.apply(c.record())).collect(Collectors.toSet());
    }

    private static Set<Long> idSet(JsonArray values) {
        Set<Long> ids = new HashSet<>();
        for (JsonValue v : values) {
            ids.add(v instanceof JsonObject o ? o.getJsonNumber("id").longValue() : ((JsonNumber) v).longValue());
        }
        return ids;
    }

    @Test
    void deletedRecordsAreMissingArchivedOnesAreNot() {
        List<Long> lines = rfqWithLines(3);
        long rule = odoo.searchRead("stock.warehouse.orderpoint", "[]", "id").getJsonObject(0).getInt("id");
        odoo.write("stock.warehouse.orderpoint", rule, "{\"active\":false}");
        odoo.call("purchase.order.line", "unlink", "[[" + lines.get(1) + "]]", "{}");
        OdooChangeFeed feed = feed(Map.of("takt.odoo.batch-size", "2"));

        assertEquals(Set.of(lines.get(1), 999_999L), feed.missingIds(Entity.PURCHASE_ORDER_LINE,
                List.of(lines.get(0), lines.get(1), lines.get(2), 999_999L)));
        assertEquals(Set.of(), feed.missingIds(Entity.REORDER_RULE, List.of(rule)), "archived is not deleted");
        assertEquals(Set.of(), feed.missingIds(Entity.REORDER_RULE, List.of()));
        assertEquals(2, odoo.calls().count("purchase.order.line", "search"), "one search per batch of 2 ids");
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        OdooChangeFeed feed = feed();
        assertThrows(IllegalArgumentException.class, () -> feed.changesSince(Entity.WORK_ORDER, Set.of("colour"),
                OdooChangeCursor.START, 10));
        assertThrows(IllegalArgumentException.class, () -> feed.changesSince(Entity.WORK_ORDER, Set.of("name"),
                OdooChangeCursor.START, 0));
        assertEquals(0, odoo.calls().total());
    }
}
