package dev.takt.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.Priority;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleTarget;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdooCommandCodecTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void manufacturingOrderReleaseRoundTrips() {
        var full = new ReleaseManufacturingOrder(IdempotencyKey.of("plan-v12-line-37"), 42, 7L, 12.5, 3L, T,
                T.plusSeconds(86_400), null, 1L, true, "Plan v12, line 37");
        assertEquals(full, OdooCommandCodec.releaseManufacturingOrder(OdooCommandCodec.encode(full)));
        var bare = new ReleaseManufacturingOrder(IdempotencyKey.of("k1"), 42, null, 1, null, T, null, null, null,
                false, null);
        assertEquals(bare, OdooCommandCodec.releaseManufacturingOrder(OdooCommandCodec.encode(bare)));
    }

    @Test
    void purchaseOrderReleaseRoundTrips() {
        var po = new ReleasePurchaseOrder(IdempotencyKey.of("po-1"), 9, List.of(
                new ReleasePurchaseOrder.Line(4, 10, T, 2.5), new ReleasePurchaseOrder.Line(5, 1, T, null)),
                2L, true, null);
        assertEquals(po, OdooCommandCodec.releasePurchaseOrder(OdooCommandCodec.encode(po)));
    }

    @Test
    void scheduleAndReorderRuleRoundTrip() {
        var mo = new ScheduleChange(ScheduleTarget.manufacturingOrder(3), T, T.plusSeconds(3600), null, null,
                Priority.URGENT);
        assertEquals(mo, OdooCommandCodec.scheduleChange(OdooCommandCodec.encode(mo)));
        var wo = new ScheduleChange(ScheduleTarget.workOrder(8), T, null, T.plusSeconds(60), 4L, null);
        assertEquals(wo, OdooCommandCodec.scheduleChange(OdooCommandCodec.encode(wo)));
        var rule = new ReorderRuleUpdate(5, 10, 40);
        assertEquals(rule, OdooCommandCodec.reorderRuleUpdate(OdooCommandCodec.encode(rule)));
    }

    @Test
    void aPayloadThatMakesNoValidCommandIsRefusedWithTheDomainsReason() {
        String negative = "{\"idempotencyKey\":\"k\",\"itemId\":1,\"quantity\":-1,\"start\":\"2026-03-02T08:00:00Z\"}";
        var e = assertThrows(IllegalArgumentException.class,
                () -> OdooCommandCodec.releaseManufacturingOrder(negative));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }
}
