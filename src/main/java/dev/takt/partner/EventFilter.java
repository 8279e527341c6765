package dev.takt.partner;

import dev.takt.domain.event.TaktEvent;

/**
 * What a subscriber or a partner wants to hear of: each key that is set must equal the event's key (item code and
 * plant compared ignoring case, work center exactly as Odoo names it but ignoring case too). An event without a key
 * that the filter sets does not match: a subscription to one item hears nothing of events that name no item.
 *
 * @param item       an item's code, or null for any
 * @param workCenter a work center's name, or null for any
 * @param plant      a warehouse's short code, or null for any
 */
public record EventFilter(String item, String workCenter, String plant) {

    /** Everything. */
    public static final EventFilter ANY = new EventFilter(null, null, null);

    public EventFilter {
        item = blankToNull(item);
        workCenter = blankToNull(workCenter);
        plant = blankToNull(plant);
    }

    /** Whether the event passes. */
    public boolean matches(TaktEvent event) {
        return matches(item, event.item()) && matches(workCenter, event.workCenter()) && matches(plant, event.plant());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || (actual != null && wanted.equalsIgnoreCase(actual.strip()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
