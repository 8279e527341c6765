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

    // --- Execution feedback (Odoo -> planner), docs/feedback.md ---
    /** How often the persistent timer polls Odoo's changes, in milliseconds (default 30,000). */
    public static final String FEEDBACK_INTERVAL_MS = "takt.feedback.interval-ms";
    /** Records read per page of a model's change feed (default 500). */
    public static final String FEEDBACK_PAGE_SIZE = "takt.feedback.page-size";
    /** Most pages one poll of a model reads before leaving the rest to the next poll (default 20). */
    public static final String FEEDBACK_MAX_PAGES = "takt.feedback.max-pages-per-poll";
    /** Most open records followed per model for deletion detection (default 100,000). */
    public static final String FEEDBACK_KNOWN_MAX = "takt.feedback.known-max";
    /** When true, a model's cursor created for the first time starts paused for the timer (default false). */
    public static final String FEEDBACK_START_PAUSED = "takt.feedback.start-paused";
    /**
     * The shared secret Odoo's webhooks must carry (query parameter {@code secret} or header
     * {@code X-Takt-Webhook-Secret}); unset: the webhook intake refuses every call. A secret: set it from the
     * environment (TAKT_FEEDBACK_WEBHOOK_SECRET), never in a file of the repository.
     */
    public static final String FEEDBACK_WEBHOOK_SECRET = "takt.feedback.webhook-secret";
    /** How long after a webhook the model is read once more, in milliseconds (default 3,000): Odoo sends webhooks
     *  before it commits. */
    public static final String FEEDBACK_WEBHOOK_REREAD_MS = "takt.feedback.webhook-reread-ms";

    /** Run the outbox relay in this server (default true). Commands are still queued when it is off. */
    public static final String OUTBOX_RELAY_ENABLED = "takt.outbox.relay.enabled";
    /** Relay loops per server, each claiming on its own as replicas do (default 1). */
    public static final String OUTBOX_RELAY_INSTANCES = "takt.outbox.relay.instances";
    /** Pause between two looks for due commands when a relay found none, in milliseconds (default 250). */
    public static final String OUTBOX_RELAY_POLL_INTERVAL_MS = "takt.outbox.relay.poll-interval-ms";
    /**
     * How long a claimed command stays reserved for its relay, in milliseconds (default 300000). Must exceed the
     * longest delivery (Odoo's timeouts and retries); a crashed relay's commands are claimed again after it.
     */
    public static final String OUTBOX_RELAY_LEASE_MS = "takt.outbox.relay.lease-ms";
    /** Most commands a relay claims at once (default 50). */
    public static final String OUTBOX_RELAY_BATCH_SIZE = "takt.outbox.relay.batch-size";
    /** Most deliveries in flight per relay loop (default 8). */
    public static final String OUTBOX_RELAY_CONCURRENCY = "takt.outbox.relay.concurrency";
    /** Wait after a command's first failed attempt, in milliseconds (default 1000); doubles at each failure. */
    public static final String OUTBOX_BACKOFF_INITIAL_MS = "takt.outbox.backoff.initial-ms";
    /** Longest wait between two attempts of a command, in milliseconds (default 300000). */
    public static final String OUTBOX_BACKOFF_MAX_MS = "takt.outbox.backoff.max-ms";
    /** Share of each wait that is random, in [0, 1] (default 0.5). */
    public static final String OUTBOX_BACKOFF_JITTER = "takt.outbox.backoff.jitter";
    /**
     * Odoo's {@code limit_time_real} in milliseconds (default 120000): a command whose outcome is unknown is not
     * retried before it has passed, so that the retry's search by key sees what the lost attempt did.
     */
    public static final String OUTBOX_ODOO_LIMIT_TIME_REAL_MS = "takt.outbox.odoo.limit-time-real-ms";
    /** Attempts after which a command that keeps failing becomes a dead letter; 0 (default) = retry forever. */
    public static final String OUTBOX_MAX_ATTEMPTS = "takt.outbox.max-attempts";

    /**
     * Forecast publication: an item whose total demand changes by more than this percentage from the previous
     * published version is reported as a threshold breach (default 25).
     */
    public static final String FORECAST_CHANGE_THRESHOLD = "takt.forecast.change-threshold-percent";
    /** Forecast publication: queue new min/max levels for the items' Odoo reorder rules (default false). */
    public static final String FORECAST_UPDATE_REORDER_RULES = "takt.forecast.update-reorder-rules";

    /**
     * Events one GraphQL subscriber may have waiting (default 256); when a subscriber falls further behind, its
     * oldest waiting event is dropped and counted in {@code takt_subscription_events_dropped_total}.
     */
    public static final String SUBSCRIPTION_BUFFER = "takt.subscriptions.buffer";
    /** How long Takt waits for a partner's webhook endpoint to answer, in milliseconds (default 10,000). */
    public static final String PARTNER_WEBHOOK_TIMEOUT_MS = "takt.partner.webhook-timeout-ms";

    /** The HTTP port of this server (Liberty's {@code http.port} variable). */
    public static final String HTTP_PORT = "http.port";

    private ConfigKeys() {
    }
}
