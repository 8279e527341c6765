package dev.takt.odoo;

import dev.takt.odoo.OdooConnectorConfig.Credentials;
import dev.takt.odoo.OdooErrorClassifier.Classification;
import dev.takt.ops.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.logging.Logger;

/**
 * Takt's login to Odoo, shared by every call: the server version (read lazily with {@code common.version}, giving
 * the {@link OdooDialect} unless {@value ConfigKeys#ODOO_VERSION_OVERRIDE} forces one) and the user id (read lazily
 * with {@code common.authenticate}).
 *
 * <p>A {@code false} from {@code authenticate} is Odoo's way of refusing a login; it becomes an
 * {@link OdooRejectedException} naming the user and database, not a crash. When {@code execute_kw} answers
 * {@code AccessDenied} after a login that had worked (a rotated API key, a changed password), the session logs in
 * again once and repeats the call once.
 *
 * <p>No retries or timeouts beyond the HTTP ones here: {@link OdooRpc} adds them around each call.
 */
@ApplicationScoped
public class OdooSession {

    private static final Logger LOG = Logger.getLogger(OdooSession.class.getName());

    private OdooConnectorConfig config;
    private OdooClient client;
    private final Object loginLock = new Object();
    private volatile OdooVersion version;
    private volatile Integer uid;

    /** For CDI's proxies only. */
    protected OdooSession() {
    }

    @Inject
    public OdooSession(OdooConnectorConfig config, OdooClient client) {
        this.config = config;
        this.client = client;
    }

    /** The field dialect: forced by configuration, or that of the server's version. */
    public OdooDialect dialect() {
        return config.dialectOverride().orElseGet(() -> version().dialect());
    }

    /** The server's version, asked once and then remembered. */
    public OdooVersion version() {
        OdooVersion known = version;
        return known != null ? known : refreshVersion();
    }

    /** Asks Odoo for its version now (a liveness probe) and remembers the answer. */
    public OdooVersion refreshVersion() {
        JsonValue result = client.call(OdooCall.COMMON, "version", JsonValue.EMPTY_JSON_ARRAY);
        try {
            OdooVersion fresh = OdooVersion.of(result);
            version = fresh;
            return fresh;
        } catch (IllegalArgumentException e) {
            throw OdooCallException.of(Classification.PERMANENT, "Odoo at " + config.baseUrl()
                    + " answered common/version without a version number: is it an Odoo server?", null, 200,
                    OdooCall.COMMON, "version", e);
        }
    }

    /** Takt's Odoo user id, logging in first if needed. */
    public int uid() {
        Integer known = uid;
        return known != null ? known : authenticate(null);
    }

    /**
     * Runs {@code model.method(*args, **kwargs)} as Takt's user.
     *
     * @return the result, {@link JsonValue#NULL} for Odoo's None
     * @throws OdooRejectedException      when Odoo refuses the login
     * @throws OdooCallException          when the call fails
     * @throws OdooConfigurationException when the login is not configured
     */
    public JsonValue executeKw(String model, String method, JsonArray args, JsonObject kwargs) {
        Integer known = uid;
        int current = known != null ? known : authenticate(null);
        try {
            return execute(current, model, method, args, kwargs);
        } catch (OdooPermanentCallException e) {
            if (known == null || !OdooErrorClassifier.ACCESS_DENIED.equals(e.odooErrorName())) {
                throw e; // a login made just now that is already refused will not do better a second time
            }
            LOG.info(() -> "Odoo refused the login that worked before (" + config.describe()
                    + "); logging in again once");
            int fresh = authenticate(current);
            return execute(fresh, model, method, args, kwargs);
        }
    }

    /** Forgets the user id, so that the next call logs in again. */
    public void logout() {
        uid = null;
    }

    private JsonValue execute(int userId, String model, String method, JsonArray args, JsonObject kwargs) {
        Credentials login = config.credentials();
        JsonArray envelope = OdooJson.JSON.createArrayBuilder()
                .add(login.database()).add(userId).add(login.secret())
                .add(model).add(method).add(args).add(kwargs)
                .build();
        return client.call("object", "execute_kw", envelope);
    }

    /**
     * Logs in, unless another thread already did since {@code staleUid} was read.
     *
     * @param staleUid the user id that failed, or null for a first login
     */
    private int authenticate(Integer staleUid) {
        synchronized (loginLock) {
            Integer known = uid;
            if (known != null && !known.equals(staleUid)) {
                return known;
            }
            uid = null;
            Credentials login = config.credentials();
            JsonValue result;
            try {
                result = client.call(OdooCall.COMMON, "authenticate", OdooJson.array(login.database(),
                        login.username(), login.secret(), Map.of()));
            } catch (OdooPermanentCallException e) {
                if (OdooErrorClassifier.isUnknownDatabase(e.odooErrorName(), e.getMessage())) {
                    throw OdooCallException.of(Classification.PERMANENT, "Odoo at " + config.baseUrl()
                            + " has no database '" + login.database() + "': check " + ConfigKeys.ODOO_DATABASE,
                            e.odooErrorName(), e.httpStatus(), e.model(), e.method(), e);
                }
                throw e;
            }
            if (result instanceof JsonNumber number && number.intValue() > 0) {
                int fresh = number.intValue();
                uid = fresh;
                LOG.info(() -> "Logged in to " + config.describe() + " (uid " + fresh + ")");
                return fresh;
            }
            if (result == JsonValue.FALSE || result == JsonValue.NULL) {
                throw new OdooRejectedException("Odoo refused the login of user '" + login.username()
                        + "' on database '" + login.database() + "': wrong login, password or API key",
                        OdooErrorClassifier.ACCESS_DENIED, true);
            }
            throw OdooCallException.of(Classification.PERMANENT, "Odoo answered common/authenticate with "
                    + result + " instead of a user id", null, 200, OdooCall.COMMON, "authenticate", null);
        }
    }
}
