package dev.takt.sync;

import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlannedOrderRelease;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningBatchKind;
import dev.takt.domain.RejectedLine;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.Slice;
import dev.takt.planning.ForecastLineFilter;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlannedCapacity;
import dev.takt.planning.PlannedInventory;
import dev.takt.planning.PlannedOrderFilter;
import dev.takt.planning.PlanningGateway;
import dev.takt.planning.ScheduleFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Fakes for the workflows' unit tests: an outbox, a planning store, a transaction runner, an exception sink. */
final class WorkflowFakes {

    private WorkflowFakes() {
    }

    /** A {@link CommandQueue} in memory: ids from 1, the same id for a key queued before (as the outbox promises). */
    static final class FakeQueue implements CommandQueue {
        final Map<String, Long> ids = new LinkedHashMap<>();
        final List<Object> commands = new ArrayList<>();
        final List<Origin> origins = new ArrayList<>();

        private long enqueue(IdempotencyKey key, Object command, Origin origin) {
            return ids.computeIfAbsent(key.value(), k -> {
                commands.add(command);
                origins.add(origin);
                return (long) ids.size() + 1;
            });
        }

        @Override
        public long releaseManufacturingOrder(ReleaseManufacturingOrder command, Origin origin) {
            return enqueue(command.idempotencyKey(), command, origin);
        }

        @Override
        public long releasePurchaseOrder(ReleasePurchaseOrder command, Origin origin) {
            return enqueue(command.idempotencyKey(), command, origin);
        }

        @Override
        public long applySchedule(ScheduleChange change, IdempotencyKey key, Origin origin) {
            return enqueue(key, change, origin);
        }

        @Override
        public long updateReorderRule(ReorderRuleUpdate update, IdempotencyKey key, Origin origin) {
            return enqueue(key, update, origin);
        }

        <T> List<T> of(Class<T> type) {
            return commands.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** Remembers what was raised. */
    static final class RecordingSink implements PlanningExceptionSink {
        final List<String> raised = new ArrayList<>();

        @Override
        public void raise(String kind, Severity severity, String ownerRole, String message, String item,
                String reference) {
            raised.add(kind + "|" + reference + "|" + message);
        }
    }

    /** Counts transactions; runs the work directly. */
    static final class CountingTransactions implements TransactionRunner {
        int count;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count++;
            return work.get();
        }
    }

    static WorkflowServices services(FakeQueue queue, RecordingSink sink, CountingTransactions tx) {
        return new WorkflowServices(() -> queue, sink, tx);
    }

    /** Services whose outbox is missing, as in a deployment without it. */
    static WorkflowServices withoutOutbox(RecordingSink sink) {
        return new WorkflowServices(() -> {
            throw new CommandQueueUnavailableException("no outbox");
        }, sink, new CountingTransactions());
    }

    /** A planning store in memory. */
    static final class InMemoryPlanning implements PlanningGateway {
        final Map<Integer, List<PlannedOrder>> plannedOrders = new HashMap<>();
        final Map<Integer, List<RejectedLine>> rejectedPlanned = new HashMap<>();
        final Map<Integer, List<ScheduleProposal>> schedules = new HashMap<>();
        final Map<Integer, List<ForecastLine>> forecastLines = new HashMap<>();
        final Map<Integer, ForecastVersion> versions = new TreeMap<>();
        final Map<String, PlannedOrderRelease> releases = new TreeMap<>();

        @Override
        public ForecastVersion storeForecast(String note, List<ForecastLine> accepted, List<RejectedLine> rejected,
                Instant submittedAt) {
            int number = versions.size() + 1;
            versions.put(number, ForecastVersion.draft(number, note, submittedAt, accepted.size(), rejected.size()));
            forecastLines.put(number, List.copyOf(accepted));
            return versions.get(number);
        }

        @Override
        public ForecastVersion publishForecast(int version, Instant at) {
            ForecastVersion current = publishedForecast().orElse(null);
            ForecastVersion published = versions.get(version).publish(at, current);
            if (current != null && current.version() != version) {
                versions.put(current.version(), current.supersede(at));
            }
            versions.put(version, published);
            return published;
        }

        @Override
        public Optional<ForecastVersion> forecastVersion(int version) {
            return Optional.ofNullable(versions.get(version));
        }

        @Override
        public Optional<ForecastVersion> publishedForecast() {
            return versions.values().stream().filter(v -> v.state() == ForecastVersionState.PUBLISHED).findFirst();
        }

        @Override
        public Slice<ForecastVersion> forecastVersions(ForecastVersionState state, PageRequest page) {
            return new Slice<>(List.copyOf(versions.values()), false, null);
        }

        @Override
        public Slice<ForecastLine> forecastLines(int version, ForecastLineFilter filter, PageRequest page) {
            return page(forecastLines.getOrDefault(version, List.of()), ForecastLine::line, page);
        }

        @Override
        public PlanningBatch storePlannedOrders(String note, List<PlannedOrder> accepted, List<RejectedLine> rejected,
                Instant submittedAt) {
            int number = plannedOrders.size() + 1;
            plannedOrders.put(number, List.copyOf(accepted));
            rejectedPlanned.put(number, List.copyOf(rejected));
            return new PlanningBatch(PlanningBatchKind.PLANNED_ORDERS, number, note, submittedAt, accepted.size(),
                    rejected.size());
        }

        @Override
        public PlanningBatch storeSchedule(String note, List<ScheduleProposal> accepted, List<RejectedLine> rejected,
                Instant submittedAt) {
            int number = schedules.size() + 1;
            schedules.put(number, List.copyOf(accepted));
            return new PlanningBatch(PlanningBatchKind.SCHEDULE, number, note, submittedAt, accepted.size(),
                    rejected.size());
        }

        @Override
        public Optional<PlanningBatch> batch(PlanningBatchKind kind, Integer number) {
            Map<Integer, ?> store = kind == PlanningBatchKind.SCHEDULE ? schedules : plannedOrders;
            return store.containsKey(number) ? Optional.of(new PlanningBatch(kind, number, null,
                    Instant.EPOCH, 0, 0)) : Optional.empty();
        }

        @Override
        public Slice<PlanningBatch> batches(PlanningBatchKind kind, PageRequest page) {
            return new Slice<>(List.of(), false, null);
        }

        @Override
        public Slice<PlannedOrder> plannedOrders(int batch, PlannedOrderFilter filter, PageRequest page) {
            return page(plannedOrders.getOrDefault(batch, List.of()), PlannedOrder::line, page);
        }

        @Override
        public Slice<ScheduleProposal> scheduleProposals(int batch, ScheduleFilter filter, PageRequest page) {
            return page(schedules.getOrDefault(batch, List.of()), ScheduleProposal::line, page);
        }

        @Override
        public List<RejectedLine> rejectedLines(PlanningBatchKind kind, int number) {
            return rejectedPlanned.getOrDefault(number, List.of());
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
        public List<PlannedOrder> latestPlannedOrders(Collection<ItemCode> items, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<ScheduleProposal> latestScheduleProposals(Collection<String> manufacturingOrders) {
            return List.of();
        }

        @Override
        public List<ScheduleProposal> latestWorkOrderProposals(Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<ForecastLine> forecastLinesFor(int version, Collection<ItemCode> items, LocalDate from,
                LocalDate to) {
            return List.of();
        }

        @Override
        public void recordReleases(List<PlannedOrderRelease> list) {
            list.forEach(r -> releases.putIfAbsent(r.batch() + "/" + r.line(), r));
        }

        @Override
        public List<PlannedOrderRelease> releases(int batch, Collection<Integer> lines) {
            return releases.values().stream().filter(r -> r.batch() == batch
                    && (lines.isEmpty() || lines.contains(r.line()))).toList();
        }

        /** Pages of 2, to exercise the workflows' paging. */
        private static <T> Slice<T> page(List<T> all, java.util.function.ToIntFunction<T> line, PageRequest page) {
            List<T> after = all.stream().filter(t -> page.after() == null || line.applyAsInt(t) > page.after())
                    .toList();
            List<T> items = after.subList(0, Math.min(2, after.size()));
            return new Slice<>(items, after.size() > items.size(), null);
        }
    }
}
