package dev.takt.planning.nativeplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last number handed out for forecast versions, planned-order batches or schedule batches. Its row is locked
 * (SELECT … FOR UPDATE) by every submission and publication of its kind, which numbers them without gaps and
 * serialises publications, so that at most one forecast version is ever published, on Derby as on PostgreSQL.
 */
@Entity
@Table(name = "PLAN_COUNTER")
class PlanCounterRow {

    @Id
    @Column(name = "COUNTER_NAME")
    private String name;

    @Column(name = "LAST_NUMBER", nullable = false)
    private int lastNumber;

    protected PlanCounterRow() {
    }

    /** Hands out the next number. */
    int next() {
        return ++lastNumber;
    }

    int last() {
        return lastNumber;
    }
}
