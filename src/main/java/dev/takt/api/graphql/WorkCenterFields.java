package dev.takt.api.graphql;

import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
import dev.takt.domain.Entity;
import dev.takt.domain.WorkCalendar;
import dev.takt.domain.WorkCenter;
import dev.takt.domain.capacity.WorkCenterLoad;
import dev.takt.domain.time.BucketSize;
import dev.takt.federation.CapacityService;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Links of work centers to their working-time calendars. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class WorkCenterFields extends GraphQLResolvers {

    WorkCenterFields() {
    }

    private CapacityService capacity;

    @Inject
    public WorkCenterFields(Loader loader, Context context, CapacityService capacity) {
        super(loader, context);
        this.capacity = capacity;
    }

    @Description("The work center's working-time calendar.")
    public List<WorkCalendar> calendar(@Source List<WorkCenter> workCenters) {
        return loader.toOne(env(), workCenters, WorkCenter::calendarId, Entity.CALENDAR, WorkCalendar::id);
    }

    @Description("Load (work orders scheduled in Odoo) against capacity (the Odoo calendar: attendances in its time "
            + "zone, minus absences, times the time efficiency), per bucket of the calendar's time zone, over "
            + "[from, to). Null for a work center without a calendar.")
    public List<List<LoadBucket>> load(@Source List<WorkCenter> workCenters,
            @Name("from") @NonNull @Description("Horizon start.") Instant from,
            @Name("to") @NonNull @Description("Horizon end (exclusive).") Instant to,
            @Name("bucket") @DefaultValue("WEEK") @Description("Bucket size.") BucketSize bucket,
            @Name("weekStart") @DefaultValue("MONDAY") @Description("First day of a week bucket.")
            DayOfWeek weekStart) {
        Horizon.check(from, to, bucket);
        Map<Long, WorkCenterLoad> loads = capacity.load(workCenters, from, to, bucket, weekStart);
        return workCenters.stream().map(wc -> {
            WorkCenterLoad load = loads.get(wc.id());
            return load == null ? null : load.buckets().stream().map(LoadBucket::of).toList();
        }).toList();
    }

    @Description("Weekly working periods, in the calendar's time zone.")
    public List<List<CalendarAttendance>> attendances(@Source List<WorkCalendar> calendars) {
        return loader.toMany(env(), calendars, WorkCalendar::id, Entity.ATTENDANCE, "calendarId",
                CalendarAttendance::calendarId, List.of());
    }

    @Description("Dated periods: absences (holidays, shutdowns) and planning bookings.")
    public List<List<CalendarLeave>> leaves(@Source List<WorkCalendar> calendars) {
        return loader.toMany(env(), calendars, WorkCalendar::id, Entity.LEAVE, "calendarId",
                CalendarLeave::calendarId, List.of());
    }
}
