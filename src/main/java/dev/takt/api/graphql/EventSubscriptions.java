package dev.takt.api.graphql;

import dev.takt.domain.event.CommandDeadLettered;
import dev.takt.domain.event.ForecastPublished;
import dev.takt.domain.event.InventoryShortage;
import dev.takt.domain.event.PlanningExceptionRaised;
import dev.takt.domain.event.ProductionStatusChanged;
import dev.takt.domain.event.ScheduleApplied;
import dev.takt.partner.EventFeed;
import dev.takt.partner.EventFilter;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.Locale;
import java.util.Set;

/**
 * Live events for partners over WebSocket ({@code graphql-transport-ws}, or the legacy {@code graphql-ws}, at
 * {@code /graphql}): each subscription hears the events of its kind committed after it started, in commit order,
 * optionally filtered by item, work center or plant. A subscriber that falls more than
 * {@code takt.subscriptions.buffer} events behind loses its oldest waiting events (see {@link EventFeed} and
 * docs/subscriptions.md).
 *
 * <p>Security comes with a later issue: until then, like the rest of the API, every operation is {@code @PermitAll}.
 */
@GraphQLApi
@ApplicationScoped
@PermitAll
public class EventSubscriptions {

    private static final Set<String> TARGETS = Set.of("ODOO", "PLANNER", "PARTNER");

    private EventFeed feed;

    EventSubscriptions() {
    }

    @Inject
    public EventSubscriptions(EventFeed feed) {
        this.feed = feed;
    }

    @Subscription("planningExceptionRaised")
    @Description("A planning exception was raised for a person to review (unmapped item, conflict, threshold breach, "
            + "shortage…). Each filter argument that is given must match; an exception that names no item, say, is "
            + "not heard by a subscription filtered on an item.")
    @NonNull
    public Multi<@NonNull PlanningExceptionRaised> planningExceptionRaised(
            @Name("item") @Description("Only exceptions about this item code.") String item,
            @Name("workCenter") @Description("Only exceptions about this work center (its name).") String workCenter,
            @Name("plant") @Description("Only exceptions about this plant (warehouse short code).") String plant) {
        EventFilter filter = filter(item, workCenter, plant);
        return feed.stream(PlanningExceptionRaised.class, filter::matches);
    }

    @Subscription("scheduleApplied")
    @Description("A schedule change reached Odoo (APPLIED) or was found already there (UNCHANGED).")
    @NonNull
    public Multi<@NonNull ScheduleApplied> scheduleApplied(
            @Name("item") @Description("Only changes of orders for this item code.") String item,
            @Name("workCenter") @Description("Only changes on this work center (its name).") String workCenter,
            @Name("plant") @Description("Only changes in this plant (warehouse short code).") String plant) {
        EventFilter filter = filter(item, workCenter, plant);
        return feed.stream(ScheduleApplied.class, filter::matches);
    }

    @Subscription("productionStatusChanged")
    @Description("Odoo reports a manufacturing order or one of its work orders in a new state or with new output.")
    @NonNull
    public Multi<@NonNull ProductionStatusChanged> productionStatusChanged(
            @Name("item") @Description("Only orders for this item code.") String item,
            @Name("workCenter") @Description("Only work orders on this work center (its name).") String workCenter,
            @Name("plant") @Description("Only orders of this plant (warehouse short code).") String plant) {
        EventFilter filter = filter(item, workCenter, plant);
        return feed.stream(ProductionStatusChanged.class, filter::matches);
    }

    @Subscription("inventoryShortage")
    @Description("An item will be short: its available-to-promise falls below zero.")
    @NonNull
    public Multi<@NonNull InventoryShortage> inventoryShortage(
            @Name("item") @Description("Only shortages of this item code.") String item,
            @Name("plant") @Description("Only shortages in this plant (warehouse short code).") String plant) {
        EventFilter filter = filter(item, null, plant);
        return feed.stream(InventoryShortage.class, filter::matches);
    }

    @Subscription("forecastPublished")
    @Description("A forecast version was published and is now the forecast in force (a forecast concerns many items "
            + "and plants, so this subscription has no filter).")
    @NonNull
    public Multi<@NonNull ForecastPublished> forecastPublished() {
        return feed.stream(ForecastPublished.class, event -> true);
    }

    @Subscription("commandDeadLettered")
    @Description("A command could not be delivered and was moved to the dead letters for an administrator.")
    @NonNull
    public Multi<@NonNull CommandDeadLettered> commandDeadLettered(
            @Name("target") @Description("Only commands for this target: ODOO, PLANNER or PARTNER.") String target) {
        String wanted = target == null || target.isBlank() ? null : target.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !TARGETS.contains(wanted)) {
            throw new InvalidArgumentException("target", "must be ODOO, PLANNER or PARTNER, got '" + target + "'");
        }
        return feed.stream(CommandDeadLettered.class, event -> wanted == null || wanted.equals(event.target()));
    }

    private static EventFilter filter(String item, String workCenter, String plant) {
        check("item", item, 64);
        check("workCenter", workCenter, 128);
        check("plant", plant, 64);
        return new EventFilter(item, workCenter, plant);
    }

    private static void check(String argument, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidArgumentException(argument, "must not be longer than " + max + " characters");
        }
    }
}
