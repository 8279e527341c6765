package dev.takt.sync;

import dev.takt.domain.BillOfMaterials;
import dev.takt.domain.BomType;
import dev.takt.domain.Criterion;
import dev.takt.domain.Entity;
import dev.takt.domain.EntityQuery;
import dev.takt.domain.ForecastLine;
import dev.takt.domain.ForecastVersion;
import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.Item;
import dev.takt.domain.ReorderRule;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.Slice;
import dev.takt.domain.SupplierInfo;
import dev.takt.odoo.OdooGateway;
import dev.takt.ops.ConfigKeys;
import dev.takt.planning.ForecastLineFilter;
import dev.takt.planning.PageRequest;
import dev.takt.planning.PlanningGateway;
import dev.takt.sync.ForecastPublicationReport.ForecastThresholdBreach;
import dev.takt.sync.ForecastPublicationReport.ReorderRuleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Forecast publication: publishes a version (through the planning port), compares it item by item with the version
 * it supersedes, reports each item whose total demand moved by more than {@value ConfigKeys#FORECAST_CHANGE_THRESHOLD}
 * percent (default 25) as a breach in the reply and as a planning exception, and — when
 * {@value ConfigKeys#FORECAST_UPDATE_REORDER_RULES} is true — queues new minimum/maximum levels for the items'
 * reorder rules through the {@link CommandQueue}.
 *
 * <p><b>Comparison</b>: per item and unit, the sum of all the version's lines (every warehouse and bucket) against the
 * same sum in the previous version; an item that appears (previous total 0) or disappears (new total 0) is a breach.
 *
 * <p><b>Reorder rule</b>, per active rule of an item × warehouse that the published version forecasts:
 * <ul>
 *   <li>daily demand = the version's quantity for that item and warehouse in the buckets that have not ended
 *       (today on), divided by the days from today to the end of the last of them;</li>
 *   <li>lead time = the first vendor line's delay (Odoo's order: sequence, larger minimum first, price) for a bought
 *       item, otherwise the BoM's manufacturing lead time, otherwise 0;</li>
 *   <li>minimum = daily demand × lead time; maximum = minimum + daily demand × the length of the first future
 *       bucket (7 days for weekly buckets); both rounded up to 3 decimals;</li>
 *   <li>a rule already at those values is left alone; lines in another unit than the item's are not counted.</li>
 * </ul>
 * Key: {@code rr-f<version>-r<rule>}, so publishing the same version again queues nothing new.
 */
@ApplicationScoped
public class ForecastPublicationWorkflow {

    private static final int PAGE = 5000;

    private OdooGateway odoo;
    private PlanningGateway planning;
    private WorkflowServices services;
    private double thresholdPercent;
    private boolean updateReorderRules;
    private ZoneId zone;
    private Clock clock;
    private java.util.function.BiFunction<Integer, Instant, ForecastVersion> publisher;

    /** For CDI's proxies only. */
    protected ForecastPublicationWorkflow() {
    }

    @Inject
    public ForecastPublicationWorkflow(OdooGateway odoo, PlanningGateway planning, Instance<CommandQueue> queues,
            Instance<PlanningExceptionSink> sinks, TransactionRunner transactions,
            @ConfigProperty(name = ConfigKeys.FORECAST_CHANGE_THRESHOLD, defaultValue = "25") double thresholdPercent,
            @ConfigProperty(name = ConfigKeys.FORECAST_UPDATE_REORDER_RULES, defaultValue = "false")
            boolean updateReorderRules,
            @ConfigProperty(name = ConfigKeys.PLANNING_TIME_ZONE, defaultValue = "UTC") String zone) {
        this(odoo, planning, WorkflowServices.of(queues, sinks, transactions), thresholdPercent, updateReorderRules,
                ZoneId.of(zone.strip()), Clock.systemUTC());
    }

    ForecastPublicationWorkflow(OdooGateway odoo, PlanningGateway planning, WorkflowServices services,
            double thresholdPercent, boolean updateReorderRules, ZoneId zone, Clock clock) {
        if (!(thresholdPercent >= 0) || Double.isInfinite(thresholdPercent)) {
            throw new IllegalArgumentException(ConfigKeys.FORECAST_CHANGE_THRESHOLD + " must be a percentage of 0 "
                    + "or more, got " + thresholdPercent);
        }
        this.odoo = Objects.requireNonNull(odoo, "odoo");
        this.planning = Objects.requireNonNull(planning, "planning");
        this.services = Objects.requireNonNull(services, "services");
        this.thresholdPercent = thresholdPercent;
        this.updateReorderRules = updateReorderRules;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Publishes through the intake, which audits the publication and announces it to partners
     * ({@code ForecastPublished}) in the publication's transaction; without it (unit tests) the port is called
     * directly.
     */
    @Inject
    void publishThrough(PlanningIntake intake) {
        this.publisher = (version, at) -> intake.publishForecast(version);
    }

    /** The stable key of a reorder-rule update from a forecast version. */
    static IdempotencyKey key(int version, long ruleId) {
        return IdempotencyKey.of("rr-f" + version + "-r" + ruleId);
    }

    /**
     * Publishes {@code version}, then compares and (when configured) queues reorder-rule updates.
     *
     * @throws dev.takt.domain.PlanningException as {@link PlanningGateway#publishForecast}
     * @throws CommandQueueUnavailableException when reorder rules must be updated and no outbox is deployed (the
     *         version is published all the same)
     */
    public ForecastPublicationReport publish(int version, CommandQueue.Origin origin) {
        Objects.requireNonNull(origin, "origin");
        Optional<ForecastVersion> before = planning.publishedForecast();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ForecastVersion published = publisher != null ? publisher.apply(version, now)
                : planning.publishForecast(version, now);
        Integer previous = before.filter(v -> v.version() != version).map(ForecastVersion::version).orElse(null);
        List<ForecastLine> lines = lines(version);
        List<ForecastThresholdBreach> breaches = previous == null ? List.of()
                : compare(totals(lines(previous)), totals(lines));
        // Asked again for the published version, the rule updates are queued again under the same keys: the outbox
        // answers the commands it holds (nothing new) and queues those a failed first attempt left out.
        List<PlannedRule> rules = updateReorderRules
                ? reorderRules(lines, LocalDate.ofInstant(now, zone)) : List.of();
        return services.transactions().inTransaction(() -> {
            for (ForecastThresholdBreach breach : breaches) {
                services.exceptions().raise(PlanningExceptionSink.Kinds.THRESHOLD_BREACH,
                        PlanningExceptionSink.Severity.WARNING, PlanningExceptionSink.PLANNER, breach.message(),
                        breach.item(), "forecast v" + version);
            }
            List<ReorderRuleChange> changes = new ArrayList<>();
            CommandQueue queue = rules.isEmpty() ? null : services.queue();
            for (PlannedRule r : rules) {
                IdempotencyKey key = key(version, r.rule().id());
                long id = queue.updateReorderRule(new ReorderRuleUpdate(r.rule().id(), r.minimum(), r.maximum()), key,
                        origin);
                changes.add(new ReorderRuleChange(r.rule().id(), r.rule().name(), r.item(), r.warehouse(),
                        r.leadDays(), r.daily(), r.rule().minimum(), r.rule().maximum(), r.minimum(), r.maximum(),
                        key.value(), id));
            }
            return new ForecastPublicationReport(published, previous, thresholdPercent, breaches, changes);
        });
    }

    private List<ForecastLine> lines(int version) {
        List<ForecastLine> all = new ArrayList<>();
        Integer after = null;
        while (true) {
            Slice<ForecastLine> page = planning.forecastLines(version, ForecastLineFilter.ALL,
                    new PageRequest(after, PAGE, false));
            all.addAll(page.items());
            if (!page.hasMore() || page.items().isEmpty()) {
                return all;
            }
            after = page.items().get(page.items().size() - 1).line();
        }
    }

    /** Item + unit → total. */
    private static Map<List<String>, BigDecimal> totals(List<ForecastLine> lines) {
        Map<List<String>, BigDecimal> totals = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (ForecastLine line : lines) {
            totals.merge(List.of(line.item().value(), line.quantity().unit()), line.quantity().amount(),
                    BigDecimal::add);
        }
        return totals;
    }

    /** The items whose total moved by more than the threshold, by item code. */
    List<ForecastThresholdBreach> compare(Map<List<String>, BigDecimal> before, Map<List<String>, BigDecimal> after) {
        Set<List<String>> keys = new TreeSet<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        List<ForecastThresholdBreach> breaches = new ArrayList<>();
        for (List<String> key : keys) {
            BigDecimal old = before.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal now = after.getOrDefault(key, BigDecimal.ZERO);
            if (old.compareTo(now) == 0) {
                continue;
            }
            String item = key.get(0);
            String unit = key.get(1);
            if (old.signum() == 0) {
                breaches.add(new ForecastThresholdBreach(item, unit, 0, now.doubleValue(), null, "item " + item
                        + ": new demand of " + plain(now) + " " + unit + " (none in the previous version)"));
                continue;
            }
            BigDecimal percent = now.subtract(old).multiply(BigDecimal.valueOf(100))
                    .divide(old, 2, RoundingMode.HALF_UP);
            if (percent.abs().compareTo(BigDecimal.valueOf(thresholdPercent)) > 0) {
                breaches.add(new ForecastThresholdBreach(item, unit, old.doubleValue(), now.doubleValue(),
                        percent.doubleValue(), "item " + item + ": total demand " + (percent.signum() > 0 ? "up" : "down")
                        + " " + plain(percent.abs()) + " % (" + plain(old) + " → " + plain(now) + " " + unit
                        + "), beyond the " + plain(BigDecimal.valueOf(thresholdPercent)) + " % threshold"));
            }
        }
        return breaches;
    }

    private record PlannedRule(ReorderRule rule, String item, String warehouse, int leadDays, double daily,
            double minimum, double maximum) {
    }

    private List<PlannedRule> reorderRules(List<ForecastLine> lines, LocalDate today) {
        List<ForecastLine> future = lines.stream().filter(l -> !l.bucket().lastDay().isBefore(today)).toList();
        if (future.isEmpty()) {
            return List.of();
        }
        Set<String> codes = future.stream().map(l -> l.item().value()).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Item> items = new HashMap<>();
        odoo.findAll(EntityQuery.all(Entity.ITEM, List.of(Criterion.in("code", codes)), Set.of("code", "uom")))
                .forEach(i -> items.putIfAbsent(i.code(), i));
        if (items.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = items.values().stream().map(Item::id).collect(Collectors.toCollection(TreeSet::new));
        List<ReorderRule> rules = odoo.findAll(EntityQuery.all(Entity.REORDER_RULE,
                List.of(Criterion.in("itemId", ids)), Set.of("name", "itemId", "warehouseId", "minimum", "maximum",
                        "active")));
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<Long, String> warehouses = new HashMap<>();
        odoo.findAll(EntityQuery.all(Entity.WAREHOUSE, List.of(), Set.of("code")))
                .forEach(w -> warehouses.put(w.id(), w.code()));
        Map<Long, Integer> vendorLead = new HashMap<>();
        odoo.findAll(EntityQuery.all(Entity.SUPPLIER_INFO, List.of(Criterion.in("itemId", ids)),
                Set.of("itemId", "leadDays", "sequence", "minimumQuantity", "price"))).stream()
                .filter(s -> s.itemId() != null && VendorSelection.validOn(s, today))
                .sorted(Comparator.comparing((SupplierInfo s) -> s.sequence() == null ? 0 : s.sequence())
                        .thenComparing(s -> s.minimumQuantity() == null ? 0.0 : -s.minimumQuantity())
                        .thenComparing(s -> s.price() == null ? 0.0 : s.price()).thenComparingLong(SupplierInfo::id))
                .forEach(s -> vendorLead.putIfAbsent(s.itemId(), s.leadDays() == null ? 0 : s.leadDays()));
        Map<Long, Integer> makeLead = new HashMap<>();
        odoo.findAll(EntityQuery.all(Entity.BOM, List.of(Criterion.in("itemId", ids)),
                Set.of("itemId", "type", "produceDelayDays"))).stream()
                .filter(b -> b.itemId() != null && b.type() != BomType.KIT)
                .sorted(Comparator.comparingLong(BillOfMaterials::id))
                .forEach(b -> makeLead.putIfAbsent(b.itemId(), b.produceDelayDays() == null ? 0
                        : (int) Math.ceil(b.produceDelayDays())));
        List<PlannedRule> planned = new ArrayList<>();
        for (ReorderRule rule : rules) {
            if (Boolean.FALSE.equals(rule.active()) || rule.itemId() == null || rule.warehouseId() == null) {
                continue;
            }
            Item item = items.values().stream().filter(i -> i.id() == rule.itemId()).findFirst().orElse(null);
            String warehouse = warehouses.get(rule.warehouseId());
            if (item == null || warehouse == null) {
                continue;
            }
            List<ForecastLine> mine = future.stream().filter(l -> l.item().value().equals(item.code())
                    && l.location().toUpperCase(Locale.ROOT).equals(warehouse.toUpperCase(Locale.ROOT))
                    && l.quantity().unit().equals(item.uom())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            BigDecimal total = mine.stream().map(l -> l.quantity().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate end = mine.stream().map(l -> l.bucket().lastDay()).max(LocalDate::compareTo).orElseThrow();
            long days = ChronoUnit.DAYS.between(today, end) + 1;
            ForecastLine first = mine.stream().min(Comparator.comparing(l -> l.bucket().start())).orElseThrow();
            long bucketDays = ChronoUnit.DAYS.between(first.bucket().start(), first.bucket().next());
            double daily = total.doubleValue() / days;
            int lead = vendorLead.getOrDefault(item.id(), makeLead.getOrDefault(item.id(), 0));
            double minimum = up(daily * lead);
            double maximum = up(daily * lead + daily * bucketDays);
            if (Objects.equals(rule.minimum(), minimum) && Objects.equals(rule.maximum(), maximum)) {
                continue;
            }
            planned.add(new PlannedRule(rule, item.code(), warehouse, lead, daily, minimum, maximum));
        }
        return planned;
    }

    private static double up(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.CEILING).doubleValue();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
