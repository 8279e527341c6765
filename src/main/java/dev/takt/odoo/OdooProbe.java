package dev.takt.odoo;

import dev.takt.ops.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.time.Instant;

/**
 * Readiness of the Odoo connection for health checks: one {@code common.version} with a short timeout
 * ({@value ConfigKeys#HEALTH_ODOO_TIMEOUT_MS}, default 2 s), no retries and no circuit breaker (a probe must report
 * what it sees, fast), its result trusted for {@value ConfigKeys#HEALTH_ODOO_CACHE_MS} (default 10 s) so that
 * frequent health checks do not load Odoo. It needs no login: it says whether Odoo answers, not whether Takt's
 * credentials are right.
 */
@ApplicationScoped
public class OdooProbe {

    /**
     * What the last probe found.
     *
     * @param reachable     true when Odoo answered with a version
     * @param serverVersion Odoo's version when reachable, e.g. {@code 17.0-20240709}
     * @param reason        why not, for an administrator, when unreachable
     * @param checkedAt     when the probe ran
     */
    public record Result(boolean reachable, String serverVersion, String reason, Instant checkedAt) {
        static Result up(String serverVersion, Instant at) {
            return new Result(true, serverVersion, null, at);
        }

        static Result down(String reason, Instant at) {
            return new Result(false, null, reason, at);
        }
    }

    private OdooClient client;
    private OdooConnectorConfig config;
    private Clock clock;
    private Result last;

    /** For CDI's proxies only. */
    protected OdooProbe() {
    }

    @Inject
    public OdooProbe(OdooClient client, OdooConnectorConfig config) {
        this(client, config, Clock.systemUTC());
    }

    /** With a clock of the caller's choosing (tests). */
    public OdooProbe(OdooClient client, OdooConnectorConfig config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    /** The last result while it is fresh, otherwise a new probe. Concurrent callers share one probe. */
    public synchronized Result check() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.checkedAt().plus(config.probeCacheTtl()))) {
            return last;
        }
        last = probe(now);
        return last;
    }

    private Result probe(Instant now) {
        String where = (config.usesSandbox() ? "The Odoo sandbox at " : "Odoo at ") + config.baseUrl();
        try {
            JsonValue answer = client.call(OdooCall.COMMON, "version", JsonValue.EMPTY_JSON_ARRAY,
                    config.probeTimeout());
            return Result.up(OdooVersion.of(answer).serverVersion(), now);
        } catch (OdooCallException e) {
            return Result.down(where + " did not answer common/version: " + e.getMessage(), now);
        } catch (OdooConfigurationException e) {
            return Result.down(e.getMessage(), now);
        } catch (IllegalArgumentException e) {
            return Result.down(where + " answered common/version without a version number: is it an Odoo server?",
                    now);
        }
    }
}
