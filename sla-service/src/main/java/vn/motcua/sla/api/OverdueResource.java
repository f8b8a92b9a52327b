package vn.motcua.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.CalendarStore;
import vn.motcua.sla.persistence.OverdueQuery;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** Open dossiers past their current appointment, oldest first, with who holds them (attribution of lateness). */
@Path("/api/v1/overdue")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {
    private static final int MAX_SIZE = 200;

    private final OverdueQuery overdue;
    private final CalendarStore calendars;
    private final AgencyScope scope;
    private final Clock clock;

    public OverdueResource(OverdueQuery overdue, CalendarStore calendars, AgencyScope scope, Clock clock) {
        this.overdue = overdue;
        this.calendars = calendars;
        this.scope = scope;
        this.clock = clock;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public Page list(@QueryParam("agency") String agency, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        AgencyScope.Scoped scoped = scope.resolve(agency);
        String code = scoped == null ? null : scoped.code();
        Instant now = clock.instant();
        List<Item> items = overdue.page(code, now, page, size).stream().map(d -> item(d, now)).toList();
        return new Page(page, size, overdue.count(code, now), VnTime.of(now), items);
    }

    private Item item(TrackedDossier d, Instant now) {
        LocalDate due = VnTime.dateOf(d.currentDueAt);
        LocalDate today = VnTime.dateOf(now);
        return new Item(d.code, d.procedureCode, d.procedureName, d.decidingAgencyCode, d.status.name(),
                VnTime.of(d.receivedAt), VnTime.of(d.originalDueAt), VnTime.of(d.currentDueAt), d.episode,
                d.rescheduledAt != null, workingDaysLate(calendars.calendar(d.calendarId), due, today),
                ChronoUnit.DAYS.between(due, today), d.holdingUnitCode, d.holdingOfficer, d.stepName,
                VnTime.of(d.stepDueAt));
    }

    /** Working days after the due date up to and including today (0 while the due day itself is not over). */
    static long workingDaysLate(BusinessCalendar calendar, LocalDate due, LocalDate today) {
        long days = 0;
        for (LocalDate d = calendar.nextWorkingDay(due); !d.isAfter(today); d = calendar.nextWorkingDay(d)) {
            days++;
        }
        return days;
    }

    public record Page(int page, int size, long total, OffsetDateTime asOf, List<Item> items) {
    }

    public record Item(String dossierCode, String procedureCode, String procedureName, String decidingAgencyCode,
            String status, OffsetDateTime receivedAt, OffsetDateTime originalDueAt, OffsetDateTime currentDueAt,
            int episode, boolean rescheduled, long workingDaysLate, long calendarDaysLate, String holdingUnitCode,
            String holdingOfficer, String stepName, OffsetDateTime stepDueAt) {
    }
}
