package dev.takt.domain.atp;

import dev.takt.domain.time.Buckets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Available to promise (ATP) of one item over a horizon of buckets.
 *
 * <p>Rules:
 * <ul>
 * <li>The horizon opens with the available stock: on hand − reserved.</li>
 * <li>Each bucket: {@code cumulative = opening + supply − committed demand}, and the next bucket opens with it.
 * Uncommitted demand (quotations, forecasts) is shown per bucket but consumes nothing: ATP is what is not promised
 * yet.</li>
 * <li>Past-due events (dated before the first bucket: a late purchase order, an overdue delivery) count in the
 * first bucket and are flagged ({@link AtpBucket#pastDueSupply()}, {@link #lateSupply()}, …). Events at or after
 * the horizon's end are not counted, and are listed ({@link #supplyAfterHorizon()}, …): a promise checks only the
 * horizon.</li>
 * <li>{@link AtpBucket#promisable()} is the smallest cumulative ATP from that bucket on: a quantity can be promised
 * in a bucket when it does not make any later bucket negative (the classic look-ahead).</li>
 * <li>{@link #promiseDate(double)} answers at the instant of an event, not at a bucket boundary; see there.</li>
 * </ul>
 *
 * <p>Quantities are in the item's one unit; convert before. Immutable.
 */
public final class AvailableToPromise {

    private static final double TOLERANCE = 1e-9;

    private final Buckets buckets;
    private final double available;
    private final List<AtpBucket> rows;
    private final List<Supply> lateSupply;
    private final List<Demand> lateDemand;
    private final List<Supply> supplyAfterHorizon;
    private final List<Demand> demandAfterHorizon;
    /** Instants where the balance changes, the horizon start first, and the balance from each on. */
    private final List<Instant> steps;
    private final double[] balances;

    private AvailableToPromise(Buckets buckets, double available, List<AtpBucket> rows, List<Supply> lateSupply,
            List<Demand> lateDemand, List<Supply> supplyAfterHorizon, List<Demand> demandAfterHorizon,
            List<Instant> steps, double[] balances) {
        this.buckets = buckets;
        this.available = available;
        this.rows = List.copyOf(rows);
        this.lateSupply = List.copyOf(lateSupply);
        this.lateDemand = List.copyOf(lateDemand);
        this.supplyAfterHorizon = List.copyOf(supplyAfterHorizon);
        this.demandAfterHorizon = List.copyOf(demandAfterHorizon);
        this.steps = List.copyOf(steps);
        this.balances = balances;
    }

    /**
     * Computes the ATP of one item.
     *
     * @param onHand   quantity on hand in internal locations (may be negative where the system of record allows it)
     * @param reserved quantity of it reserved for moves, 0 or more
     * @param supply   expected supply
     * @param demand   demand not covered by reservations
     * @param buckets  the horizon
     */
    public static AvailableToPromise of(double onHand, double reserved, Collection<Supply> supply,
            Collection<Demand> demand, Buckets buckets) {
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(buckets, "buckets");
        if (!Double.isFinite(onHand)) {
            throw new IllegalArgumentException("on hand must be a number, not " + onHand);
        }
        if (!(reserved >= 0) || Double.isInfinite(reserved)) {
            throw new IllegalArgumentException("reserved must be 0 or more, not " + reserved);
        }
        int n = buckets.size();
        Instant start = buckets.start();
        double[] sup = new double[n];
        double[] dem = new double[n];
        double[] uncommitted = new double[n];
        double pastDueSupply = 0;
        double pastDueDemand = 0;
        List<Supply> lateSupply = new ArrayList<>();
        List<Demand> lateDemand = new ArrayList<>();
        List<Supply> supplyAfter = new ArrayList<>();
        List<Demand> demandAfter = new ArrayList<>();
        Map<Instant, Double> deltas = new TreeMap<>();
        double openingBalance = onHand - reserved;

        for (Supply s : supply) {
            if (s.at().isBefore(start)) {
                lateSupply.add(s);
                pastDueSupply += s.quantity();
                sup[0] += s.quantity();
                openingBalance += s.quantity();
            } else if (buckets.indexOf(s.at()) < 0) {
                supplyAfter.add(s);
            } else {
                sup[buckets.indexOf(s.at())] += s.quantity();
                deltas.merge(s.at(), s.quantity(), Double::sum);
            }
        }
        for (Demand d : demand) {
            boolean late = d.at().isBefore(start);
            int i = late ? 0 : buckets.indexOf(d.at());
            if (late) {
                lateDemand.add(d);
            } else if (i < 0) {
                demandAfter.add(d);
                continue;
            }
            if (!d.committed()) {
                uncommitted[i] += d.quantity();
            } else if (late) {
                pastDueDemand += d.quantity();
                dem[0] += d.quantity();
                openingBalance -= d.quantity();
            } else {
                dem[i] += d.quantity();
                deltas.merge(d.at(), -d.quantity(), Double::sum);
            }
        }

        double available = onHand - reserved;
        double[] cumulative = new double[n];
        double[] opening = new double[n];
        double running = available;
        for (int i = 0; i < n; i++) {
            opening[i] = running;
            running = running + sup[i] - dem[i];
            cumulative[i] = running;
        }
        double[] promisable = new double[n];
        double min = Double.POSITIVE_INFINITY;
        for (int i = n - 1; i >= 0; i--) {
            min = Math.min(min, cumulative[i]);
            promisable[i] = min;
        }
        List<AtpBucket> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new AtpBucket(buckets.get(i), opening[i], sup[i], dem[i], uncommitted[i],
                    i == 0 ? pastDueSupply : 0, i == 0 ? pastDueDemand : 0, cumulative[i], promisable[i]));
        }

        List<Instant> steps = new ArrayList<>();
        List<Double> balances = new ArrayList<>();
        steps.add(start);
        balances.add(openingBalance);
        for (Map.Entry<Instant, Double> e : deltas.entrySet()) {
            double next = balances.get(balances.size() - 1) + e.getValue();
            if (e.getKey().equals(start)) {
                balances.set(0, next);
            } else {
                steps.add(e.getKey());
                balances.add(next);
            }
        }
        lateSupply.sort(Comparator.comparing(Supply::at));
        lateDemand.sort(Comparator.comparing(Demand::at));
        return new AvailableToPromise(buckets, available, rows, lateSupply, lateDemand, supplyAfter, demandAfter,
                steps, balances.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The earliest instant from which {@code quantity} can be promised: from then to the end of the horizon, the
     * cumulative ATP never falls below {@code quantity}, so promising it breaks no later commitment.
     *
     * <p>The answer is the instant of a supply or demand event (all events at one instant apply together), or the
     * horizon's start when the stock available then (with past-due events) already suffices. It is finer than the
     * buckets: a dip inside a bucket (demand on Monday, supply on Friday) counts, which a bucket's
     * {@link AtpBucket#promisable()} does not see.
     *
     * @param quantity the quantity to promise, 0 or more
     * @return the instant, or empty when the horizon never holds enough
     */
    public Optional<Instant> promiseDate(double quantity) {
        if (!(quantity >= 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("a quantity to promise must be 0 or more, not " + quantity);
        }
        int earliest = -1;
        for (int k = balances.length - 1; k >= 0; k--) {
            if (balances[k] + TOLERANCE < quantity) {
                break;
            }
            earliest = k;
        }
        return earliest < 0 ? Optional.empty() : Optional.of(steps.get(earliest));
    }

    /** Per bucket: opening, supply, demand, net, cumulative ATP, in bucket order. */
    public List<AtpBucket> buckets() {
        return rows;
    }

    /** The horizon. */
    public Buckets horizon() {
        return buckets;
    }

    /** On hand minus reserved: the first bucket's opening. */
    public double available() {
        return available;
    }

    /** Supply dated before the horizon, counted in the first bucket, oldest first. */
    public List<Supply> lateSupply() {
        return lateSupply;
    }

    /** Demand dated before the horizon (committed or not), counted in the first bucket, oldest first. */
    public List<Demand> lateDemand() {
        return lateDemand;
    }

    /** Supply at or after the horizon's end, not counted. */
    public List<Supply> supplyAfterHorizon() {
        return supplyAfterHorizon;
    }

    /** Demand at or after the horizon's end, not counted. */
    public List<Demand> demandAfterHorizon() {
        return demandAfterHorizon;
    }
}
