package dev.takt.api.graphql;

import dev.takt.federation.AvailabilityService;
import dev.takt.ops.ConfigKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Promising: the earliest date a quantity can be promised to a customer. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class AvailabilityQueries {

    private AvailabilityService availability;
    private int horizonDays;
    private ZoneId zone;

    AvailabilityQueries() {
    }

    @Inject
    public AvailabilityQueries(AvailabilityService availability,
            @ConfigProperty(name = ConfigKeys.PLANNING_HORIZON_DAYS, defaultValue = "365") int horizonDays,
            @ConfigProperty(name = ConfigKeys.PLANNING_TIME_ZONE, defaultValue = "UTC") String zone) {
        this.availability = availability;
        this.horizonDays = horizonDays;
        this.zone = ZoneId.of(zone);
    }

    @Query("promiseDate")
    @Description("The earliest instant from which `quantity` of the item (in its unit) can be promised without "
            + "breaking a later commitment, from Odoo's stock, open supply and committed demand, looking "
            + "takt.planning.horizon-days ahead; null when it cannot be promised within that horizon.")
    public Instant promiseDate(@Name("item") @NonNull @Description("Internal reference, e.g. FURN_7800.") String item,
            @Name("quantity") @NonNull @Description("Quantity to promise, in the item's unit.") Double quantity,
            @Name("warehouseId") @Description("Promise from this warehouse only.") Long warehouseId) {
        if (!(quantity > 0) || quantity.isInfinite()) {
            throw new InvalidArgumentException("quantity", "must be more than 0, got " + quantity);
        }
        try {
            return availability.promiseDate(item.strip(), quantity, warehouseId, Clock.systemUTC().instant(),
                    Duration.ofDays(horizonDays), zone).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("item", e.getMessage());
        }
    }
}
