package vn.motcua.sla.domain;

import java.time.Instant;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.support.calendar.Apologies;

/** When the scanner must look at a dossier next, and when a warning is due. */
public final class DeadlineRules {
    private DeadlineRules() {
    }

    /**
     * The instant {@code leadDays} working days before {@code due}: the same clock time on the working day that many
     * working days earlier in the deciding agency's calendar, kept within that day's hours as the apology's last
     * moment is, so that a lead of one working day never warns after it (docs/domain.md § Apologies).
     */
    public static Instant warnAt(Instant due, BusinessCalendar calendar, int leadDays) {
        return calendar.workingDaysBefore(due, Math.max(0, leadDays));
    }

    /**
     * The last moment an apology with a new appointment is still in time for the current appointment, one working
     * day before it (Decree 61/2018/NĐ-CP art. 12); null in episode 2, whose appointment is the one new one and can
     * be followed by no other, and for a dossier without a deadline.
     */
    public static Instant apologyDeadline(TrackedDossier d, BusinessCalendar calendar) {
        return d.episode == 1 && d.currentDueAt != null ? Apologies.lastMomentInTime(d.currentDueAt, calendar) : null;
    }

    /**
     * The next instant of interest: the warning instant until the warning is out, then the due instant until the
     * miss is out, and the due instant while the statistics count the dossier within its deadline; null for ended or
     * paused dossiers, dossiers without a deadline, and once all of these are out. A migrated dossier's appointment
     * that passed before its import is never announced.
     */
    public static Instant nextCheck(TrackedDossier d, DeadlineEpisode current, Instant warnAt) {
        if (!d.isOpen() || d.isPaused() || !d.hasDeadline()) {
            return null;
        }
        Instant emission = current == null || current.missedAt != null || d.appointmentIsHistory() ? null
                : current.approachingAt != null ? d.currentDueAt : warnAt;
        Instant overdue = d.stock == StockState.IN_TIME ? d.scoringDueAt : null;
        if (emission == null || overdue == null) {
            return emission == null ? overdue : emission;
        }
        return emission.isBefore(overdue) ? emission : overdue;
    }
}
