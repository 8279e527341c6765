package dev.takt.planning.frepple;

import dev.takt.ops.ConfigKeys;
import dev.takt.ops.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the frePPLe connector connects and how: read from MicroProfile Config once.
 *
 * <ul>
 *   <li>{@value ConfigKeys#PLANNING_ADAPTER}: {@code native} (default) or {@code frepple}; anything else is refused
 *       at start.</li>
 *   <li>{@value ConfigKeys#PLANNING_FREPPLE_URL}: frePPLe's base URL (the part before {@code /api/input/…}). Unset:
 *       Takt's embedded sandbox at {@code http://localhost:<http.port>/sandbox/frepple}, with the sandbox's
 *       fixture login ({@code admin}/{@code admin}) unless a token is configured.</li>
 *   <li>Authentication: {@value ConfigKeys#PLANNING_FREPPLE_TOKEN} (a frePPLe web token, sent as
 *       {@code Authorization: Bearer}) wins; otherwise {@value ConfigKeys#PLANNING_FREPPLE_USERNAME} and
 *       {@value ConfigKeys#PLANNING_FREPPLE_PASSWORD} (HTTP Basic). With a real URL and neither, the first call fails
 *       naming the keys to set.</li>
 *   <li>{@value ConfigKeys#PLANNING_FREPPLE_TIMEZONE}: the zone of frePPLe's naive date-times (default UTC).</li>
 *   <li>{@value ConfigKeys#PLANNING_FREPPLE_CONNECT_TIMEOUT_MS}, {@value ConfigKeys#PLANNING_FREPPLE_REQUEST_TIMEOUT_MS},
 *       {@value ConfigKeys#PLANNING_FREPPLE_POLL_INTERVAL_MS}: milliseconds or ISO-8601 durations.</li>
 * </ul>
 * Malformed values (an unknown adapter, zone, URL or a bad number) are reported when the configuration is read,
 * naming the key.
 */
@ApplicationScoped
public class FreppleConnectorConfig {

    /** Which planner Takt plans with. */
    public enum Adapter {
        /** Plans pushed by partner systems through GraphQL and stored by Takt. */
        NATIVE,
        /** frePPLe, through its REST API. */
        FREPPLE
    }

    /** Connect timeout unless configured. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Per-request timeout unless configured: frePPLe answers a list of a few thousand records in seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Pause between two polls of a running task unless configured. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    static final String SANDBOX_USERNAME = "admin";
    static final String SANDBOX_PASSWORD = "admin";
    static final int DEFAULT_HTTP_PORT = 9080;

    private Adapter adapter;
    private String baseUrl;
    private URI baseUri;
    private boolean sandbox;
    private String configurationProblem;
    private String authorization;
    private String authDescription;
    private ZoneId timeZone;
    private Duration connectTimeout;
    private Duration requestTimeout;
    private Duration pollInterval;

    /** For CDI's proxies only. */
    protected FreppleConnectorConfig() {
    }

    /** Reads MicroProfile Config. */
    @Inject
    public FreppleConnectorConfig(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    /** For tests and tools: settings from a map (keys as in {@link ConfigKeys}). */
    public FreppleConnectorConfig(Map<String, String> settings) {
        this(key -> Optional.ofNullable(settings.get(key)).filter(v -> !v.isBlank()));
    }

    /**
     * Reads every setting from {@code settings}.
     *
     * @throws FreppleConfigurationException when a value is malformed, naming the key
     */
    public FreppleConnectorConfig(Function<String, Optional<String>> lookup) {
        Settings settings = new Settings(lookup, FreppleConfigurationException::new);
        String adapterName = lookup.apply(ConfigKeys.PLANNING_ADAPTER).map(String::trim).orElse("native");
        try {
            this.adapter = Adapter.valueOf(adapterName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FreppleConfigurationException(ConfigKeys.PLANNING_ADAPTER + " must be 'native' or 'frepple', got '"
                    + adapterName + "'");
        }
        Optional<String> url = lookup.apply(ConfigKeys.PLANNING_FREPPLE_URL).map(String::trim);
        Optional<String> token = lookup.apply(ConfigKeys.PLANNING_FREPPLE_TOKEN).map(String::trim);
        Optional<String> username = lookup.apply(ConfigKeys.PLANNING_FREPPLE_USERNAME);
        Optional<String> password = lookup.apply(ConfigKeys.PLANNING_FREPPLE_PASSWORD);
        this.sandbox = url.isEmpty();
        if (sandbox) {
            boolean enabled = lookup.apply(ConfigKeys.SANDBOX_ENABLED).map(Boolean::parseBoolean).orElse(true);
            if (!enabled) {
                configurationProblem = "frePPLe is not configured: set " + ConfigKeys.PLANNING_FREPPLE_URL
                        + " (the embedded sandbox is disabled by " + ConfigKeys.SANDBOX_ENABLED + "=false)";
            }
            int port = settings.integer(ConfigKeys.HTTP_PORT, DEFAULT_HTTP_PORT);
            this.baseUrl = "http://localhost:" + port + "/sandbox/frepple";
            if (token.isEmpty()) {
                basic(username.orElse(SANDBOX_USERNAME), password.orElse(SANDBOX_PASSWORD),
                        username.isEmpty() ? "the sandbox's fixture login" : ConfigKeys.PLANNING_FREPPLE_USERNAME);
            }
        } else {
            this.baseUrl = Settings.trimSlash(url.get());
            if (token.isEmpty() && (username.isEmpty() || password.isEmpty())) {
                configurationProblem = "frePPLe at " + baseUrl + " is not fully configured: set "
                        + ConfigKeys.PLANNING_FREPPLE_TOKEN + " (or " + ConfigKeys.PLANNING_FREPPLE_USERNAME + " and "
                        + ConfigKeys.PLANNING_FREPPLE_PASSWORD + ")";
            } else if (token.isEmpty()) {
                basic(username.get(), password.get(), ConfigKeys.PLANNING_FREPPLE_USERNAME);
            }
        }
        if (token.isPresent()) {
            this.authorization = "Bearer " + token.get();
            this.authDescription = "the web token of " + ConfigKeys.PLANNING_FREPPLE_TOKEN;
        }
        this.baseUri = settings.httpUrl(sandbox ? ConfigKeys.HTTP_PORT : ConfigKeys.PLANNING_FREPPLE_URL, baseUrl);
        String zone = lookup.apply(ConfigKeys.PLANNING_FREPPLE_TIMEZONE).map(String::trim).orElse("UTC");
        try {
            this.timeZone = zone.equalsIgnoreCase("UTC") ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new FreppleConfigurationException(ConfigKeys.PLANNING_FREPPLE_TIMEZONE
                    + " must be a time zone such as UTC or Europe/Brussels, got '" + zone + "'");
        }
        this.connectTimeout = settings.duration(ConfigKeys.PLANNING_FREPPLE_CONNECT_TIMEOUT_MS,
                DEFAULT_CONNECT_TIMEOUT);
        this.requestTimeout = settings.duration(ConfigKeys.PLANNING_FREPPLE_REQUEST_TIMEOUT_MS,
                DEFAULT_REQUEST_TIMEOUT);
        this.pollInterval = settings.duration(ConfigKeys.PLANNING_FREPPLE_POLL_INTERVAL_MS, DEFAULT_POLL_INTERVAL);
    }

    private void basic(String user, String secret, String source) {
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        this.authDescription = "user '" + user + "' (from " + source + ")";
    }

    /** The planner Takt plans with. */
    public Adapter adapter() {
        return adapter;
    }

    /** True when {@value ConfigKeys#PLANNING_ADAPTER} is {@code frepple}. */
    public boolean usesFrepple() {
        return adapter == Adapter.FREPPLE;
    }

    /** True when {@value ConfigKeys#PLANNING_FREPPLE_URL} is unset and Takt talks to its embedded sandbox. */
    public boolean usesSandbox() {
        return sandbox;
    }

    /**
     * frePPLe's base URL, without a trailing slash.
     *
     * @throws FreppleConfigurationException when neither frePPLe nor the sandbox is usable
     */
    public URI baseUri() {
        check();
        return baseUri;
    }

    /**
     * The {@code Authorization} header to send.
     *
     * @throws FreppleConfigurationException naming the missing keys
     */
    public String authorization() {
        check();
        return authorization;
    }

    /** Whether the configured credentials are a web token (else HTTP Basic). */
    public boolean usesToken() {
        return authorization != null && authorization.startsWith("Bearer ");
    }

    /** The zone frePPLe's naive date-times are in. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** How long to wait for a TCP (and TLS) connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for the answer to one request. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Pause between two polls of a running task. */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** Where Takt connects, for logs: the URL and who it authenticates as, never a secret. */
    public String describe() {
        return (sandbox ? "embedded frePPLe sandbox at " : "frePPLe at ") + baseUrl
                + (authDescription == null ? "" : " as " + authDescription);
    }

    private void check() {
        if (configurationProblem != null) {
            throw new FreppleConfigurationException(configurationProblem);
        }
    }




}
