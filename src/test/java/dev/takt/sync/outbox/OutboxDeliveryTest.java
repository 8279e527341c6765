package dev.takt.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.takt.domain.event.CommandDeadLettered;
import dev.takt.domain.event.TaktEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    /** Records the transitions instead of writing them; {@link #leaseHeld} false plays a relay that lost its lease. */
    static final class RecordingStore extends OutboxStore {
        final List<String> calls = new ArrayList<>();
        final Map<String, TargetRecord> ledger = new HashMap<>();
        Instant retryAt;
        boolean leaseHeld = true;

        @Override
        public Optional<TargetRecord> ledger(OutboxTarget target, String key) {
            return Optional.ofNullable(ledger.get(key));
        }

        @Override
        public boolean complete(OutboxCommand claimed, Delivery.Done done) {
            calls.add("complete " + done.detail());
            return leaseHeld;
        }

        @Override
        public boolean retry(OutboxCommand claimed, String error, Instant next) {
            calls.add("retry " + error);
            retryAt = next;
            return leaseHeld;
        }

        @Override
        public boolean deadLetter(OutboxCommand claimed, String error) {
            calls.add("dead " + error);
            return leaseHeld;
        }
    }

    private final RecordingStore store = new RecordingStore();
    private final List<TaktEvent> events = new ArrayList<>();
    private int handlerCalls;
    private Delivery answer;

    private OutboxDelivery delivery(int maxAttempts) {
        CommandHandler handler = new CommandHandler() {
            @Override
            public OutboxTarget target() {
                return OutboxTarget.ODOO;
            }

            @Override
            public String operation() {
                return "op";
            }

            @Override
            public Delivery deliver(OutboxCommand command) {
                handlerCalls++;
                return answer;
            }
        };
        var settings = new OutboxSettings(Duration.ofMillis(100), Duration.ofMinutes(5), 10, 2, 1,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0), Duration.ofSeconds(120), maxAttempts,
                true);
        return new OutboxDelivery(store, Map.of(new OutboxDelivery.HandlerKey(OutboxTarget.ODOO, "op"), handler),
                settings, events::add, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0);
    }

    private static OutboxCommand command(String operation, int attempts) {
        return new OutboxCommand(3, OutboxTarget.ODOO, "release:k", 1, operation, "k", "{}", "h",
                CommandStatus.PENDING, attempts, NOW, "relay#1", NOW.plusSeconds(300), null, null, "alice", "c",
                NOW, NOW, null);
    }

    @Test
    void aKeyTheLedgerHoldsIsDoneWithoutCallingTheTarget() {
        store.ledger.put("k", new TargetRecord("mrp.production", 77, "WH/MO/00077"));
        answer = new Delivery.Rejected("must not be called");
        delivery(0).deliver(command("op", 2));
        assertEquals(0, handlerCalls);
        assertEquals(List.of("complete already carried out: the idempotency ledger holds mrp.production/77"),
                store.calls);
    }

    @Test
    void retriesWaitTheBackoffOrWhatTheHandlerAsksIfLonger() {
        answer = new Delivery.Retry("503", null);
        delivery(0).deliver(command("op", 3));
        assertEquals(NOW.plusSeconds(4), store.retryAt); // 1 s × 2^(3-1)
        answer = new Delivery.Retry("outcome unknown", Duration.ofSeconds(120));
        delivery(0).deliver(command("op", 3));
        assertEquals(NOW.plusSeconds(120), store.retryAt);
    }

    @Test
    void aRejectionIsADeadLetterAnnouncedAfterItIsRecorded() {
        answer = new Delivery.Rejected("ValidationError: product missing");
        delivery(0).deliver(command("op", 1));
        assertEquals(List.of("dead ValidationError: product missing"), store.calls);
        var event = assertInstanceOf(CommandDeadLettered.class, events.get(0));
        assertEquals(3, event.commandId());
        assertEquals("ODOO", event.target());
    }

    @Test
    void nothingIsAnnouncedWhenTheLeaseWasLost() {
        store.leaseHeld = false;
        answer = new Delivery.Rejected("refused");
        delivery(0).deliver(command("op", 1));
        assertTrue(events.isEmpty());
    }

    @Test
    void maxAttemptsTurnsARetryIntoADeadLetterAndAnUnknownOperationIsOne() {
        answer = new Delivery.Retry("503", null);
        delivery(5).deliver(command("op", 5));
        assertTrue(store.calls.get(0).startsWith("dead gave up after 5 attempts"), store.calls.toString());
        delivery(0).deliver(command("other", 1));
        assertEquals("dead no handler delivers other to ODOO", store.calls.get(1));
    }

    @Test
    void aHandlerThatThrowsIsRetriedWithoutItsJavaDetails() {
        answer = null;
        CommandHandler broken = new CommandHandler() {
            @Override
            public OutboxTarget target() {
                return OutboxTarget.ODOO;
            }

            @Override
            public String operation() {
                return "op";
            }

            @Override
            public Delivery deliver(OutboxCommand command) {
                throw new IllegalStateException("boom");
            }
        };
        var settings = new OutboxSettings(Duration.ofMillis(100), Duration.ofMinutes(5), 10, 2, 1,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0), Duration.ofSeconds(120), 0, true);
        new OutboxDelivery(store, Map.of(new OutboxDelivery.HandlerKey(OutboxTarget.ODOO, "op"), broken), settings,
                events::add, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0).deliver(command("op", 1));
        assertEquals("retry unexpected failure while delivering (see Takt's log for command 3)", store.calls.get(0));
    }
}
