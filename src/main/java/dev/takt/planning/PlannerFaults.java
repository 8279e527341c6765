package dev.takt.planning;

import dev.takt.domain.ExecutionUpdate;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.List;

/**
 * Fault injection at the planning port, for the sandboxed set-up only (like the Odoo and frePPLe sandboxes'
 * faults): while {@link PlannerFaultSwitch#feedbackDown()} is on, the planner refuses execution feedback as a planner
 * that is down would. Off by default; it cannot be switched on when the sandbox is disabled.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class PlannerFaults implements PlanningGateway {

    @Inject
    @Delegate
    @Any
    PlanningGateway delegate;

    @Inject
    PlannerFaultSwitch faults;

    @Override
    public void receiveExecution(List<ExecutionUpdate> updates) {
        if (faults.feedbackDown()) {
            throw new IllegalStateException("the planner is down (sandbox fault: planner feedback down)");
        }
        delegate.receiveExecution(updates);
    }
}
