package dev.takt.odoo;

import dev.takt.domain.Entity;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The calls the connector's port implementations share: each goes through the fault-tolerant {@link OdooRpc}, and
 * how it failed is translated into the ports' terms ({@link OdooUnavailableException},
 * {@link OdooOutcomeUnknownException}, {@link OdooRejectedException}). Messages are for an administrator: which
 * connector, which call, what happened; never a Java class name.
 */
final class OdooCalls {

    private final OdooRpc rpc;
    private final OdooConnectorConfig config;

    OdooCalls(OdooRpc rpc, OdooConnectorConfig config) {
        this.rpc = rpc;
        this.config = config;
    }

    OdooConnectorConfig config() {
        return config;
    }

    /** The field dialect of the Odoo connected to. */
    OdooDialect dialect() {
        OdooCall call = OdooCall.common("version");
        return invoke(call, () -> rpc.dialect(call), false);
    }

    /** The mapping of an entity in the dialect of the Odoo connected to. */
    <T extends Record> OdooModelMapping<T> mapping(Entity<T> entity) {
        return OdooRecordMapper.of(dialect()).mapping(entity);
    }

    /** Odoo's version, asked now. */
    OdooVersion serverVersion() {
        OdooCall call = OdooCall.common("version");
        return invoke(call, () -> rpc.serverVersion(call), false);
    }

    /** A call that may be retried: reads, and writes of absolute values. */
    JsonValue execute(String model, String method, JsonArray args, Map<String, ?> kwargs) {
        OdooCall call = OdooCall.of(model, method, args, OdooJson.toJson(kwargs).asJsonObject());
        return invoke(call, () -> rpc.executeKw(call), false);
    }

    /**
     * A call made once: a failure after which Odoo may have carried it out is an
     * {@link OdooOutcomeUnknownException}.
     */
    JsonValue executeOnce(String model, String method, JsonArray args, Map<String, ?> kwargs) {
        OdooCall call = OdooCall.of(model, method, args, OdooJson.toJson(kwargs).asJsonObject());
        return invoke(call, () -> rpc.executeOnce(call), true);
    }

    /**
     * {@code search_read}: the Odoo fields, at most {@code limit} records (0 for all), in {@code order}.
     *
     * @param withArchived also archived records ({@code active_test=false})
     */
    JsonArray searchRead(String model, JsonArray domain, List<String> fields, int limit, String order,
            boolean withArchived) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("fields", fields);
        if (limit > 0) {
            kwargs.put("limit", limit);
        }
        kwargs.put("order", order);
        if (withArchived) {
            kwargs.put("context", Map.of("active_test", false));
        }
        return asArray(execute(model, "search_read", OdooJson.array(domain), kwargs), model + "/search_read");
    }

    /** {@code read} of records by id (archived ones included), by id; ids that do not exist are absent. */
    Map<Long, JsonObject> read(String model, Collection<Long> ids, List<String> fields) {
        Map<String, Object> kwargs = Map.of("fields", fields, "context", Map.of("active_test", false));
        JsonArray rows = asArray(execute(model, "read", OdooJson.array(List.copyOf(ids)), kwargs), model + "/read");
        Map<Long, JsonObject> byId = new HashMap<>();
        for (JsonValue row : rows) {
            byId.put(row.asJsonObject().getJsonNumber("id").longValue(), row.asJsonObject());
        }
        return byId;
    }

    /** {@code search_count}. */
    long searchCount(String model, JsonArray domain) {
        JsonValue result = execute(model, "search_count", OdooJson.array(domain), Map.of());
        if (result instanceof JsonNumber count) {
            return count.longValue();
        }
        throw new OdooRejectedException("Odoo answered " + model + "/search_count with " + abbreviate(result)
                + " instead of a count", null, false);
    }

    static JsonArray asArray(JsonValue result, String label) {
        if (result instanceof JsonArray rows) {
            return rows;
        }
        throw new OdooRejectedException("Odoo answered " + label + " with " + abbreviate(result)
                + " instead of a list of records", null, false);
    }

    static String abbreviate(JsonValue value) {
        String text = String.valueOf(value);
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    /** Where Odoo is, for messages. */
    String odoo() {
        return (config.usesSandbox() ? "The Odoo sandbox at " : "Odoo at ") + config.baseUrl();
    }

    /**
     * Runs one call through the fault-tolerant adapter and translates how it failed into the ports' terms.
     *
     * @param once true for a call made once: a failure after which Odoo may have carried it out becomes an
     *             {@link OdooOutcomeUnknownException}
     */
    private <R> R invoke(OdooCall call, Supplier<R> action, boolean once) {
        try {
            return action.get();
        } catch (OdooRetriableCallException e) {
            if (once && e.outcomeUnknown()) {
                throw new OdooOutcomeUnknownException(odoo() + " may or may not have carried out " + call.label()
                        + ": " + e.getMessage(), e);
            }
            throw new OdooUnavailableException(odoo() + " did not answer " + call.label() + ": " + e.getMessage()
                    + attempts(call), e);
        } catch (OdooPermanentCallException e) {
            throw new OdooRejectedException(e.getMessage(), e.odooErrorName(),
                    OdooErrorClassifier.isAccessDenied(e.odooErrorName()));
        } catch (CircuitBreakerOpenException e) {
            throw new OdooUnavailableException(odoo() + " was not called for " + call.label()
                    + ": circuit open after repeated failures; calls resume by themselves after a pause", e);
        } catch (BulkheadException e) {
            throw new OdooUnavailableException(odoo() + " was not called for " + call.label()
                    + ": too many Odoo calls in progress from this server (bulkhead full)", e);
        } catch (TimeoutException e) {
            if (once) {
                throw new OdooOutcomeUnknownException(odoo() + " did not answer " + call.label()
                        + " in time; it may or may not have carried it out", e);
            }
            throw new OdooUnavailableException(odoo() + " did not answer " + call.label() + " in time"
                    + attempts(call), e);
        } catch (FaultToleranceException e) {
            throw new OdooUnavailableException(odoo() + " could not be called for " + call.label()
                    + attempts(call), e);
        }
    }

    private static String attempts(OdooCall call) {
        return call.attempts() > 1 ? " after " + call.attempts() + " attempts" : "";
    }
}
