package dev.takt.sync;

import dev.takt.audit.Actors;
import dev.takt.audit.AuditOutcome;
import dev.takt.audit.AuditRecord;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.PlanningException;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.Slice;
import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.TaktEvent;
import dev.takt.planning.ForecastLineFilter;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlannedCapacity;
import dev.takt.planning.PlannedInventory;
import dev.takt.planning.PlannedOrderFilter;
import dev.takt.planning.PlanningGateway;
import dev.takt.planning.ScheduleFilter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intake reads Odoo a bounded number of times, then stores accepted and rejected lines together. */
class PlanningIntakeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private final InMemoryOdoo odoo = Fixtures.odoo();
    private final RecordingPlanning planning = new RecordingPlanning();
    private final PlanningIntake intake = new PlanningIntake(odoo, planning, 365, ZoneId.of("UTC"), 100,
            Clock.fixed(Fixtures.NOW.plusNanos(123_456), ZoneId.of("UTC")));

    @Test
    void publishingAnnouncesTheVersionAndWhatItSupersededOnceOnly() {
        List<TaktEvent> events = new ArrayList<>();
        intake.publishEventsTo(events::add);
        planning.drafts.put(1, ForecastVersion.draft(1, null, Fixtures.NOW, 12, 0));
        planning.drafts.put(2, ForecastVersion.draft(2, null, Fixtures.NOW, 7, 1));

        intake.publishForecast(1);
        intake.publishForecast(1); // again: changes nothing, announces nothing
        intake.publishForecast(2);

        Instant at = Fixtures.NOW.plusNanos(123_456).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        assertEquals(List.of(new ForecastPublished(at, 1, 12, null), new ForecastPublished(at, 2, 7, 1)), events);
    }

    @Test
    void aRefusedPublicationAnnouncesNothing() {
        List<TaktEvent> events = new ArrayList<>();
        intake.publishEventsTo(events::add);
        planning.drafts.put(1, ForecastVersion.draft(1, null, Fixtures.NOW, 0, 3));

        assertThrows(dev.takt.domain.PlanningException.class, () -> intake.publishForecast(1));
        assertEquals(List.of(), events);
    }

    @Test
    void aForecastIsValidatedWithOneReadPerKindAndStoredWithItsRejections() {
        List<ForecastLineDraft> lines = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            lines.add(new ForecastLineDraft(i % 3 == 0 ? "FURN_0002" : i % 3 == 1 ? "FURN_0001" : "NOPE_" + i,
                    i % 2 == 0 ? "WH" : "EAST", MONDAY.plusWeeks(i), null, (double) i, null));
        }

        var submission = intake.submitForecast("  run 12  ", lines);

        assertEquals(Map.of("Item", 1, "UnitOfMeasure", 1, "Warehouse", 1), odoo.reads());
        assertEquals(30, submission.accepted().size());
        assertEquals(15, submission.rejected().size());
        assertEquals(ForecastVersionState.DRAFT, submission.stored().state());
        assertEquals("run 12", planning.note, "the note is trimmed");
        assertEquals(submission.accepted(), planning.forecastLines);
        assertEquals(submission.rejected(), planning.rejected);
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), planning.at, "times are kept to the millisecond");
    }

    @Test
    void eachMutationIsAuditedAndARefusalToo() {
        List<AuditRecord> entries = new ArrayList<>();
        intake.audited(record -> {
            entries.add(record);
            return entries.size();
        }, new Actors(null), new Transactions());
        intake.submitForecast(null, List.of(new ForecastLineDraft("FURN_0001", "WH", MONDAY, null, 1.0, null),
                new ForecastLineDraft("NOPE", "WH", MONDAY, null, 1.0, null)));
        assertThrows(PlanningException.class, () -> intake.publishForecast(9));

        assertEquals(2, entries.size());
        AuditRecord submitted = entries.get(0);
        assertEquals("planning.submitForecast", submitted.operation());
        assertEquals(AuditOutcome.ACCEPTED, submitted.outcome());
        assertEquals("anonymous", submitted.actor());
        assertEquals("1 line(s) accepted, 1 rejected", submitted.detail());
        assertEquals(64, submitted.payloadHash().length());
        AuditRecord refused = entries.get(1);
        assertEquals(AuditOutcome.REFUSED, refused.outcome());
        assertEquals("forecast/9", refused.targetRecord());
        assertTrue(refused.error().contains("does not exist"), refused.error());
    }

    @Test
    void linesWithoutAnyItemCodeDoNotAskOdooForItems() {
        intake.submitForecast(null, List.of(new ForecastLineDraft(" ", "WH", MONDAY, null, 1.0, null)));
        assertEquals(Map.of("UnitOfMeasure", 1, "Warehouse", 1), odoo.reads());
    }

    @Test
    void scheduleProposalsReadOrdersWorkOrdersAndWorkCentersOnceEach() {
        Instant start = Instant.parse("2026-03-03T06:00:00Z");
        var submission = intake.submitSchedule(null, List.of(
                new ScheduleProposalDraft("WH/MO/00010", 100L, start, start.plusSeconds(3600), "ASM1", 0, null),
                new ScheduleProposalDraft("WH/MO/00013", 102L, start, start.plusSeconds(3600), "PNT", 1, null),
                new ScheduleProposalDraft("WH/MO/00013", null, start, start.plusSeconds(7200), null, null, null)));

        assertEquals(Map.of("ManufacturingOrder", 1, "WorkCenter", 1, "WorkOrder", 1), odoo.reads());
        assertEquals(3, submission.accepted().size());
        assertEquals(submission.accepted(), planning.proposals);
    }

    @Test
    void scheduleProposalsWithoutWorkOrdersOrWorkCentersReadOnlyOrders() {
        Instant start = Instant.parse("2026-03-03T06:00:00Z");
        intake.submitSchedule(null, List.of(
                new ScheduleProposalDraft("WH/MO/00010", null, start, start.plusSeconds(3600), null, null, null)));
        assertEquals(Map.of("ManufacturingOrder", 1), odoo.reads());
    }

    @Test
    void plannedOrdersAreStoredAsABatch() {
        Instant start = Instant.parse("2026-03-03T06:00:00Z");
        var submission = intake.submitPlannedOrders("plan", List.of(new PlannedOrderDraft(
                dev.takt.domain.PlannedOrderType.BUY, "FURN_0002", "EAST", 3.0, "g", start, start.plusSeconds(86_400),
                null, "Wood Corner", null)));
        assertEquals(1, submission.stored().number());
        assertEquals("g", planning.orders.get(0).quantity().unit());
    }

    @Test
    void emptyOrOversizedSubmissionsAreRefusedBeforeAnyRead() {
        assertThrows(IllegalArgumentException.class, () -> intake.submitForecast(null, List.of()));
        List<ForecastLineDraft> tooMany = Collections.nCopies(101,
                new ForecastLineDraft("FURN_0001", "WH", MONDAY, null, 1.0, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> intake.submitForecast(null, tooMany));
        assertTrue(e.getMessage().contains("at most 100 lines"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> intake.submitForecast("n".repeat(1001),
                List.of(new ForecastLineDraft("FURN_0001", "WH", MONDAY, null, 1.0, null))));
        assertEquals(Map.of(), odoo.reads());
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new PlanningIntake(odoo, planning, 0, "UTC", 10));
        assertThrows(IllegalArgumentException.class, () -> new PlanningIntake(odoo, planning, 10, "UTC", 0));
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class,
                () -> new PlanningIntake(odoo, planning, 10, "Mars/Olympus", 10));
        assertTrue(zone.getMessage().contains("takt.planning.time-zone 'Mars/Olympus' is not a time zone"));
        assertEquals(LocalDate.of(2027, 3, 2), intake.horizon().lastDay());
    }

    /** Remembers what the intake stored. */
    private static final class RecordingPlanning implements PlanningGateway {
        String note;
        Instant at;
        List<ForecastLine> forecastLines;
        List<PlannedOrder> orders;
        List<ScheduleProposal> proposals;
        List<RejectedLine> rejected;
        final Map<Integer, ForecastVersion> drafts = new java.util.HashMap<>();
        ForecastVersion published;

        @Override
        public ForecastVersion storeForecast(String note, List<ForecastLine> accepted, List<RejectedLine> rejected,
                Instant submittedAt) {
            this.note = note;
            this.at = submittedAt;
            this.forecastLines = accepted;
            this.rejected = rejected;
            return ForecastVersion.draft(1, note, submittedAt, accepted.size(), rejected.size());
        }

        @Override
        public PlanningBatch storePlannedOrders(String note, List<PlannedOrder> accepted,
                List<RejectedLine> rejected, Instant submittedAt) {
            this.orders = accepted;
            return new PlanningBatch(PlanningBatchKind.PLANNED_ORDERS, 1, note, submittedAt, accepted.size(),
                    rejected.size());
        }

        @Override
        public PlanningBatch storeSchedule(String note, List<ScheduleProposal> accepted,
                List<RejectedLine> rejected, Instant submittedAt) {
            this.proposals = accepted;
            return new PlanningBatch(PlanningBatchKind.SCHEDULE, 1, note, submittedAt, accepted.size(),
                    rejected.size());
        }

        @Override
        public ForecastVersion publishForecast(int version, Instant at) {
            ForecastVersion draft = drafts.get(version);
            if (draft == null) {
                throw PlanningException.notFound("forecast version " + version + " does not exist");
            }
            ForecastVersion result = draft.publish(at, published);
            if (published != null && published.version() != version) {
                drafts.put(published.version(), published.supersede(at));
            }
            drafts.put(version, result);
            published = result;
            return result;
        }

        @Override
        public Optional<ForecastVersion> forecastVersion(int version) {
            return Optional.empty();
        }

        @Override
        public Optional<ForecastVersion> publishedForecast() {
            return Optional.ofNullable(published);
        }

        @Override
        public Slice<ForecastVersion> forecastVersions(ForecastVersionState state, PageRequest page) {
            return new Slice<>(List.of(), false, null);
        }

        @Override
        public Slice<ForecastLine> forecastLines(int version, ForecastLineFilter filter, PageRequest page) {
            return new Slice<>(List.of(), false, null);
        }

        @Override
        public Optional<PlanningBatch> batch(PlanningBatchKind kind, Integer number) {
            return Optional.empty();
        }

        @Override
        public Slice<PlanningBatch> batches(PlanningBatchKind kind, PageRequest page) {
            return new Slice<>(List.of(), false, null);
        }

        @Override
        public Slice<PlannedOrder> plannedOrders(int batch, PlannedOrderFilter filter, PageRequest page) {
            return new Slice<>(List.of(), false, null);
        }

        @Override
        public Slice<ScheduleProposal> scheduleProposals(int batch, ScheduleFilter filter, PageRequest page) {
            return new Slice<>(List.of(), false, null);
        }

        @Override
        public List<RejectedLine> rejectedLines(PlanningBatchKind kind, int number) {
            return List.of();
        }

        @Override
        public List<PlannedInventory> inventoryProjection(ItemCode item, String location) {
            return List.of();
        }

        @Override
        public List<PlannedCapacity> capacityView(String workCenter) {
            return List.of();
        }

        @Override
        public List<PlannedOrder> latestPlannedOrders(java.util.Collection<ItemCode> items, Instant from,
                Instant to) {
            return List.of();
        }

        @Override
        public List<ScheduleProposal> latestScheduleProposals(java.util.Collection<String> manufacturingOrders) {
            return List.of();
        }

        @Override
        public List<ScheduleProposal> latestWorkOrderProposals(Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<ForecastLine> forecastLinesFor(int version, java.util.Collection<ItemCode> items,
                java.time.LocalDate from, java.time.LocalDate to) {
            return List.of();
        }
    }
}
