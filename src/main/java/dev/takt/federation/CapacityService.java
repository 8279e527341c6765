package dev.takt.federation;

import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.WorkCalendar;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.WorkOrder;
import dev.takt.domain.WorkOrderState;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.capacity.HoursBasis;
import dev.takt.domain.capacity.Work;
import dev.takt.domain.capacity.WorkCenterLoad;
import dev.takt.domain.capacity.WorkingTime;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.Buckets;
import dev.takt.odoo.OdooGateway;
import dev.takt.planning.PlanningGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Load against capacity of work centers per time bucket: capacity from each work center's Odoo calendar
 * (attendances in the calendar's time zone, minus absences, times the time efficiency), load from the work orders
 * Odoo has scheduled. Buckets follow each calendar's time zone.
 *
 * <p>The planner's load comes from its latest schedule batch: work-order proposals at their proposed dates
 * ({@code plannedHours}, next to Odoo's {@code scheduledHours}).
 *
 * <p>Whatever the number of work centers, it costs four Odoo reads (calendars, attendances, leaves overlapping the
 * horizon, open work orders overlapping the horizon), one planner read, and one more Odoo read for the proposed
 * work orders' durations when the planner proposed any. Leaves are read by calendar; a resource leave that carries
 * no calendar is not seen (Odoo sets the calendar on resource leaves it creates).
 */
@ApplicationScoped
public class CapacityService {

    /** The work-center fields {@link #load} reads. */
    public static final Set<String> WORK_CENTER_FIELDS = Set.of("calendarId", "resourceId", "efficiencyPercent", "name",
            "code");
    private static final List<WorkOrderState> CLOSED = List.of(WorkOrderState.DONE, WorkOrderState.CANCELLED);

    private OdooGateway odoo;
    private PlanningGateway planning;

    CapacityService() {
        // for CDI proxies
    }

    @Inject
    public CapacityService(OdooGateway odoo, PlanningGateway planning) {
        this.odoo = odoo;
        this.planning = planning;
    }

    /**
     * The load of each work center over {@code [from, to)}, by work-center id. Work centers without a calendar are
     * left out (Odoo treats them as always available; Takt does not guess a capacity for them).
     *
     * @param workCenters work centers with at least {@link #WORK_CENTER_FIELDS} read
     */
    public Map<Long, WorkCenterLoad> load(Collection<WorkCenter> workCenters, Instant from, Instant to,
            BucketSize size, DayOfWeek weekStart) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Set<Long> calendarIds = workCenters.stream().map(WorkCenter::calendarId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (calendarIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, WorkCalendar> calendars = odoo.findByIds(Entity.CALENDAR, calendarIds,
                Set.of("name", "timeZone", "hoursPerDay")).stream()
                .collect(Collectors.toMap(WorkCalendar::id, Function.identity()));
        List<CalendarAttendance> attendances = odoo.findAll(EntityQuery.all(Entity.ATTENDANCE,
                List.of(Criterion.in("calendarId", calendarIds)), Entity.ATTENDANCE.fields()));
        List<CalendarLeave> leaves = odoo.findAll(EntityQuery.all(Entity.LEAVE,
                List.of(Criterion.in("calendarId", calendarIds), Criterion.le("from", to), Criterion.ge("to", from)),
                Entity.LEAVE.fields()));
        Set<Long> workCenterIds = workCenters.stream().map(WorkCenter::id).collect(Collectors.toSet());
        Map<Long, List<Work>> work = new HashMap<>();
        for (WorkOrder wo : odoo.findAll(EntityQuery.all(Entity.WORK_ORDER, List.of(
                Criterion.in("workCenterId", workCenterIds),
                new Criterion("state", Criterion.Operator.NOT_IN, CLOSED),
                new Criterion("scheduledStart", Criterion.Operator.LT, to),
                new Criterion("scheduledFinish", Criterion.Operator.GT, from)),
                Set.of("name", "workCenterId", "scheduledStart", "scheduledFinish", "expectedMinutes")))) {
            if (wo.expectedMinutes() != null && wo.scheduledStart() != null && wo.scheduledFinish() != null) {
                work.computeIfAbsent(wo.workCenterId(), k -> new ArrayList<>()).add(Work.scheduled(wo));
            }
        }
        plannedWork(workCenters, from, to).forEach((wc, planned) ->
                work.computeIfAbsent(wc, k -> new ArrayList<>()).addAll(planned));
        Map<Long, WorkCenterLoad> loads = new HashMap<>();
        for (WorkCenter wc : workCenters) {
            WorkCalendar calendar = wc.calendarId() == null ? null : calendars.get(wc.calendarId());
            if (calendar == null) {
                continue;
            }
            WorkingTime time = WorkingTime.forWorkCenter(wc, calendar, attendances, leaves);
            Buckets buckets = Buckets.between(from, to, size, time.zone(), weekStart);
            loads.put(wc.id(), WorkCenterLoad.of(time, buckets, work.getOrDefault(wc.id(), List.of())));
        }
        return loads;
    }

    /**
     * The planner's load: its latest schedule's work-order proposals overlapping the horizon, each with the work
     * order's expected duration (from Odoo) at the proposed dates, on the proposed work center (by code or name) or
     * else the work order's current one. One planner read and at most one Odoo read.
     */
    private Map<Long, List<Work>> plannedWork(Collection<WorkCenter> workCenters, Instant from, Instant to) {
        List<ScheduleProposal> proposals = PlannerCalls.call(() -> planning.latestWorkOrderProposals(from, to));
        if (proposals.isEmpty()) {
            return Map.of();
        }
        Map<Long, WorkOrder> workOrders = odoo.findByIds(Entity.WORK_ORDER,
                proposals.stream().map(ScheduleProposal::workOrderId).collect(Collectors.toSet()),
                Set.of("name", "workCenterId", "expectedMinutes")).stream()
                .collect(Collectors.toMap(WorkOrder::id, Function.identity()));
        Map<String, Long> byCodeOrName = new HashMap<>();
        for (WorkCenter wc : workCenters) {
            if (wc.name() != null) {
                byCodeOrName.putIfAbsent(wc.name().toUpperCase(Locale.ROOT), wc.id());
            }
            if (wc.code() != null) {
                byCodeOrName.put(wc.code().toUpperCase(Locale.ROOT), wc.id());
            }
        }
        Map<Long, List<Work>> planned = new HashMap<>();
        for (ScheduleProposal p : proposals) {
            WorkOrder wo = workOrders.get(p.workOrderId());
            if (wo == null || wo.expectedMinutes() == null) {
                continue;
            }
            Long target = p.workCenter() == null ? wo.workCenterId()
                    : byCodeOrName.get(p.workCenter().toUpperCase(Locale.ROOT));
            if (target != null) {
                planned.computeIfAbsent(target, k -> new ArrayList<>()).add(Work.planned(
                        p.manufacturingOrder() + " / " + (wo.name() == null ? "work order " + wo.id() : wo.name()),
                        p.plannedStart(), p.plannedFinish(), wo.expectedMinutes() / 60.0, HoursBasis.CLOCK));
            }
        }
        return planned;
    }
}
