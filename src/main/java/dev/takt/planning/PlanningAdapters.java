package dev.takt.planning;

import dev.takt.ops.ConfigKeys;
import dev.takt.planning.frepple.FreppleConfigurationException;
import dev.takt.planning.frepple.FreppleConnectorConfig;
import dev.takt.planning.frepple.FrepplePlanningGateway;
import dev.takt.planning.nativeplan.NativePlanningGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Chooses the one {@link PlanningGateway} the application uses, from {@value ConfigKeys#PLANNING_ADAPTER}:
 * {@code native} (default, {@link NativePlanningGateway}) or {@code frepple} ({@link FrepplePlanningGateway}). The
 * adapters are beans of their own class only ({@code @Typed}), so every injection point of the port gets this
 * producer's choice. The configuration is read when the application starts: an unknown adapter name (or another
 * malformed {@code takt.planning.*} value) stops the start with a message naming the key.
 */
@ApplicationScoped
public class PlanningAdapters {

    private static final Logger LOG = Logger.getLogger(PlanningAdapters.class.getName());

    private FreppleConnectorConfig config;
    private Instance<NativePlanningGateway> nativeGateway;
    private Instance<FrepplePlanningGateway> freppleGateway;
    private PlannerFaultSwitch faults;

    /** For CDI's proxies only. */
    protected PlanningAdapters() {
    }

    @Inject
    public PlanningAdapters(FreppleConnectorConfig config, Instance<NativePlanningGateway> nativeGateway,
            Instance<FrepplePlanningGateway> freppleGateway, PlannerFaultSwitch faults) {
        this.config = config;
        this.faults = faults;
        this.nativeGateway = nativeGateway;
        this.freppleGateway = freppleGateway;
    }

    /** The planning gateway in use. */
    @Produces
    @ApplicationScoped
    public PlanningGateway gateway() {
        PlanningGateway adapter = config.usesFrepple() ? freppleGateway.get() : nativeGateway.get();
        return faults.available() ? PlannerFaults.guard(adapter, faults) : adapter;
    }

    /** Reads the planning configuration at start, so that a wrong adapter name fails the start, not a first query. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> "Planning adapter: " + (config.usesFrepple() ? "frepple (" + config.describe() + ")"
                : "native (Takt's own planning store)"));
        if (config.usesFrepple()) {
            try {
                config.authorization();
            } catch (FreppleConfigurationException e) {
                LOG.warning(() -> "Planner-owned fields will answer PLANNER_UNAVAILABLE: " + e.getMessage());
            }
        }
    }
}
