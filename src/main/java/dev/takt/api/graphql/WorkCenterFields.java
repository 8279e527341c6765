package dev.takt.api.graphql;

import dev.takt.domain.CalendarAttendance;
import dev.takt.domain.CalendarLeave;
import dev.takt.domain.Entity;
import dev.takt.domain.WorkCalendar;
import dev.takt.domain.WorkCenter;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** Links of work centers to their working-time calendars. Batched per level. */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class WorkCenterFields extends GraphQLResolvers {

    WorkCenterFields() {
    }

    @Inject
    public WorkCenterFields(Loader loader, Context context) {
        super(loader, context);
    }

    @Description("The work center's working-time calendar.")
    public List<WorkCalendar> calendar(@Source List<WorkCenter> workCenters) {
        return loader.toOne(env(), workCenters, WorkCenter::calendarId, Entity.CALENDAR, WorkCalendar::id);
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
