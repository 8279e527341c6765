package dev.takt.partner;

import dev.takt.domain.event.CommandDeadLettered;
import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.InventoryShortage;
import dev.takt.domain.event.PlanningExceptionRaised;
import dev.takt.domain.event.ProductionStatusChanged;
import dev.takt.domain.event.ScheduleApplied;
import dev.takt.domain.event.TaktEvent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six kinds of event partners can hear, each with its public name: the GraphQL subscription's name, the
 * {@code Takt-Event} header of a webhook, and the name a partner lists when registering.
 */
public enum EventKind {
    PLANNING_EXCEPTION_RAISED("planningExceptionRaised", PlanningExceptionRaised.class),
    SCHEDULE_APPLIED("scheduleApplied", ScheduleApplied.class),
    PRODUCTION_STATUS_CHANGED("productionStatusChanged", ProductionStatusChanged.class),
    INVENTORY_SHORTAGE("inventoryShortage", InventoryShortage.class),
    FORECAST_PUBLISHED("forecastPublished", ForecastPublished.class),
    COMMAND_DEAD_LETTERED("commandDeadLettered", CommandDeadLettered.class);

    private final String publicName;
    private final Class<? extends TaktEvent> type;

    EventKind(String publicName, Class<? extends TaktEvent> type) {
        this.publicName = publicName;
        this.type = type;
    }

    /** The name partners see, e.g. {@code forecastPublished}. */
    public String publicName() {
        return publicName;
    }

    /** The event record of this kind. */
    public Class<? extends TaktEvent> type() {
        return type;
    }

    /** The kind of an event. */
    public static EventKind of(TaktEvent event) {
        for (EventKind kind : values()) {
            if (kind.type.isInstance(event)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not an event kind: " + event.getClass().getSimpleName());
    }

    /** The kind with this public name ({@code forecastPublished}) or constant name ({@code FORECAST_PUBLISHED}). */
    public static Optional<EventKind> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(k -> k.publicName.equals(wanted) || k.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
