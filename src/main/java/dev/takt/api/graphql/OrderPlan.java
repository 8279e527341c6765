package dev.takt.api.graphql;

import dev.takt.federation.PlanDriftService;
import org.eclipse.microprofile.graphql.Description;

import java.util.List;

/**
 * GraphQL view of the planner's proposal for a manufacturing order next to Odoo's schedule.
 *
 * @param proposal           the proposal for the whole order, or null when the planner proposed only work orders
 * @param startDriftHours    proposed start minus Odoo's scheduled start, in hours (positive: the plan is later)
 * @param finishDriftHours   proposed finish minus Odoo's scheduled finish, in hours
 * @param workOrderProposals the proposals for the order's work orders
 */
@Description("The planner's proposal for a manufacturing order (its latest schedule batch) and its drift from "
        + "Odoo's schedule.")
public record OrderPlan(PlanningViews.Proposal proposal, Double startDriftHours, Double finishDriftHours,
        List<PlanningViews.Proposal> workOrderProposals) {

    static OrderPlan of(PlanDriftService.Plan plan) {
        return new OrderPlan(plan.proposal() == null ? null : PlanningViews.Proposal.of(plan.proposal()),
                plan.startDriftHours(), plan.finishDriftHours(),
                plan.workOrderProposals().stream().map(PlanningViews.Proposal::of).toList());
    }
}
