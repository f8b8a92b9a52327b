package vn.motcua.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.events.sla.DossierSlaEvent;

/**
 * What lifecycle events and the scanner change together: a tracked dossier, its current deadline episode, its running
 * pause and its count of hand-overs. The rows a change creates (pause, episode, step) are returned for the caller to
 * save; the loaded ones are changed in place.
 */
public final class DeadlineCase {
    private final TrackedDossier dossier;
    private DeadlineEpisode episode;
    private PausedInterval runningPause;
    private int steps;

    /** {@code episode} is the dossier's current one and {@code runningPause} its open interval, each null if none. */
    public DeadlineCase(TrackedDossier dossier, DeadlineEpisode episode, PausedInterval runningPause, int steps) {
        this.dossier = dossier;
        this.episode = episode;
        this.runningPause = runningPause;
        this.steps = steps;
    }

    /** A dossier just received, in its first episode; both rows are new. */
    public static DeadlineCase received(DossierReceived e, Instant now, StatsLedger ledger) {
        TrackedDossier d = TrackedDossier.received(e, now, ledger);
        return new DeadlineCase(d, DeadlineEpisode.open(d.code, 1, d.currentDueAt, e.receivedAt()), null, 0);
    }

    public TrackedDossier dossier() {
        return dossier;
    }

    public DeadlineEpisode episode() {
        return episode;
    }

    /** A hand-over: the dossier's holder changes; returns the step, numbered after the dossier's earlier ones. */
    public ProcessingStep assign(Instant at, String stepName, String unitCode, String officer, Instant stepDue) {
        dossier.assign(unitCode, officer, stepName, stepDue);
        return ProcessingStep.assigned(dossier.code, ++steps, stepName, unitCode, officer, at, stepDue);
    }

    /** Starts a pause unless one is running; returns its new interval. */
    public Optional<PausedInterval> pause(PauseKind kind, Instant at, StatsLedger ledger) {
        if (!dossier.pause(kind, at, ledger)) {
            return Optional.empty();
        }
        runningPause = PausedInterval.start(dossier.code, kind, at);
        return Optional.of(runningPause);
    }

    /** Ends the running pause: the appointments, the episode's due and the interval take its working time. */
    public void resume(Instant at, DeadlineCalendar calendars, StatsLedger ledger) {
        if (!dossier.isPaused()) {
            return;
        }
        BusinessCalendar calendar = calendars.of(dossier);
        Duration working = workingTime(dossier.pausedSince, at, calendar);
        dossier.resume(at, working, calendar, ledger);
        closePause(at, working);
        if (episode != null) {
            episode.dueAt = dossier.currentDueAt;
        }
    }

    /**
     * Opens episode 2 with the new appointment, whoever set it (its miss is announced like episode 1's, and there is
     * no third); returns it, or empty when already rescheduled or ended.
     */
    public Optional<DeadlineEpisode> reschedule(Instant at, Instant newDueAt, Apology how, StatsLedger ledger) {
        if (!dossier.reschedule(at, newDueAt, how, ledger)) {
            return Optional.empty();
        }
        episode = DeadlineEpisode.open(dossier.code, 2, newDueAt, at);
        return Optional.of(episode);
    }

    /**
     * A processing end: a running pause closes at it (the dossier's paused total stays as it was, the end is scored
     * against the appointment as it stood); true when this event ended and scored the dossier.
     */
    public boolean end(Instant at, DossierStatus status, DeadlineCalendar calendars, StatsLedger ledger) {
        if (runningPause != null) {
            closePause(at, workingTime(runningPause.startedAt, at, calendars.of(dossier)));
        }
        return dossier.end(at, status, ledger);
    }

    /**
     * After an event: the dossier takes the status it leads to (an ended dossier keeps the one its ending events set),
     * and its next instant of interest is planned again.
     */
    public void settle(DossierStatus statusAfter, DeadlineCalendar calendars, Instant now) {
        if (dossier.isOpen()) {
            dossier.status = statusAfter;
        }
        replan(calendars);
        dossier.updatedAt = now;
    }

    /** Plans the next instant the scanner must look at the dossier. */
    public void replan(DeadlineCalendar calendars) {
        dossier.nextCheckAt = watched() ? DeadlineRules.nextCheck(dossier, episode, calendars.warnAt(dossier)) : null;
    }

    /**
     * The scanner's look at {@code now}: the dossier counts overdue from its appointment on, and the warning or the
     * miss of its episode is returned to announce, each once per episode (the flag set here is written with the
     * announcement). A warning that would come after the due instant (backdated receipt, long outage) is skipped.
     */
    public Optional<DossierSlaEvent> check(Instant now, DeadlineCalendar calendars, StatsLedger ledger) {
        if (!watched()) {
            dossier.nextCheckAt = null;
            return Optional.empty();
        }
        // the statistics count it overdue from its appointment on, whether or not a miss is still to be announced
        dossier.advance(now, ledger);
        Instant warnAt = calendars.warnAt(dossier);
        Optional<DossierSlaEvent> due = episode == null || dossier.appointmentIsHistory() ? Optional.empty()
                : announcement(now, warnAt, calendars);
        dossier.nextCheckAt = DeadlineRules.nextCheck(dossier, episode, warnAt);
        return due;
    }

    private Optional<DossierSlaEvent> announcement(Instant now, Instant warnAt, DeadlineCalendar calendars) {
        TrackedDossier d = dossier;
        if (!now.isBefore(d.currentDueAt)) {
            if (episode.missedAt != null) {
                return Optional.empty();
            }
            episode.missedAt = now;
            return Optional.of(new DeadlineMissed(d.code, now, d.episode, d.currentDueAt, d.originalDueAt,
                    d.procedureCode, d.decidingAgencyCode, d.holdingUnitCode, d.holdingOfficer));
        }
        if (now.isBefore(warnAt) || episode.approachingAt != null) {
            return Optional.empty();
        }
        episode.approachingAt = now;
        return Optional.of(new DeadlineApproaching(d.code, now, d.episode, d.currentDueAt, d.procedureCode,
                d.decidingAgencyCode, d.holdingUnitCode, d.holdingOfficer,
                DeadlineRules.apologyDeadline(d, calendars.of(d))));
    }

    /** Open, running and with a deadline: only such a dossier warns, misses or becomes overdue. */
    private boolean watched() {
        return dossier.isOpen() && !dossier.isPaused() && dossier.hasDeadline();
    }

    private void closePause(Instant at, Duration working) {
        if (runningPause == null) {
            return;
        }
        runningPause.endedAt = at;
        runningPause.workingSeconds = working.toSeconds();
        runningPause = null;
    }

    /** The working time paused, the one figure both the appointments and the interval use; none if backdated. */
    private static Duration workingTime(Instant from, Instant to, BusinessCalendar calendar) {
        return to.isAfter(from) ? calendar.workingTimeBetween(from, to) : Duration.ZERO;
    }
}
