package dev.takt.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A number series of the sync context ({@code SYNC_COUNTER}); its row is locked by whoever takes a number. */
@Entity
@Table(name = "SYNC_COUNTER")
class SyncCounterRow {

    static final String PLANNING_EXCEPTION = "PLANNING_EXCEPTION";
    static final String FEEDBACK_HINT = "FEEDBACK_HINT";

    @Id
    @Column(name = "COUNTER_NAME")
    private String name;

    @Column(name = "LAST_NUMBER", nullable = false)
    private long lastNumber;

    protected SyncCounterRow() {
    }

    long next() {
        return ++lastNumber;
    }
}
