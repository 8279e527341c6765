package dev.takt.odoo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;

/**
 * Records every Odoo call attempt with MicroProfile Metrics: the counter {@value #CALLS} tagged {@code model},
 * {@code method} and {@code outcome} ({@code ok}, {@code retriable}, {@code permanent}), and the timer
 * {@value #DURATION} tagged {@code model} and {@code method}. For {@code execute_kw} the model is the Odoo model
 * ({@code mrp.production}); for service calls it is the service ({@code common}).
 */
@ApplicationScoped
public class OdooMetrics implements OdooCallListener {

    /** Counter of call attempts. */
    public static final String CALLS = "odoo.calls";
    /** Timer of call attempts. */
    public static final String DURATION = "odoo.call.duration";

    private static final Metadata CALLS_METADATA = Metadata.builder().withName(CALLS)
            .withDescription("Odoo JSON-RPC call attempts, by model, method and outcome").build();
    private static final Metadata DURATION_METADATA = Metadata.builder().withName(DURATION)
            .withDescription("Duration of Odoo JSON-RPC call attempts, by model and method").build();

    private MetricRegistry registry;

    /** For CDI's proxies only. */
    protected OdooMetrics() {
    }

    @Inject
    public OdooMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onCall(String model, String method, Duration duration, Outcome outcome) {
        Tag modelTag = new Tag("model", model);
        Tag methodTag = new Tag("method", method);
        registry.counter(CALLS_METADATA, modelTag, methodTag, new Tag("outcome", outcome.tag())).inc();
        registry.timer(DURATION_METADATA, modelTag, methodTag).update(duration);
    }
}
