package vn.motcua.sla.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.CalendarStore;
import vn.motcua.sla.persistence.OverdueQuery;
import vn.motcua.support.time.VnTime;

/** A page of overdue dossiers with days late, holder and apology state, for {@code /api/v1/overdue} and the dashboard. */
@ApplicationScoped
public class OverdueList {
    private final OverdueQuery overdue;
    private final CalendarStore calendars;

    public OverdueList(OverdueQuery overdue, CalendarStore calendars) {
        this.overdue = overdue;
        this.calendars = calendars;
    }

    public Page page(StatsFilter filter, Instant now, int page, int size) {
        List<TrackedDossier> dossiers = overdue.page(filter, now, page, size);
        Set<String> missed = overdue.missedFirstAppointment(dossiers.stream().map(d -> d.code).toList());
        List<Item> items = dossiers.stream().map(d -> item(d, missed.contains(d.code), now)).toList();
        return new Page(page, size, overdue.count(filter, now), VnTime.of(now), items);
    }

    private Item item(TrackedDossier d, boolean missedFirst, Instant now) {
        LocalDate due = VnTime.dateOf(d.currentDueAt);
        LocalDate today = VnTime.dateOf(now);
        boolean rescheduled = d.rescheduledAt != null;
        return new Item(d.code, d.procedureCode, d.procedureName, d.decidingAgencyCode, d.status.name(),
                VnTime.of(d.receivedAt), VnTime.of(d.originalDueAt), VnTime.of(d.currentDueAt), d.episode,
                rescheduled, rescheduled || missedFirst, workingDaysLate(calendars.calendar(d.calendarId), due, today),
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

    /**
     * {@code apologySent}: rescheduled (the apology with a new appointment) or the first appointment declared missed,
     * which notification-service answers with an automatic apology.
     */
    public record Item(String dossierCode, String procedureCode, String procedureName, String decidingAgencyCode,
            String status, OffsetDateTime receivedAt, OffsetDateTime originalDueAt, OffsetDateTime currentDueAt,
            int episode, boolean rescheduled, boolean apologySent, long workingDaysLate, long calendarDaysLate,
            String holdingUnitCode, String holdingOfficer, String stepName, OffsetDateTime stepDueAt) {
    }
}
