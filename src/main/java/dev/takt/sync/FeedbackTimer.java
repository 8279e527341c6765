package dev.takt.sync;

import dev.takt.ops.ConfigKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The feedback relay's clock: one persistent EJB interval timer ({@code enterpriseBeansPersistentTimer}, stored in
 * Takt's database) firing every {@code takt.feedback.interval-ms}; on a shared database each tick runs on one
 * replica only. A tick polls every model that is not paused. The timer is created at start-up, and re-created when
 * the configured interval changed. Ticks do not overlap: a tick that finds the previous one still running is
 * skipped (the next one catches up, as the cursor is stored).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FeedbackTimer {

    private static final Logger LOG = Logger.getLogger(FeedbackTimer.class.getName());
    static final String INFO_PREFIX = "takt-feedback:";

    @Resource
    TimerService timers;

    @Inject
    FeedbackRelay relay;

    @Inject
    @ConfigProperty(name = ConfigKeys.FEEDBACK_INTERVAL_MS, defaultValue = "30000")
    long intervalMs;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (intervalMs < 1) {
            throw new IllegalStateException(ConfigKeys.FEEDBACK_INTERVAL_MS + " must be positive, got " + intervalMs);
        }
        String info = INFO_PREFIX + intervalMs;
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo()) && !present) {
                present = true;
            } else if (timer.getInfo() instanceof String s && s.startsWith(INFO_PREFIX)) {
                timer.cancel();
            }
        }
        if (!present) {
            timers.createIntervalTimer(intervalMs, intervalMs, new TimerConfig(info, true));
        }
        LOG.info(() -> "Execution feedback polls every " + intervalMs + " ms (persistent timer)");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            relay.pollUnpaused();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Execution feedback tick failed");
        } finally {
            running.set(false);
        }
    }
}
