package dev.takt.planning;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Fault injection at the planning port, for the sandboxed set-up only (like the Odoo and frePPLe sandboxes'
 * faults): while {@link PlannerFaultSwitch#feedbackDown()} is on, the planner refuses execution feedback as a planner
 * that is down would. Off by default; it cannot be switched on when the sandbox is disabled.
 *
 * <p>A JDK proxy around the adapter in use rather than a CDI decorator: the adapter is chosen by a producer
 * ({@link PlanningAdapters}), and CDI does not decorate what producers return.
 */
final class PlannerFaults {

    private PlannerFaults() {
    }

    /** The adapter, refusing execution feedback while the switch is on. */
    static PlanningGateway guard(PlanningGateway adapter, PlannerFaultSwitch faults) {
        return (PlanningGateway) Proxy.newProxyInstance(PlanningGateway.class.getClassLoader(),
                new Class<?>[] {PlanningGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("receiveExecution") && faults.feedbackDown()) {
                        throw new IllegalStateException("the planner is down (sandbox fault: planner feedback down)");
                    }
                    try {
                        return method.invoke(adapter, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
