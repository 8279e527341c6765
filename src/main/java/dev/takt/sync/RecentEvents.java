package dev.takt.sync;

import dev.takt.domain.event.TaktEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last {@value #CAPACITY} partner events fired on this replica, after their transaction committed, newest
 * first: for operators to see what partners were told, and for tests. Memory only (lost on restart).
 */
@ApplicationScoped
public class RecentEvents {

    static final int CAPACITY = 500;

    private final Deque<TaktEvent> events = new ArrayDeque<>();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaktEvent event) {
        synchronized (events) {
            events.addFirst(event);
            while (events.size() > CAPACITY) {
                events.removeLast();
            }
        }
    }

    /** The most recent events, newest first, at most {@code limit}, optionally only of one type. */
    public List<TaktEvent> latest(Class<? extends TaktEvent> type, int limit) {
        List<TaktEvent> found = new ArrayList<>();
        synchronized (events) {
            for (TaktEvent e : events) {
                if (found.size() >= limit) {
                    break;
                }
                if (type == null || type.isInstance(e)) {
                    found.add(e);
                }
            }
        }
        return found;
    }
}
