package dev.takt.planning;

import dev.takt.ops.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The switch of {@link PlannerFaults}; it can be turned on only while the sandbox is enabled. */
@ApplicationScoped
public class PlannerFaultSwitch {

    private boolean sandboxEnabled;
    private volatile boolean feedbackDown;

    /** For CDI's proxies only. */
    protected PlannerFaultSwitch() {
    }

    @Inject
    public PlannerFaultSwitch(@ConfigProperty(name = ConfigKeys.SANDBOX_ENABLED, defaultValue = "true")
            boolean sandboxEnabled) {
        this.sandboxEnabled = sandboxEnabled;
    }

    /** True when faults may be injected (the sandbox is enabled). */
    public boolean available() {
        return sandboxEnabled;
    }

    /** True while the planner refuses execution feedback. */
    public boolean feedbackDown() {
        return feedbackDown;
    }

    /** Turns the fault on or off; refused when the sandbox is disabled. */
    public void feedbackDown(boolean down) {
        if (down && !sandboxEnabled) {
            throw new IllegalStateException("planner faults exist only while the sandbox is enabled");
        }
        feedbackDown = down;
    }
}
