package dev.takt.ops;

/**
 * Every MicroProfile Config key Takt reads, in one place. Each can be set as a system property, in
 * {@code microprofile-config.properties}, or as an environment variable (upper case, dots and dashes as
 * underscores: {@code takt.odoo.url} → {@code TAKT_ODOO_URL}).
 */
public final class ConfigKeys {

    /** Base URL of Odoo (e.g. {@code https://erp.example.com}); unset = Takt's embedded sandbox. */
    public static final String ODOO_URL = "takt.odoo.url";
    /** Odoo database name. */
    public static final String ODOO_DATABASE = "takt.odoo.database";
    /** Odoo login. */
    public static final String ODOO_USERNAME = "takt.odoo.username";
    /** Odoo password (use {@link #ODOO_API_KEY} in production). */
    public static final String ODOO_PASSWORD = "takt.odoo.password";
    /** Odoo API key; takes precedence over the password. */
    public static final String ODOO_API_KEY = "takt.odoo.api-key";
    /** Connect timeout for Odoo, ISO-8601 duration or milliseconds. */
    public static final String ODOO_CONNECT_TIMEOUT_MS = "takt.odoo.connect-timeout-ms";
    /** Per-request timeout for Odoo in milliseconds. */
    public static final String ODOO_REQUEST_TIMEOUT_MS = "takt.odoo.request-timeout-ms";
    /** Records per {@code search_read} page when streaming large models. */
    public static final String ODOO_PAGE_SIZE = "takt.odoo.page-size";
    /** Records one batched read (the children of a list of parents) may return in one call. */
    public static final String ODOO_BATCH_SIZE = "takt.odoo.batch-size";
    /**
     * How far behind its high-water mark the Odoo change feed re-reads on each call, in milliseconds (rounded up to
     * whole seconds; 0 turns it off): Odoo's {@code write_date} is a transaction's start, so records can commit
     * behind the mark. Default 2000.
     */
    public static final String ODOO_CURSOR_OVERLAP_MS = "takt.odoo.cursor-overlap-ms";
    /** Force a field dialect (16, 17, 18) instead of reading {@code common.version}. */
    public static final String ODOO_VERSION_OVERRIDE = "takt.odoo.version";

    /**
     * Serve the embedded sandboxes, Odoo at {@code /sandbox/odoo/jsonrpc} and frePPLe at {@code /sandbox/frepple}
     * (default true; false in production).
     */
    public static final String SANDBOX_ENABLED = "takt.sandbox.enabled";
    /** Number of products the sandbox generator creates. */
    public static final String SANDBOX_SIZE = "takt.sandbox.size";
    /** Seed of the sandbox generator. */
    public static final String SANDBOX_SEED = "takt.sandbox.seed";
    /** Base URL Takt uses to reach its own sandbox (default {@code http://localhost:<http.port>/sandbox/odoo}). */
    public static final String SANDBOX_URL = "takt.sandbox.url";

    /**
     * Secret that signs the frePPLe sandbox's web tokens (JWT, HS256); unset = a random value chosen at each start.
     */
    public static final String SANDBOX_FREPPLE_SECRET = "takt.sandbox.frepple.secret";

    /** Which planner Takt plans with: {@code native} (default; plans pushed through GraphQL) or {@code frepple}. */
    public static final String PLANNING_ADAPTER = "takt.planning.adapter";
    /**
     * Base URL of frePPLe (e.g. {@code https://frepple.example.com}, where {@code /api/input/…} lives); unset = the
     * embedded sandbox at {@code http://localhost:<http.port>/sandbox/frepple}.
     */
    public static final String PLANNING_FREPPLE_URL = "takt.planning.frepple.url";
    /** frePPLe user for HTTP Basic authentication. */
    public static final String PLANNING_FREPPLE_USERNAME = "takt.planning.frepple.username";
    /** Password of {@link #PLANNING_FREPPLE_USERNAME}. */
    public static final String PLANNING_FREPPLE_PASSWORD = "takt.planning.frepple.password";
    /**
     * frePPLe web token (a JWT, e.g. from {@code frepplectl generatetoken <user>}), sent as
     * {@code Authorization: Bearer}; takes precedence over username and password.
     */
    public static final String PLANNING_FREPPLE_TOKEN = "takt.planning.frepple.token";
    /** Time zone frePPLe's naive date-times are in (an IANA id such as {@code Europe/Brussels}); default UTC. */
    public static final String PLANNING_FREPPLE_TIMEZONE = "takt.planning.frepple.timezone";
    /** Connect timeout for frePPLe, in milliseconds or as an ISO-8601 duration. */
    public static final String PLANNING_FREPPLE_CONNECT_TIMEOUT_MS = "takt.planning.frepple.connect-timeout-ms";
    /** Per-request timeout for frePPLe, in milliseconds or as an ISO-8601 duration. */
    public static final String PLANNING_FREPPLE_REQUEST_TIMEOUT_MS = "takt.planning.frepple.request-timeout-ms";
    /** Pause between two polls of a running frePPLe task, in milliseconds or as an ISO-8601 duration. */
    public static final String PLANNING_FREPPLE_POLL_INTERVAL_MS = "takt.planning.frepple.poll-interval-ms";

    /** How long the readiness check trusts its last Odoo probe, in milliseconds. */
    public static final String HEALTH_ODOO_CACHE_MS = "takt.health.odoo.cache-ms";
    /** Timeout of the readiness probe of Odoo, in milliseconds. */
    public static final String HEALTH_ODOO_TIMEOUT_MS = "takt.health.odoo.timeout-ms";

    /** Largest page a GraphQL connection may ask for with {@code first}. */
    public static final String GRAPHQL_MAX_PAGE_SIZE = "takt.graphql.max-page-size";
    /** Largest number of tokens a GraphQL document may have. */
    public static final String GRAPHQL_MAX_TOKENS = "takt.graphql.max-tokens";

    /**
     * How far ahead planning data may reach, in days from today (default 365): forecast buckets starting later,
     * planned orders due later and schedule proposals finishing later are rejected.
     */
    public static final String PLANNING_HORIZON_DAYS = "takt.planning.horizon-days";
    /** The time zone of planners' dates: buckets and "today" (default {@code UTC}), e.g. {@code Europe/Brussels}. */
    public static final String PLANNING_TIME_ZONE = "takt.planning.time-zone";
    /** Most lines one planning submission may carry (default 10,000); a larger one is refused as a whole. */
    public static final String PLANNING_MAX_LINES = "takt.planning.max-lines";

    /**
     * Events one GraphQL subscriber may have waiting (default 256); when a subscriber falls further behind, its
     * oldest waiting event is dropped and counted in {@code takt_subscription_events_dropped_total}.
     */
    public static final String SUBSCRIPTION_BUFFER = "takt.subscriptions.buffer";
    /** How long Takt waits for a partner's webhook endpoint to answer, in milliseconds (default 10,000). */
    public static final String PARTNER_WEBHOOK_TIMEOUT_MS = "takt.partner.webhook-timeout-ms";
    /**
     * Attempts of one webhook delivery by the direct sender (default 3: at once, after 2 s, after 10 s) before it is
     * given up and logged; retried only for 408, 429, 5xx and connection failures.
     */
    public static final String PARTNER_WEBHOOK_ATTEMPTS = "takt.partner.webhook-attempts";

    /** The HTTP port of this server (Liberty's {@code http.port} variable). */
    public static final String HTTP_PORT = "http.port";

    private ConfigKeys() {
    }
}
