package vn.motcua.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.application.CalendarService;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;

/**
 * Calendars in the calendar module's JSON schema. The body is read as text and parsed by
 * vn.motcua.calendar.CalendarJson so that its violations (with field paths) become the 400's errors.
 */
@Tag(name = "Calendars", description = "Working-day calendars: holidays, make-up working days, office hours")
@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
public class CalendarResource {
    private final CalendarService calendars;
    private final Caller caller;

    public CalendarResource(CalendarService calendars, Caller caller) {
        this.calendars = calendars;
        this.caller = caller;
    }

    @Operation(operationId = "listCalendars", summary = "List the calendars' ids")
    @GET
    public List<String> ids() {
        return calendars.ids();
    }

    @Operation(operationId = "getCalendar", summary = "Show a calendar")
    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return calendars.json(id);
    }

    @Operation(operationId = "putCalendar", summary = "Create or replace a calendar")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public String put(@PathParam("id") String id, String body) {
        return calendars.put(id, body, caller.user());
    }
}
