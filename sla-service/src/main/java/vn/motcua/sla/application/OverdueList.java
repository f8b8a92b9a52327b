package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.OverdueQuery;
import vn.motcua.support.time.VnTime;

/** A page of overdue dossiers with days late and apology state, for {@code /api/v1/overdue} and the dashboard. */
@ApplicationScoped
public class OverdueList {
    private final OverdueQuery overdue;
    private final DeadlinePlanner planner;

    public OverdueList(OverdueQuery overdue, DeadlinePlanner planner) {
        this.overdue = overdue;
        this.planner = planner;
    }

    public Page page(StatsFilter filter, Instant now, int page, int size) {
        List<TrackedDossier> dossiers = overdue.page(filter, now, page, size);
        Set<String> missed = overdue.missedFirstAppointment(dossiers.stream().map(d -> d.code).toList());
        List<Entry> entries = dossiers.stream().map(d -> entry(d, missed.contains(d.code), now)).toList();
        return new Page(page, size, overdue.count(filter, now), now, entries);
    }

    private Entry entry(TrackedDossier d, boolean missedFirst, Instant now) {
        LocalDate due = VnTime.dateOf(d.scoringDueAt);
        LocalDate today = VnTime.dateOf(now);
        return new Entry(d, d.rescheduledAt != null || missedFirst, workingDaysLate(planner.of(d), due, today),
                ChronoUnit.DAYS.between(due, today));
    }

    /** Working days after the due date up to and including today (0 while the due day itself is not over). */
    private static long workingDaysLate(BusinessCalendar calendar, LocalDate due, LocalDate today) {
        long days = 0;
        for (LocalDate d = calendar.nextWorkingDay(due); !d.isAfter(today); d = calendar.nextWorkingDay(d)) {
            days++;
        }
        return days;
    }

    public record Page(int page, int size, long total, Instant asOf, List<Entry> entries) {
    }

    /**
     * {@code apologySent}: rescheduled (the apology with a new appointment, an officer's or the automatic one) or the
     * first appointment declared missed, which processing-service answers with the automatic re-appointment.
     */
    public record Entry(TrackedDossier dossier, boolean apologySent, long workingDaysLate, long calendarDaysLate) {
    }
}
