package dev.takt.planning.frepple;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The fault-tolerant edge of the frePPLe connector: every call that crosses the wire to frePPLe goes through one of
 * these methods, and only these carry MicroProfile Fault Tolerance annotations. Each method is one
 * {@link FreppleClient} call.
 *
 * <p>Defaults, per method:
 * <ul>
 *   <li>{@code @Timeout} 90 s per attempt (each HTTP request has its own, shorter timeout,
 *       {@code takt.planning.frepple.request-timeout-ms}, default 60 s);</li>
 *   <li>{@code @Retry} on {@link FreppleRetriableCallException} only, aborting on
 *       {@link FrepplePermanentCallException}: 3 retries (4 attempts), 500 ms apart ± 250 ms jitter. Every write is
 *       safe to repeat: frePPLe's POST upserts by primary key, PATCH and PUT set values, a repeated delete answers
 *       "not there" ({@link FreppleClient#delete} returns false), and a repeated plan launch plans twice;</li>
 *   <li>{@code @CircuitBreaker}: counts retriable failures and timeouts, ignores permanent ones; opens when half of
 *       the last 20 calls failed, stays open 15 s, closes after 2 successful trial calls;</li>
 *   <li>{@code @Bulkhead}: at most 8 concurrent calls to frePPLe from this server (frePPLe's web server is
 *       small).</li>
 * </ul>
 * Every parameter can be changed without a build through MicroProfile Config, e.g.
 * {@code dev.takt.planning.frepple.FreppleRpc/list/Retry/maxRetries=5}, or for every method
 * {@code dev.takt.planning.frepple.FreppleRpc/Retry/maxRetries=5}. Waiting for a plan is the caller's loop over
 * {@link #task(long)} (each poll retried on its own), not one long call.
 */
@ApplicationScoped
public class FreppleRpc {

    private FreppleClient client;

    /** For CDI's proxies only. */
    protected FreppleRpc() {
    }

    /** Calls frePPLe through {@code client}. */
    @Inject
    public FreppleRpc(FreppleClient client) {
        this.client = client;
    }

    /** {@link FreppleClient#list}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public JsonArray list(String entity, Map<String, String> filters) {
        return client.list(entity, filters);
    }

    /** {@link FreppleClient#get}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public Optional<JsonObject> get(String entity, String key) {
        return client.get(entity, key);
    }

    /** {@link FreppleClient#post(String, JsonObject)}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public JsonObject post(String entity, JsonObject record) {
        return client.post(entity, record);
    }

    /** {@link FreppleClient#post(String, JsonArray)}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public JsonArray postAll(String entity, JsonArray records) {
        return client.post(entity, records);
    }

    /** {@link FreppleClient#patch(String, String, JsonObject)}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public JsonObject patch(String entity, String key, JsonObject changes) {
        return client.patch(entity, key, changes);
    }

    /** {@link FreppleClient#patch(String, JsonArray)}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public JsonArray patchAll(String entity, JsonArray changes) {
        return client.patch(entity, changes);
    }

    /** {@link FreppleClient#put}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public JsonObject put(String entity, String key, JsonObject record) {
        return client.put(entity, key, record);
    }

    /** {@link FreppleClient#delete}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public boolean delete(String entity, String key) {
        return client.delete(entity, key);
    }

    /** {@link FreppleClient#deleteWhere}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public void deleteWhere(String entity, Map<String, String> filters) {
        client.deleteWhere(entity, filters);
    }

    /** {@link FreppleClient#launchPlan}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public long launchPlan(Map<String, String> options) {
        return client.launchPlan(options);
    }

    /** {@link FreppleClient#task}. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(retryOn = FreppleRetriableCallException.class, abortOn = FrepplePermanentCallException.class,
            maxRetries = 3, delay = 500, jitter = 250)
    @CircuitBreaker(failOn = {FreppleRetriableCallException.class, TimeoutException.class},
            skipOn = FrepplePermanentCallException.class, requestVolumeThreshold = 20, failureRatio = 0.5,
            delay = 15000, successThreshold = 2)
    @Bulkhead(8)
    public FreppleTask task(long id) {
        return client.task(id);
    }
}
