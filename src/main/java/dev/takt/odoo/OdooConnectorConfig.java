package dev.takt.odoo;

import dev.takt.ops.ConfigKeys;
import dev.takt.ops.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the Odoo connector connects and how: read from MicroProfile Config once.
 *
 * <p>With {@value ConfigKeys#ODOO_URL} set, Takt talks to that Odoo (16, 17 or 18) and needs
 * {@value ConfigKeys#ODOO_DATABASE}, {@value ConfigKeys#ODOO_USERNAME} and a secret:
 * {@value ConfigKeys#ODOO_API_KEY} or, failing that, {@value ConfigKeys#ODOO_PASSWORD}. A missing one is reported
 * at first use ({@link #credentials()}), naming the missing keys. With {@value ConfigKeys#ODOO_URL} unset, Takt
 * talks to its own embedded sandbox at {@value ConfigKeys#SANDBOX_URL} (default
 * {@code http://localhost:<http.port>/sandbox/odoo}) with the sandbox's fixture login (database {@code mfg}, user
 * {@code admin}, password {@code admin}), which is never used for a real Odoo.
 *
 * <p>The JSON-RPC endpoint is the base URL plus {@code /jsonrpc}.
 */
@ApplicationScoped
public class OdooConnectorConfig {

    /** Records per {@code search_read} page unless {@value ConfigKeys#ODOO_PAGE_SIZE} says otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 500;
    /** Records one batched read may return unless {@value ConfigKeys#ODOO_BATCH_SIZE} says otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 20_000;
    /** Connect timeout unless {@value ConfigKeys#ODOO_CONNECT_TIMEOUT_MS} says otherwise. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /**
     * Per-request timeout unless {@value ConfigKeys#ODOO_REQUEST_TIMEOUT_MS} says otherwise: well under Odoo's own
     * {@code limit_time_real} (120 s), well over a page read (a 500-record page with few fields takes about 1 s).
     */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Overlap of the change feed unless {@value ConfigKeys#ODOO_CURSOR_OVERLAP_MS} says otherwise. */
    public static final Duration DEFAULT_CURSOR_OVERLAP = Duration.ofSeconds(2);
    /** Readiness probe timeout unless {@value ConfigKeys#HEALTH_ODOO_TIMEOUT_MS} says otherwise. */
    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** How long a probe result is trusted unless {@value ConfigKeys#HEALTH_ODOO_CACHE_MS} says otherwise. */
    public static final Duration DEFAULT_PROBE_CACHE = Duration.ofSeconds(10);

    static final String SANDBOX_DATABASE = "mfg";
    static final String SANDBOX_USERNAME = "admin";
    static final String SANDBOX_PASSWORD = "admin";
    static final int DEFAULT_HTTP_PORT = 9080;

    /**
     * The login Takt presents to Odoo.
     *
     * @param database  the Odoo database
     * @param username  the login
     * @param secret    the API key or password
     * @param secretKey the configuration key the secret came from (for messages; never the secret itself)
     */
    public record Credentials(String database, String username, String secret, String secretKey) {
        @Override
        public String toString() {
            return "Credentials[database=" + database + ", username=" + username + ", secret from " + secretKey + "]";
        }
    }

    private String baseUrl;
    private URI endpoint;
    private boolean sandbox;
    private String configurationProblem;
    private Credentials credentials;
    private List<String> missingKeys;
    private Duration connectTimeout;
    private Duration requestTimeout;
    private int pageSize;
    private int batchSize;
    private String versionOverride;
    private Duration probeTimeout;
    private Duration probeCacheTtl;
    private Duration cursorOverlap;

    /** For CDI's proxies only. */
    protected OdooConnectorConfig() {
    }

    /** Reads MicroProfile Config. */
    @Inject
    public OdooConnectorConfig(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    /** For tests and tools: settings from a map (keys as in {@link ConfigKeys}). */
    public OdooConnectorConfig(Map<String, String> settings) {
        this(key -> Optional.ofNullable(settings.get(key)).filter(v -> !v.isBlank()));
    }

    /**
     * Reads every setting from {@code settings}.
     *
     * @throws OdooConfigurationException when a number or duration is malformed, naming the key
     */
    public OdooConnectorConfig(Function<String, Optional<String>> lookup) {
        Settings settings = new Settings(lookup, OdooConfigurationException::new);
        Optional<String> url = lookup.apply(ConfigKeys.ODOO_URL).map(String::trim);
        this.sandbox = url.isEmpty();
        if (sandbox) {
            Optional<String> sandboxUrl = lookup.apply(ConfigKeys.SANDBOX_URL).map(String::trim);
            boolean sandboxEnabled = lookup.apply(ConfigKeys.SANDBOX_ENABLED).map(Boolean::parseBoolean)
                    .orElse(true);
            if (sandboxUrl.isEmpty() && !sandboxEnabled) {
                this.configurationProblem = "Odoo is not configured: set " + ConfigKeys.ODOO_URL
                        + " (the embedded sandbox is disabled by " + ConfigKeys.SANDBOX_ENABLED + "=false)";
            }
            int port = settings.integer(ConfigKeys.HTTP_PORT, DEFAULT_HTTP_PORT);
            this.baseUrl = Settings.trimSlash(sandboxUrl.orElse("http://localhost:" + port + "/sandbox/odoo"));
            this.credentials = new Credentials(SANDBOX_DATABASE, SANDBOX_USERNAME, SANDBOX_PASSWORD,
                    "the sandbox's fixture login");
            this.missingKeys = List.of();
        } else {
            this.baseUrl = Settings.trimSlash(url.get());
            Optional<String> database = lookup.apply(ConfigKeys.ODOO_DATABASE);
            Optional<String> username = lookup.apply(ConfigKeys.ODOO_USERNAME);
            Optional<String> apiKey = lookup.apply(ConfigKeys.ODOO_API_KEY);
            Optional<String> password = lookup.apply(ConfigKeys.ODOO_PASSWORD);
            List<String> missing = new ArrayList<>();
            if (database.isEmpty()) {
                missing.add(ConfigKeys.ODOO_DATABASE);
            }
            if (username.isEmpty()) {
                missing.add(ConfigKeys.ODOO_USERNAME);
            }
            if (apiKey.isEmpty() && password.isEmpty()) {
                missing.add(ConfigKeys.ODOO_API_KEY + " (or " + ConfigKeys.ODOO_PASSWORD + ")");
            }
            this.missingKeys = List.copyOf(missing);
            if (missing.isEmpty()) {
                this.credentials = apiKey.isPresent()
                        ? new Credentials(database.get(), username.get(), apiKey.get(), ConfigKeys.ODOO_API_KEY)
                        : new Credentials(database.get(), username.get(), password.get(), ConfigKeys.ODOO_PASSWORD);
            }
        }
        if (configurationProblem == null) {
            settings.httpUrl(sandbox ? ConfigKeys.SANDBOX_URL : ConfigKeys.ODOO_URL, baseUrl);
            this.endpoint = URI.create(baseUrl.endsWith("/jsonrpc") ? baseUrl : baseUrl + "/jsonrpc");
        }
        this.connectTimeout = settings.duration(ConfigKeys.ODOO_CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT);
        this.requestTimeout = settings.duration(ConfigKeys.ODOO_REQUEST_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT);
        this.pageSize = settings.integer(ConfigKeys.ODOO_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        if (pageSize < 1) {
            throw new OdooConfigurationException(ConfigKeys.ODOO_PAGE_SIZE + " must be at least 1, got " + pageSize);
        }
        this.batchSize = settings.integer(ConfigKeys.ODOO_BATCH_SIZE, DEFAULT_BATCH_SIZE);
        if (batchSize < 1) {
            throw new OdooConfigurationException(ConfigKeys.ODOO_BATCH_SIZE + " must be at least 1, got "
                    + batchSize);
        }
        this.versionOverride = lookup.apply(ConfigKeys.ODOO_VERSION_OVERRIDE).map(String::trim).orElse(null);
        if (versionOverride != null) {
            OdooDialect.parse(versionOverride, ConfigKeys.ODOO_VERSION_OVERRIDE);
        }
        this.probeTimeout = settings.duration(ConfigKeys.HEALTH_ODOO_TIMEOUT_MS, DEFAULT_PROBE_TIMEOUT);
        this.probeCacheTtl = settings.duration(ConfigKeys.HEALTH_ODOO_CACHE_MS, DEFAULT_PROBE_CACHE);
        this.cursorOverlap = settings.text(ConfigKeys.ODOO_CURSOR_OVERLAP_MS).filter("0"::equals)
                .map(zero -> Duration.ZERO)
                .orElseGet(() -> settings.duration(ConfigKeys.ODOO_CURSOR_OVERLAP_MS, DEFAULT_CURSOR_OVERLAP));
    }

    /** The base URL of Odoo (no trailing slash), for messages. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The JSON-RPC endpoint, base URL + {@code /jsonrpc}.
     *
     * @throws OdooConfigurationException when neither Odoo nor the sandbox is configured
     */
    public URI jsonRpcEndpoint() {
        if (configurationProblem != null) {
            throw new OdooConfigurationException(configurationProblem);
        }
        return endpoint;
    }

    /** True when {@value ConfigKeys#ODOO_URL} is unset and Takt talks to its embedded sandbox. */
    public boolean usesSandbox() {
        return sandbox;
    }

    /**
     * The login to present.
     *
     * @throws OdooConfigurationException naming every missing key, when a real Odoo is configured without them
     */
    public Credentials credentials() {
        if (configurationProblem != null) {
            throw new OdooConfigurationException(configurationProblem);
        }
        if (!missingKeys.isEmpty()) {
            throw new OdooConfigurationException("Odoo at " + baseUrl + " is not fully configured: set "
                    + String.join(", ", missingKeys));
        }
        return credentials;
    }

    /** How long to wait for a TCP (and TLS) connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for the answer to one request. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Records per {@code search_read} page when streaming a large model. */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Records one {@code search_read} may return for a bounded batch (the children or references of one list of
     * parents), so that a nested level costs one call; larger batches continue in further pages.
     */
    public int batchSize() {
        return batchSize;
    }

    /** The field dialect forced by {@value ConfigKeys#ODOO_VERSION_OVERRIDE}, if any. */
    public Optional<OdooDialect> dialectOverride() {
        return Optional.ofNullable(versionOverride)
                .map(v -> OdooDialect.parse(v, ConfigKeys.ODOO_VERSION_OVERRIDE));
    }

    /** Timeout of the readiness probe. */
    public Duration probeTimeout() {
        return probeTimeout;
    }

    /** How long a readiness probe result is trusted. */
    public Duration probeCacheTtl() {
        return probeCacheTtl;
    }

    /**
     * How far behind its high-water mark the change feed re-reads (zero: not at all); see
     * {@link OdooChangeFeed}.
     */
    public Duration cursorOverlap() {
        return cursorOverlap;
    }

    /** Where Takt connects, for logs: the URL, database and user, never the secret. */
    public String describe() {
        String who = credentials != null
                ? " database '" + credentials.database() + "' as '" + credentials.username() + "'"
                : "";
        return (sandbox ? "embedded sandbox at " : "Odoo at ") + baseUrl + who;
    }




}
