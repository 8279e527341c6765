package dev.takt.odoo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;

/**
 * The fault-tolerant edge of the Odoo connector: every call that crosses the wire goes through one of these
 * methods, and only these carry MicroProfile Fault Tolerance annotations. Each method makes one logical call (with
 * the session's lazy login in front of it). Reads and writes of absolute values go through {@link #executeKw}
 * (retried); calls that must not run twice go through {@link #executeOnce} (never retried here).
 *
 * <p>Defaults, per method:
 * <ul>
 *   <li>{@code @Timeout} 60 s per attempt (login, version and the call itself; each HTTP request has its own,
 *       shorter timeout, {@code takt.odoo.request-timeout-ms}, default 30 s);</li>
 *   <li>{@code @Retry} on {@link OdooRetriableCallException} only, aborting on {@link OdooPermanentCallException}:
 *       3 retries (4 attempts), 200 ms apart ± 100 ms jitter;</li>
 *   <li>{@code @CircuitBreaker}: counts retriable failures and timeouts, ignores permanent ones; opens when half of
 *       the last 20 calls failed, stays open 10 s, closes after 2 successful trial calls;</li>
 *   <li>{@code @Bulkhead}: at most 16 concurrent calls to Odoo from this server.</li>
 * </ul>
 * Every parameter can be changed without a build through MicroProfile Config, e.g.
 * {@code dev.takt.odoo.OdooRpc/executeKw/Retry/maxRetries=5},
 * {@code dev.takt.odoo.OdooRpc/executeKw/CircuitBreaker/delay=30000},
 * {@code dev.takt.odoo.OdooRpc/executeKw/Bulkhead/value=32}, or for every method {@code Retry/maxRetries=…}.
 *
 * <p>Exceptions leave as they are ({@link OdooCallException}, {@link OdooRejectedException},
 * {@link OdooConfigurationException}, or Fault Tolerance's own); {@link JsonRpcOdooGateway} translates them for
 * callers.
 */
@ApplicationScoped
public class OdooRpc {

    private OdooSession session;

    /** For CDI's proxies only. */
    protected OdooRpc() {
    }

    @Inject
    public OdooRpc(OdooSession session) {
        this.session = session;
    }

    /**
     * {@code call.model().call.method()(*args, **kwargs)} through {@code execute_kw}.
     *
     * @return the result, or {@link JsonValue#NULL} when the method returned None
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = OdooRetriableCallException.class, abortOn = OdooPermanentCallException.class,
            maxRetries = 3, delay = 200, jitter = 100)
    @CircuitBreaker(failOn = {OdooRetriableCallException.class, TimeoutException.class},
            skipOn = OdooPermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 10000, successThreshold = 2)
    @Bulkhead(16)
    public JsonValue executeKw(OdooCall call) {
        call.attempt();
        return session.executeKw(call.model(), call.method(), call.args(), call.kwargs());
    }

    /**
     * {@code call.model().call.method()(*args, **kwargs)} through {@code execute_kw}, attempted <em>once</em>: for
     * calls that must not be repeated blindly ({@code create}, workflow actions, conditional writes), because a
     * retry after a lost reply would do it twice. Timeout, circuit breaker (its own) and bulkhead set as for
     * {@link #executeKw}; no {@code @Retry}. Callers that need another attempt check Odoo first (see
     * {@link OdooCommands}).
     *
     * @return the result, or {@link JsonValue#NULL} when the method returned None
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(failOn = {OdooRetriableCallException.class, TimeoutException.class},
            skipOn = OdooPermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 10000, successThreshold = 2)
    @Bulkhead(16)
    public JsonValue executeOnce(OdooCall call) {
        call.attempt();
        return session.executeKw(call.model(), call.method(), call.args(), call.kwargs());
    }

    /** The field dialect (forced by configuration, or read once with {@code common.version}). */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = OdooRetriableCallException.class, abortOn = OdooPermanentCallException.class,
            maxRetries = 3, delay = 200, jitter = 100)
    @CircuitBreaker(failOn = {OdooRetriableCallException.class, TimeoutException.class},
            skipOn = OdooPermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 10000, successThreshold = 2)
    @Bulkhead(16)
    public OdooDialect dialect(OdooCall call) {
        call.attempt();
        return session.dialect();
    }

    /** Asks Odoo for its version now ({@code common.version}): a cheap liveness check of the connection. */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = OdooRetriableCallException.class, abortOn = OdooPermanentCallException.class,
            maxRetries = 3, delay = 200, jitter = 100)
    @CircuitBreaker(failOn = {OdooRetriableCallException.class, TimeoutException.class},
            skipOn = OdooPermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 10000, successThreshold = 2)
    @Bulkhead(16)
    public OdooVersion serverVersion(OdooCall call) {
        call.attempt();
        return session.refreshVersion();
    }
}
