package vn.motcua.processing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.support.calendar.Apologies;
import vn.motcua.support.time.VnTime;

/**
 * Applies an officer's command to a dossier: checks the lifecycle and the time of the action,
 * lets {@link Decisions} produce the event, then moves the status and writes the history line.
 * Plain Java: the caller persists what it returns and publishes the event in the same transaction.
 */
public final class DossierWorkflow {
    /** The actor of what processing does by itself. */
    public static final String SYSTEM = "system";

    private DossierWorkflow() {
    }

    /**
     * @param open the dossier's open hand-over, or null when it has none
     * @param calendar the deciding agency's calendar (a reschedule is judged late or in time on it)
     */
    public static Transition apply(Dossier dossier, HandOver open, Command command, Audit audit,
            BusinessCalendar calendar) {
        return apply(dossier, open, command, audit, calendar, BackdatingWindow.NONE);
    }

    /**
     * As {@link #apply(Dossier, HandOver, Command, Audit, BusinessCalendar)}, refusing an officer's action recorded
     * beyond {@code window} ({@link BackdatingRefused}) before anything changed.
     */
    public static Transition apply(Dossier dossier, HandOver open, Command command, Audit audit,
            BusinessCalendar calendar, BackdatingWindow window) {
        Lifecycle.require(dossier.status, command.action());
        checkTime(dossier, audit);
        int late = BackdatingWindow.workingDaysLate(audit, calendar);
        window.check(audit, late);
        List<Warning> warnings = new ArrayList<>();
        Decisions decisions = new Decisions(dossier, open, audit, calendar, warnings);
        DossierLifecycleEvent event = decisions.decide(command);
        DossierStatus from = dossier.status;
        dossier.status = event.statusAfter();
        dossier.moveClock(from, audit.occurredAt(), calendar);
        dossier.lastEventAt = audit.occurredAt();
        dossier.historyCount++;
        HistoryEntry line = history(dossier, command.action(), Notes.of(command), audit, from, event, dossier.status);
        line.workingDaysLate = late;
        return new Transition(event, line, decisions.opened(), warnings);
    }

    /**
     * Whether a miss of {@code episode} due at {@code missedDueAt} calls for processing's own re-appointment: the first
     * appointment passed while the dossier is open, its clock running (not paused), with no new appointment yet. An
     * earlier due instant than the dossier's is a stale report (pauses only ever move sla's appointment later).
     */
    public static boolean awaitsReappointment(Dossier d, int episode, Instant missedDueAt) {
        return episode == 1 && !d.rescheduled && !d.status.endsProcessing() && !d.status.isPaused()
                && d.currentDueAt != null && missedDueAt != null && !missedDueAt.isBefore(d.currentDueAt);
    }

    /**
     * The automatic apology's re-appointment (actor {@link #SYSTEM}): the one new appointment the procedure's policy
     * gives, always late, taken even when already past (it is the date the citizen's letter named). The status stays:
     * a dossier still at the counter (2) is not in processing because its appointment passed.
     */
    public static Transition reappoint(Dossier d, String reason, Instant newDueAt, Audit audit) {
        Decisions.requireNotRescheduled(d);
        if (!awaitsReappointment(d, 1, d.currentDueAt)) {
            throw new RuleViolated("newDueAt", "a dossier ended, paused or without an appointment is not re-appointed");
        }
        if (!newDueAt.isAfter(d.currentDueAt)) {
            throw new RuleViolated("newDueAt", "the new appointment must be later than the current appointment "
                    + d.currentDueAt);
        }
        DossierLifecycleEvent event = Decisions.setNewAppointment(d, reason, newDueAt, null, true, true, audit);
        if (d.lastEventAt == null || audit.occurredAt().isAfter(d.lastEventAt)) {
            d.lastEventAt = audit.occurredAt();
        }
        d.historyCount++;
        String note = reason + " → " + VnTime.of(newDueAt) + " (tự động khi quá hạn hẹn)";
        HistoryEntry line = history(d, Action.RESCHEDULE, note, audit, d.status, event, d.status);
        line.workingDaysLate = 0;
        return new Transition(event, line, null, List.of());
    }

    /** A reschedule recorded before lateness was judged (before issue 13): judged now, on when it was recorded. */
    public static void judgeEarlierReschedule(Dossier d, BusinessCalendar calendar) {
        if (d.rescheduled && d.rescheduleLate == null && d.rescheduledAt != null && d.originalDueAt != null) {
            d.rescheduleLate = Apologies.isLate(d.rescheduledAt, d.originalDueAt, calendar);
        }
    }

    /** Work recorded late is accepted, but never in the future nor before what already happened. */
    static void checkTime(Dossier dossier, Audit audit) {
        if (audit.occurredAt().isAfter(audit.recordedAt())) {
            throw new InvalidInput(audit.occurredAtField(), "must not be in the future");
        }
        if (dossier.lastEventAt != null && audit.occurredAt().isBefore(dossier.lastEventAt)) {
            throw new InvalidInput(audit.occurredAtField(),
                    "must not be before the dossier's previous event at " + dossier.lastEventAt);
        }
    }

    private static HistoryEntry history(Dossier dossier, Action action, String note, Audit audit, DossierStatus from,
            DossierLifecycleEvent event, DossierStatus to) {
        HistoryEntry h = new HistoryEntry();
        h.dossierId = dossier.id;
        h.seq = dossier.historyCount;
        h.action = action.path();
        h.eventType = EventTypes.typeOf(event.getClass());
        h.fromStatus = from;
        h.toStatus = to;
        h.occurredAt = audit.occurredAt();
        h.recordedAt = audit.recordedAt();
        h.recordedBy = audit.actor();
        h.note = note;
        return h;
    }
}
