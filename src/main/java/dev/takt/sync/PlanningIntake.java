package dev.takt.sync;

import dev.takt.audit.Actors;
import dev.takt.audit.AuditLog;
import dev.takt.audit.AuditOutcome;
import dev.takt.audit.AuditRecord;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ItemCode;
import dev.takt.domain.PlannedOrder;
import dev.takt.domain.PlanningBatch;
import dev.takt.domain.PlanningException;
import dev.takt.domain.ScheduleProposal;
import dev.takt.domain.Submission;
import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.TaktEvent;
import dev.takt.odoo.OdooGateway;
import dev.takt.ops.ConfigKeys;
import dev.takt.planning.PlanningGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The intake of planning data that partners push (forecasts, planned orders, schedule proposals): validates each
 * line on its own against Odoo and the planning horizon ({@link PlanningLineValidator}), then stores the valid
 * lines — and the rejected ones with their reasons — through the {@link PlanningGateway} in one transaction. Valid
 * lines are never held hostage by invalid ones; rejected lines are never dropped silently (they come back in the
 * reply and stay stored with the version or batch).
 *
 * <p>Odoo is read before the transaction, a bounded number of times per submission whatever its size (see
 * {@link OdooReferences}); if Odoo cannot be read, nothing is stored and the submission fails with the connector's
 * exception, so the partner can send it again.
 *
 * <p>Settings: {@value ConfigKeys#PLANNING_HORIZON_DAYS} (365), {@value ConfigKeys#PLANNING_TIME_ZONE} (UTC),
 * {@value ConfigKeys#PLANNING_MAX_LINES} (10,000).
 */
@ApplicationScoped
public class PlanningIntake {

    /** Longest note a submission may carry. */
    public static final int MAX_NOTE = 1000;

    private OdooGateway odoo;
    private PlanningGateway planning;
    private int horizonDays;
    private ZoneId zone;
    private int maxLines;
    private Clock clock;
    private Consumer<TaktEvent> events = event -> { };
    private AuditLog audit = entry -> 0L;
    private Supplier<String> actor = () -> Actors.ANONYMOUS;
    private Transactions transactions = new Transactions();

    /** For CDI's proxies only. */
    protected PlanningIntake() {
    }

    @Inject
    public PlanningIntake(OdooGateway odoo, PlanningGateway planning,
            @ConfigProperty(name = ConfigKeys.PLANNING_HORIZON_DAYS, defaultValue = "365") int horizonDays,
            @ConfigProperty(name = ConfigKeys.PLANNING_TIME_ZONE, defaultValue = "UTC") String zone,
            @ConfigProperty(name = ConfigKeys.PLANNING_MAX_LINES, defaultValue = "10000") int maxLines) {
        this(odoo, planning, horizonDays, zone(zone), maxLines, Clock.systemUTC());
    }

    /** With an explicit clock, for tests. */
    PlanningIntake(OdooGateway odoo, PlanningGateway planning, int horizonDays, ZoneId zone, int maxLines,
            Clock clock) {
        this.odoo = Objects.requireNonNull(odoo, "odoo");
        this.planning = Objects.requireNonNull(planning, "planning");
        if (horizonDays < 1) {
            throw new IllegalArgumentException(ConfigKeys.PLANNING_HORIZON_DAYS + " must be at least 1, got "
                    + horizonDays);
        }
        if (maxLines < 1) {
            throw new IllegalArgumentException(ConfigKeys.PLANNING_MAX_LINES + " must be at least 1, got " + maxLines);
        }
        this.horizonDays = horizonDays;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.maxLines = maxLines;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Publishes events for partners ({@link ForecastPublished}) as CDI events; their observers hear them after the
     * transaction commits.
     */
    @Inject
    void notifying(Event<TaktEvent> events) {
        Objects.requireNonNull(events, "events");
        this.events = events::fire;
    }

    /** Publishes events for partners through {@code events} (tests). */
    void publishEventsTo(Consumer<TaktEvent> events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Audits each mutation in its transaction: the stored version or batch and its audit entry commit together; a
     * refused operation (unknown version, wrong state) is audited as REFUSED on its own.
     */
    @Inject
    void audited(AuditLog audit, Actors actors, Transactions transactions) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.actor = actors::current;
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Most lines one submission may carry. */
    public int maxLines() {
        return maxLines;
    }

    /** The horizon as it stands now. */
    public PlanningHorizon horizon() {
        return new PlanningHorizon(now(), zone, horizonDays);
    }

    /**
     * Stores the valid lines as a new draft forecast version.
     *
     * @throws IllegalArgumentException when there are no lines, too many, or the note is too long (callers check
     *         first and name their argument)
     */
    public Submission<ForecastVersion, ForecastLine> submitForecast(String note, List<ForecastLineDraft> lines) {
        checkSize(lines, note);
        PlanningHorizon horizon = horizon();
        Set<String> codes = new LinkedHashSet<>();
        lines.stream().filter(Objects::nonNull).forEach(l -> addCode(codes, l.item()));
        var outcome = new PlanningLineValidator(OdooReferences.forItems(odoo, codes), horizon).forecast(lines);
        return transactions.required(() -> {
            ForecastVersion version = planning.storeForecast(clean(note), outcome.accepted(), outcome.rejected(),
                    horizon.now());
            audit("planning.submitForecast", "forecast/" + version.version(), lines,
                    outcome.accepted().size() + " line(s) accepted, " + outcome.rejected().size() + " rejected");
            return new Submission<>(version, outcome.accepted(), outcome.rejected());
        });
    }

    /**
     * Publishes a forecast version, superseding the one published before (see {@link PlanningGateway}), and then
     * announces it to partners ({@link ForecastPublished}); publishing the published version again announces
     * nothing.
     */
    public ForecastVersion publishForecast(int version) {
        try {
            return transactions.required(() -> {
                Integer before = planning.publishedForecast().map(ForecastVersion::version).orElse(null);
                ForecastVersion published = planning.publishForecast(version, now());
                audit("planning.publishForecast", "forecast/" + version, List.of(version), published.state().name());
                if (before == null || before != version) {
                    // heard by partners after this transaction commits
                    events.accept(new ForecastPublished(published.publishedAt(), published.version(),
                            published.acceptedLineCount(), before));
                }
                return published;
            });
        } catch (PlanningException e) {
            audit.append(new AuditRecord(actor.get(), "planning.publishForecast", UUID.randomUUID().toString(),
                    TARGET, "forecast/" + version, null, AuditRecord.sha256(String.valueOf(version)),
                    AuditOutcome.REFUSED, null, e.getMessage()));
            throw e;
        }
    }

    /** Stores the valid planned orders as a new batch. */
    public Submission<PlanningBatch, PlannedOrder> submitPlannedOrders(String note, List<PlannedOrderDraft> lines) {
        checkSize(lines, note);
        PlanningHorizon horizon = horizon();
        Set<String> codes = new LinkedHashSet<>();
        lines.stream().filter(Objects::nonNull).forEach(l -> addCode(codes, l.item()));
        var outcome = new PlanningLineValidator(OdooReferences.forItems(odoo, codes), horizon).plannedOrders(lines);
        return transactions.required(() -> {
            PlanningBatch batch = planning.storePlannedOrders(clean(note), outcome.accepted(), outcome.rejected(),
                    horizon.now());
            audit("planning.submitPlannedOrders", "planned-orders/" + batch.number(), lines,
                    outcome.accepted().size() + " line(s) accepted, " + outcome.rejected().size() + " rejected");
            return new Submission<>(batch, outcome.accepted(), outcome.rejected());
        });
    }

    /** Stores the valid schedule proposals as a new batch. */
    public Submission<PlanningBatch, ScheduleProposal> submitSchedule(String note,
            List<ScheduleProposalDraft> proposals) {
        checkSize(proposals, note);
        PlanningHorizon horizon = horizon();
        Set<String> orders = new LinkedHashSet<>();
        Set<Long> workOrders = new LinkedHashSet<>();
        boolean workCenters = false;
        for (ScheduleProposalDraft p : proposals) {
            if (p == null) {
                continue;
            }
            if (p.manufacturingOrder() != null && !p.manufacturingOrder().isBlank()) {
                orders.add(p.manufacturingOrder().strip());
            }
            if (p.workOrderId() != null && p.workOrderId() > 0) {
                workOrders.add(p.workOrderId());
            }
            workCenters |= p.workCenter() != null && !p.workCenter().isBlank();
        }
        var references = OdooReferences.forSchedule(odoo, orders, workOrders, workCenters);
        var outcome = new PlanningLineValidator(references, horizon).schedule(proposals);
        return transactions.required(() -> {
            PlanningBatch batch = planning.storeSchedule(clean(note), outcome.accepted(), outcome.rejected(),
                    horizon.now());
            audit("planning.submitSchedule", "schedule/" + batch.number(), proposals,
                    outcome.accepted().size() + " line(s) accepted, " + outcome.rejected().size() + " rejected");
            return new Submission<>(batch, outcome.accepted(), outcome.rejected());
        });
    }

    /** The planning store is the planner's side of Takt: its mutations are audited with this target system. */
    static final String TARGET = "PLANNER";

    private void audit(String operation, String record, List<?> payload, String detail) {
        audit.append(new AuditRecord(actor.get(), operation, UUID.randomUUID().toString(), TARGET, record, null,
                AuditRecord.sha256(String.valueOf(payload)), AuditOutcome.ACCEPTED, detail, null));
    }

    private void checkSize(List<?> lines, String note) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a submission needs at least one line");
        }
        if (lines.size() > maxLines) {
            throw new IllegalArgumentException("at most " + maxLines + " lines per submission, got " + lines.size());
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new IllegalArgumentException("the note is longer than " + MAX_NOTE + " characters");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void addCode(Set<String> codes, String raw) {
        try {
            codes.add(new ItemCode(raw).value());
        } catch (IllegalArgumentException e) {
            // not a code: the validator rejects the line without asking Odoo
        }
    }

    private static String clean(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(ConfigKeys.PLANNING_TIME_ZONE + " '" + id + "' is not a time zone "
                    + "(e.g. UTC, Europe/Brussels)", e);
        }
    }
}
