package dev.takt.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One logical Odoo call as the gateway asks for it: {@code model.method(*args, **kwargs)} over {@code execute_kw},
 * or a {@code common} service method. It counts its attempts: Fault Tolerance invokes {@link OdooRpc} again with
 * the same object on every retry, so the count tells the administrator how many times Odoo was tried.
 */
public final class OdooCall {

    static final String COMMON = "common";

    private final String model;
    private final String method;
    private final JsonArray args;
    private final JsonObject kwargs;
    private final AtomicInteger attempts = new AtomicInteger();

    private OdooCall(String model, String method, JsonArray args, JsonObject kwargs) {
        this.model = Objects.requireNonNull(model, "model");
        this.method = Objects.requireNonNull(method, "method");
        this.args = args == null ? JsonValue.EMPTY_JSON_ARRAY : args;
        this.kwargs = kwargs == null ? JsonValue.EMPTY_JSON_OBJECT : kwargs;
    }

    /** {@code model.method(*args, **kwargs)} through {@code object.execute_kw}. */
    public static OdooCall of(String model, String method, JsonArray args, JsonObject kwargs) {
        return new OdooCall(model, method, args, kwargs);
    }

    /** A method of the {@code common} service, such as {@code version}. */
    public static OdooCall common(String method) {
        return new OdooCall(COMMON, method, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT);
    }

    public String model() {
        return model;
    }

    public String method() {
        return method;
    }

    public JsonArray args() {
        return args;
    }

    public JsonObject kwargs() {
        return kwargs;
    }

    /** {@code model/method}, as administrators read it in messages. */
    public String label() {
        return model + "/" + method;
    }

    /** How many times the call has been attempted so far. */
    public int attempts() {
        return attempts.get();
    }

    /** Counts one more attempt; returns the new count. */
    int attempt() {
        return attempts.incrementAndGet();
    }

    @Override
    public String toString() {
        return label() + " (" + attempts() + " attempts)";
    }
}
