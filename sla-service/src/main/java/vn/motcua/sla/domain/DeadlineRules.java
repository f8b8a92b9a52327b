package vn.motcua.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import vn.motcua.calendar.BusinessCalendar;

/** When the scanner must look at a dossier next, and when a warning is due. */
public final class DeadlineRules {
    private DeadlineRules() {
    }

    /**
     * The instant {@code leadDays} working days before {@code due}: the same clock time on the working day that many
     * working days earlier in the deciding agency's calendar (one working day is the legal minimum notice for an
     * apology, docs/domain.md § Apologies and the new appointment).
     */
    public static Instant warnAt(Instant due, BusinessCalendar calendar, int leadDays) {
        ZonedDateTime local = due.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        for (int i = 0; i < leadDays; i++) {
            day = calendar.previousWorkingDay(day);
        }
        return local.with(day).toInstant();
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
        Instant overdue = d.stock == StockState.IN_TIME ? d.currentDueAt : null;
        if (emission == null || overdue == null) {
            return emission == null ? overdue : emission;
        }
        return emission.isBefore(overdue) ? emission : overdue;
    }
}
