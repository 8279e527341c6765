package dev.takt.sync;

import dev.takt.audit.AuditLog;
import dev.takt.audit.AuditOutcome;
import dev.takt.audit.AuditRecord;
import dev.takt.audit.Actors;
import dev.takt.odoo.OdooChangeCursor;
import dev.takt.odoo.OdooRejectedException;
import dev.takt.odoo.OdooUnavailableException;
import dev.takt.ops.ConfigKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The execution-feedback relay (Odoo → planner): reads each model's changes page by page from its stored cursor
 * ({@link FeedbackPages}, one transaction a page) until the feed is drained or {@code takt.feedback.max-pages-per-poll}
 * pages were read. Driven by the persistent timer ({@link FeedbackTimer}, every {@code takt.feedback.interval-ms}),
 * by Odoo's webhooks (a hint makes it read that model at once and once more a little later) and by administrators
 * ({@code pollOdooChanges}). A failed page leaves its cursor where it was; the error is kept on the cursor row and
 * the next poll reads the page again.
 */
@ApplicationScoped
public class FeedbackRelay {

    private AuditLog audit;
    private Actors actors;

    private static final Logger LOG = Logger.getLogger(FeedbackRelay.class.getName());
    static final int MAX_PAYLOAD = 8000;

    private FeedbackPages pages;
    private EntityManager em;
    private int maxPages;
    private long rereadMs;
    private Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** For CDI's proxies only. */
    protected FeedbackRelay() {
    }

    @Inject
    public FeedbackRelay(FeedbackPages pages, EntityManager em, AuditLog audit, Actors actors,
            @ConfigProperty(name = ConfigKeys.FEEDBACK_MAX_PAGES, defaultValue = "20") int maxPages,
            @ConfigProperty(name = ConfigKeys.FEEDBACK_WEBHOOK_REREAD_MS, defaultValue = "3000") long rereadMs) {
        this.pages = pages;
        this.audit = audit;
        this.actors = actors;
        this.em = em;
        this.maxPages = Math.max(1, maxPages);
        this.rereadMs = rereadMs;
        this.clock = Clock.systemUTC();
    }

    /**
     * What one poll of a model did.
     *
     * @param model     the model
     * @param pages     pages processed (committed)
     * @param delivered updates delivered to the planner
     * @param deleted   of which deletions
     * @param drained   true when the feed was read to its end
     * @param position  the cursor's high-water mark after the poll
     * @param error     why the poll stopped early (the cursor stayed at the last committed page), or null
     */
    public record Poll(FeedbackModel model, int pages, int delivered, int deleted, boolean drained,
            Instant position, String error) {
    }

    /** Reads {@code model}'s changes until drained or the page limit; never throws for Odoo or planner failures. */
    public Poll poll(FeedbackModel model) {
        int count = 0;
        int delivered = 0;
        int deleted = 0;
        Instant position = null;
        while (count < maxPages) {
            FeedbackPages.Page page;
            try {
                page = pages.next(model);
            } catch (RuntimeException e) {
                String error = describe(e);
                LOG.log(Level.WARNING, e, () -> "Execution feedback for " + model + " stopped: " + error);
                try {
                    pages.failed(model, error);
                } catch (RuntimeException again) {
                    LOG.log(Level.WARNING, again, () -> "Could not record the failure of " + model);
                }
                return new Poll(model, count, delivered, deleted, false, position, error);
            }
            count++;
            delivered += page.delivered();
            deleted += page.deleted();
            position = page.position();
            if (!page.hasMore()) {
                return new Poll(model, count, delivered, deleted, true, position, null);
            }
        }
        return new Poll(model, count, delivered, deleted, false, position, null);
    }

    /** Polls every model that is not paused (the timer's tick). */
    public List<Poll> pollUnpaused() {
        List<Poll> polls = new ArrayList<>();
        for (FeedbackModel model : FeedbackModel.values()) {
            if (!self().status(model).paused()) {
                polls.add(poll(model));
            }
        }
        return polls;
    }

    /** Why a page failed, for an administrator (never a Java class name). */
    static String describe(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof OdooUnavailableException)
                && !(t instanceof OdooRejectedException) && t.getClass().getName().startsWith("jakarta.")) {
            t = t.getCause();
        }
        if (t instanceof OdooUnavailableException || t instanceof OdooRejectedException) {
            return "Odoo: " + t.getMessage();
        }
        if (t instanceof UnsupportedOperationException || t.getClass().getName().startsWith("dev.takt.")
                || t instanceof IllegalStateException) {
            return "delivery failed: " + t.getMessage();
        }
        return "delivery failed at " + Instant.now() + "; the details are in Takt's log";
    }

    // ---- cursors --------------------------------------------------------------------------------------------

    /**
     * Where a model's feedback stands.
     *
     * @param model       the model
     * @param position    the high-water mark ({@code write_date} second) of the stored cursor; null before any read
     * @param positionId  the id within that second
     * @param initialLoad true until the first read to the end of the feed
     * @param paused      true when the timer does not poll it
     * @param batches     pages committed so far
     * @param delivered   updates delivered so far
     * @param advancedAt  when the cursor last moved
     * @param lastPollAt  when it was last polled
     * @param lastError   the last poll's error, or null when it succeeded
     */
    public record Status(FeedbackModel model, Instant position, long positionId, boolean initialLoad, boolean paused,
            long batches, long delivered, Instant advancedAt, Instant lastPollAt, String lastError) {
    }

    @Transactional
    public Status status(FeedbackModel model) {
        return status(pages.cursorRow(model, false));
    }

    private static Status status(FeedCursorRow row) {
        OdooChangeCursor c = OdooChangeCursor.parse(row.token());
        return new Status(FeedbackModel.valueOf(row.model()), c.isStart() ? null : c.writeDate(), c.id(),
                row.initialLoad(), row.paused(), row.batches(), row.delivered(), Utc.instant(row.advancedAt()),
                Utc.instant(row.lastPollAt()), row.lastError());
    }

    /** Pauses or resumes the timer's polling of {@code model} (webhooks and explicit polls still read). */
    @Transactional
    public Status setPaused(FeedbackModel model, boolean paused) {
        FeedCursorRow row = pages.cursorRow(model, true);
        row.pause(paused);
        record(actors.current(), paused ? "feedback.pause" : "feedback.resume", model,
                paused ? AuditOutcome.PAUSED : AuditOutcome.RESUMED, null, null);
        return status(row);
    }

    /**
     * Moves {@code model}'s cursor: to the changes after {@code from} (null: to the beginning, every record read
     * again as an initial load), and forgets what was seen of its records (a record is followed again, for
     * deletions and state changes, from its next change). For operators after a reconciliation, or to start following a big database from
     * now on.
     */
    @Transactional
    public Status reset(FeedbackModel model, Instant from) {
        FeedCursorRow row = pages.cursorRow(model, true);
        row.reset((from == null ? OdooChangeCursor.START : OdooChangeCursor.after(from)).toToken(), from == null,
                Utc.of(clock.instant()));
        // what was seen of the model's records belongs to the old position: forget it (the records are followed
        // again from their next change, or from the initial load)
        em.createQuery("DELETE FROM FeedKnownRow k WHERE k.key.model = :model")
                .setParameter("model", model.name()).executeUpdate();
        record(actors.current(), "feedback.resetCursor", model, AuditOutcome.ACCEPTED,
                from == null ? "to the beginning" : "to the changes after " + from, null);
        return status(row);
    }

    // ---- webhook hints --------------------------------------------------------------------------------------

    /**
     * A stored hint.
     *
     * @param id        its number
     * @param model     the feedback model it concerns
     * @param odooModel the Odoo model named in the payload
     * @param odooId    the record's id, or null
     * @param action    the automation rule's action name, or null
     * @param receivedAt when it came
     * @param sha256    the payload's SHA-256
     * @param readAt    when the cursor read triggered by it completed, or null
     */
    public record Hint(long id, FeedbackModel model, String odooModel, Long odooId, String action, Instant receivedAt,
            String sha256, Instant readAt) {
    }

    /** Stores a hint (its own transaction) and schedules a read of its model now and once more a little later. */
    public Hint hint(FeedbackModel model, String odooModel, Long odooId, String action, String payload) {
        Hint hint = self().storeHint(model, odooModel, odooId, action, payload);
        Runnable read = () -> {
            Poll poll = poll(model);
            if (poll.error() == null) {
                self().hintRead(hint.id());
            }
        };
        if (scheduler != null) {
            scheduler.execute(read);
            scheduler.schedule(read, rereadMs, TimeUnit.MILLISECONDS);
        } else {
            read.run();
        }
        return hint;
    }

    private FeedbackRelay self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(FeedbackRelay.class).get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Hint storeHint(FeedbackModel model, String odooModel, Long odooId, String action, String payload) {
        SyncCounterRow counter = em.find(SyncCounterRow.class, SyncCounterRow.FEEDBACK_HINT,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        FeedHintRow row = new FeedHintRow(counter.next(), model.name(), odooModel, odooId,
                action == null || action.length() <= 64 ? action : action.substring(0, 64), Utc.of(clock.instant()),
                sha256(payload),
                payload.length() <= MAX_PAYLOAD ? payload : payload.substring(0, MAX_PAYLOAD - 1) + "…");
        em.persist(row);
        audit.append(new AuditRecord("odoo-webhook", "feedback.webhook", java.util.UUID.randomUUID().toString(),
                "TAKT", odooModel + "/" + odooId, null, row.sha256(), AuditOutcome.ACCEPTED,
                "hint for " + model + (action == null ? "" : " (" + action + ")"), null));
        return hint(row);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hintRead(long id) {
        FeedHintRow row = em.find(FeedHintRow.class, id);
        if (row != null) {
            row.read(Utc.of(clock.instant()));
        }
    }

    /** Hints received, newest first, at most {@code limit}, optionally of one model. */
    @Transactional
    public List<Hint> hints(FeedbackModel model, int limit) {
        var query = em.createQuery("SELECT h FROM FeedHintRow h" + (model == null ? "" : " WHERE h.model = :model")
                + " ORDER BY h.id DESC", FeedHintRow.class);
        if (model != null) {
            query.setParameter("model", model.name());
        }
        return query.setMaxResults(limit).getResultStream().map(FeedbackRelay::hint).toList();
    }

    private static Hint hint(FeedHintRow row) {
        return new Hint(row.id(), FeedbackModel.valueOf(row.model()), row.odooModel(), row.odooId(), row.action(),
                Utc.instant(row.receivedAt()), row.sha256(), Utc.instant(row.readAt()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(String actor, String operation, FeedbackModel model, AuditOutcome outcome, String detail,
            String error) {
        audit.append(new AuditRecord(actor, operation, java.util.UUID.randomUUID().toString(), "TAKT",
                "feedback/" + model, null, null, outcome, detail, error));
    }
}
