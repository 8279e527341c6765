package dev.takt.domain.capacity;

import dev.takt.domain.time.Buckets;
import dev.takt.domain.time.Interval;
import dev.takt.domain.time.Intervals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The load of one work center per bucket: its scheduled and planned work spread over the buckets, against its
 * capacity.
 *
 * <p>Rules:
 * <ul>
 * <li>Each piece of work is spread over the buckets its interval {@code [start, finish)} overlaps, in proportion
 * to the <em>working time</em> of the work center inside each bucket's part of the interval — not in proportion to
 * clock time: a 3-hour job from 11:00 to 15:00 around a 12:00-13:00 lunch puts 3 hours in that day, and a job
 * running overnight puts nothing in the night.</li>
 * <li>When the interval holds no working time (it lies outside attendances, or is empty), all of the work goes in
 * the bucket of its start and is flagged, on the {@link Placement} and on the {@link BucketLoad}.</li>
 * <li>The hours spread are the work's own hours, whatever the interval's working time: work squeezed into too
 * little working time raises the load of those buckets.</li>
 * <li>Work in {@link HoursBasis#STANDARD standard} hours becomes clock hours by dividing by the efficiency; Odoo's
 * expected minutes are clock time already. Load and capacity are both reported in clock hours.</li>
 * <li>Parts outside the buckets are not counted, and reported on the placement.</li>
 * <li>The caller chooses which work counts: the work of this work center only, in the states it wants (for
 * example not done or cancelled work orders), with the duration it wants (expected, or expected minus done).</li>
 * </ul>
 */
public final class WorkCenterLoad {

    private final WorkingTime workingTime;
    private final Buckets buckets;
    private final List<BucketLoad> loads;
    private final List<Placement> placements;

    private WorkCenterLoad(WorkingTime workingTime, Buckets buckets, List<BucketLoad> loads,
            List<Placement> placements) {
        this.workingTime = workingTime;
        this.buckets = buckets;
        this.loads = List.copyOf(loads);
        this.placements = List.copyOf(placements);
    }

    /**
     * Spreads {@code work} over {@code buckets} with the work center's {@code workingTime}.
     *
     * @param workingTime the work center's working time (calendar, absences, efficiency)
     * @param buckets     the buckets
     * @param work        its scheduled and planned work
     */
    public static WorkCenterLoad of(WorkingTime workingTime, Buckets buckets, Collection<Work> work) {
        Objects.requireNonNull(workingTime, "workingTime");
        Objects.requireNonNull(buckets, "buckets");
        Objects.requireNonNull(work, "work");
        int n = buckets.size();
        double[] scheduled = new double[n];
        double[] planned = new double[n];
        List<List<String>> flagged = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            flagged.add(new ArrayList<>());
        }
        List<Placement> placements = new ArrayList<>(work.size());
        for (Work w : work) {
            Placement p = place(w, workingTime, buckets);
            placements.add(p);
            double[] target = w.source() == WorkSource.SCHEDULED ? scheduled : planned;
            for (Placement.Share s : p.shares()) {
                int i = buckets.indexOf(s.bucket().start());
                target[i] += s.hours();
                if (p.withoutWorkingTime()) {
                    flagged.get(i).add(w.reference());
                }
            }
        }
        List<BucketCapacity> capacity = workingTime.capacity(buckets);
        List<BucketLoad> loads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BucketCapacity c = capacity.get(i);
            loads.add(new BucketLoad(c.bucket(), scheduled[i], planned[i], c.clockHours(), c.effectiveHours(),
                    flagged.get(i)));
        }
        return new WorkCenterLoad(workingTime, buckets, loads, placements);
    }

    private static Placement place(Work w, WorkingTime workingTime, Buckets buckets) {
        double clockHours = w.basis() == HoursBasis.CLOCK ? w.hours() : w.hours() / workingTime.efficiency();
        List<Interval> working = workingTime.intervals(w.start(), w.finish());
        double total = Intervals.hours(Intervals.total(working));
        List<Placement.Share> shares = new ArrayList<>();
        if (total <= 0) {
            int i = buckets.indexOf(w.start());
            if (i >= 0) {
                shares.add(new Placement.Share(buckets.get(i), clockHours));
            }
            return new Placement(w, clockHours, shares, i >= 0 ? 0.0 : clockHours, true);
        }
        double[] inside = BucketHours.of(working, buckets);
        double insideTotal = 0;
        for (int i = 0; i < inside.length; i++) {
            if (inside[i] > 0) {
                shares.add(new Placement.Share(buckets.get(i), clockHours * inside[i] / total));
                insideTotal += inside[i];
            }
        }
        double outside = Math.max(0.0, clockHours * (total - insideTotal) / total);
        return new Placement(w, clockHours, shares, outside, false);
    }

    /** Load against capacity in each bucket, in bucket order. */
    public List<BucketLoad> buckets() {
        return loads;
    }

    /** How each piece of work was spread, in the order given. */
    public List<Placement> placements() {
        return placements;
    }

    /** The buckets. */
    public Buckets horizon() {
        return buckets;
    }

    /** The working time used. */
    public WorkingTime workingTime() {
        return workingTime;
    }
}
