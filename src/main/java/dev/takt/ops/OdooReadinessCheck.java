package dev.takt.ops;

import dev.takt.odoo.OdooProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Odoo answers: a short, cached {@code common.version} probe (never retried, never behind the
 * circuit breaker), so that a load balancer stops sending dashboards to a Takt that cannot reach Odoo.
 */
@Readiness
@ApplicationScoped
public class OdooReadinessCheck implements HealthCheck {

    private OdooProbe probe;

    OdooReadinessCheck() {
    }

    @Inject
    public OdooReadinessCheck(OdooProbe probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        OdooProbe.Result result = probe.check();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("odoo")
                .status(result.reachable())
                .withData("checkedAt", result.checkedAt().toString());
        if (result.reachable()) {
            response.withData("serverVersion", result.serverVersion());
        } else {
            response.withData("reason", result.reason());
        }
        return response.build();
    }
}
