package dev.takt.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** The stored change cursor of one feedback model ({@code SYNC_FEED_CURSOR}); locked while a page is processed. */
@Entity
@Table(name = "SYNC_FEED_CURSOR")
class FeedCursorRow {

    @Id
    @Column(name = "MODEL")
    private String model;
    @Column(name = "CURSOR_TOKEN", nullable = false)
    private String token;
    @Column(name = "INITIAL_LOAD", nullable = false)
    private int initialLoad;
    @Column(name = "PAUSED", nullable = false)
    private int paused;
    @Column(name = "BATCHES", nullable = false)
    private long batches;
    @Column(name = "DELIVERED", nullable = false)
    private long delivered;
    @Column(name = "ADVANCED_AT")
    private LocalDateTime advancedAt;
    @Column(name = "LAST_POLL_AT")
    private LocalDateTime lastPollAt;
    @Column(name = "LAST_ERROR")
    private String lastError;
    @Column(name = "LAST_ERROR_AT")
    private LocalDateTime lastErrorAt;

    protected FeedCursorRow() {
    }

    // EclipseLink tracks changes through the entity's own methods (woven): other classes never write its fields.

    String model() {
        return model;
    }

    String token() {
        return token;
    }

    boolean initialLoad() {
        return initialLoad == 1;
    }

    boolean paused() {
        return paused == 1;
    }

    long batches() {
        return batches;
    }

    long delivered() {
        return delivered;
    }

    LocalDateTime advancedAt() {
        return advancedAt;
    }

    LocalDateTime lastPollAt() {
        return lastPollAt;
    }

    String lastError() {
        return lastError;
    }

    /** A page was delivered: the cursor moves to {@code next}. */
    void advance(String next, int updates, boolean drained, LocalDateTime at) {
        token = next;
        batches++;
        delivered += updates;
        advancedAt = at;
        lastPollAt = at;
        lastError = null;
        lastErrorAt = null;
        if (drained) {
            initialLoad = 0;
        }
    }

    /** A poll failed; the cursor stays. */
    void failed(String error, LocalDateTime at) {
        lastPollAt = at;
        lastErrorAt = at;
        lastError = error.length() > 2000 ? error.substring(0, 1999) + "…" : error;
    }

    void pause(boolean pause) {
        paused = pause ? 1 : 0;
    }

    /** Moves the cursor (an operator's decision). */
    void reset(String next, boolean initial, LocalDateTime at) {
        token = next;
        initialLoad = initial ? 1 : 0;
        advancedAt = at;
    }

    FeedCursorRow(String model, String token, boolean paused) {
        this.model = model;
        this.token = token;
        this.initialLoad = 1;
        this.paused = paused ? 1 : 0;
    }
}
