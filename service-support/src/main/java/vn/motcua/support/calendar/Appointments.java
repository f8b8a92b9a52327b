package vn.motcua.support.calendar;

import java.time.Instant;
import java.util.List;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.Interval;
import vn.motcua.calendar.WorkingTimeUnit;

/**
 * How a pause moves a dossier's appointments (docs/domain.md § Deadlines): the working time paused is added to them,
 * or, for a supplement under the RESTART policy, the legal time counts again from the complete dossier. One rule for
 * the two services that keep an appointment: sla-service (statistics, warnings) and processing-service (the officer's
 * apology is judged on the appointment in force, the citizen's lookup shows it); both see the same events and the
 * same agency calendar, so they agree to the second.
 */
public final class Appointments {

    private Appointments() {
    }

    /**
     * @param scoringDueAt the receipt's appointment moved by the pauses so far (what statistics compare with)
     * @param currentDueAt the appointment in force: the scoring one in episode 1, the one new appointment after it
     * @param firstEpisode no new appointment set yet
     * @param restart a supplement pause under the RESTART policy, with the procedure's legal time known
     */
    public record AfterPause(Instant scoringDueAt, Instant currentDueAt) {
    }

    /** The appointments once a pause from {@code since} ends at {@code at}; nulls stay null. */
    public static AfterPause afterPause(Instant scoringDueAt, Instant currentDueAt, boolean firstEpisode,
            Instant since, Instant at, boolean restart, Integer amount, String unit, BusinessCalendar calendar) {
        List<Interval> pause = at.isAfter(since) ? List.of(new Interval(since, at)) : List.of();
        Instant scoring = scoringDueAt == null ? null
                : restart && amount != null ? calendar.due(at, amount, WorkingTimeUnit.valueOf(unit))
                : calendar.extend(scoringDueAt, pause);
        Instant current = currentDueAt == null ? null
                : firstEpisode ? scoring
                : later(calendar.extend(currentDueAt, pause), scoring);
        return new AfterPause(scoring, current);
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
