package dev.takt.federation;

import dev.takt.domain.ManufacturingOrder;
import dev.takt.domain.ScheduleProposal;
import dev.takt.planning.PlanningGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The planner's proposal for each manufacturing order next to what Odoo has scheduled, with the drift between them.
 * Proposals come from the planner's latest schedule batch; one planner read whatever the number of orders.
 */
@ApplicationScoped
public class PlanDriftService {

    /** The manufacturing-order fields {@link #plans} reads. */
    public static final Set<String> ORDER_FIELDS = Set.of("name", "scheduledStart", "scheduledFinish");

    /**
     * One order's plan against its schedule.
     *
     * @param proposal          the planner's proposal for the whole order
     * @param startDriftHours   proposed start minus Odoo's scheduled start, in hours (null when either is unknown)
     * @param finishDriftHours  proposed finish minus Odoo's scheduled finish, in hours (null when either is unknown)
     * @param workOrderProposals the planner's proposals for the order's work orders
     */
    public record Plan(ScheduleProposal proposal, Double startDriftHours, Double finishDriftHours,
            List<ScheduleProposal> workOrderProposals) {
    }

    private PlanningGateway planning;

    PlanDriftService() {
        // for CDI proxies
    }

    @Inject
    public PlanDriftService(PlanningGateway planning) {
        this.planning = planning;
    }

    /**
     * The plan of each order that the planner's latest schedule batch mentions, by order id.
     *
     * @param orders orders with at least {@link #ORDER_FIELDS} read
     * @throws PlannerUnavailableException when the planner cannot be read
     */
    public Map<Long, Plan> plans(Collection<ManufacturingOrder> orders) {
        List<String> names = orders.stream().map(ManufacturingOrder::name).filter(Objects::nonNull).distinct()
                .toList();
        List<ScheduleProposal> proposals = PlannerCalls.call(() -> planning.latestScheduleProposals(names));
        Map<Long, Plan> plans = new HashMap<>();
        for (ManufacturingOrder mo : orders) {
            List<ScheduleProposal> mine = proposals.stream().filter(p -> p.manufacturingOrder().equals(mo.name()))
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            ScheduleProposal whole = mine.stream().filter(p -> p.workOrderId() == null).findFirst().orElse(null);
            List<ScheduleProposal> workOrders = mine.stream().filter(p -> p.workOrderId() != null).toList();
            plans.put(mo.id(), new Plan(whole,
                    whole == null ? null : hours(mo.scheduledStart(), whole.plannedStart()),
                    whole == null ? null : hours(mo.scheduledFinish(), whole.plannedFinish()), workOrders));
        }
        return plans;
    }

    private static Double hours(Instant odoo, Instant planned) {
        return odoo == null || planned == null ? null : Duration.between(odoo, planned).toSeconds() / 3600.0;
    }
}
