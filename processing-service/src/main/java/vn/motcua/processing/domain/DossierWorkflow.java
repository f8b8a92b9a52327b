package vn.motcua.processing.domain;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;

/**
 * Applies an officer's command to a dossier: checks the lifecycle and the time of the action,
 * lets {@link Decisions} produce the event, then moves the status and writes the history line.
 * Plain Java: the caller persists what it returns and publishes the event in the same transaction.
 */
public final class DossierWorkflow {
    private DossierWorkflow() {
    }

    /**
     * @param open the dossier's open hand-over, or null when it has none
     */
    public static Transition apply(Dossier dossier, HandOver open, Command command, Audit audit) {
        Lifecycle.require(dossier.status, command.action());
        checkTime(dossier, audit);
        List<Warning> warnings = new ArrayList<>();
        Decisions decisions = new Decisions(dossier, open, audit, warnings);
        DossierLifecycleEvent event = decisions.decide(command);
        DossierStatus from = dossier.status;
        dossier.status = event.statusAfter();
        dossier.lastEventAt = audit.occurredAt();
        dossier.historyCount++;
        return new Transition(event, history(dossier, command, audit, from, event), decisions.opened(), warnings);
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

    private static HistoryEntry history(Dossier dossier, Command command, Audit audit, DossierStatus from,
            DossierLifecycleEvent event) {
        HistoryEntry h = new HistoryEntry();
        h.dossierId = dossier.id;
        h.seq = dossier.historyCount;
        h.action = command.action().path();
        h.eventType = EventTypes.typeOf(event.getClass());
        h.fromStatus = from;
        h.toStatus = event.statusAfter();
        h.occurredAt = audit.occurredAt();
        h.recordedAt = audit.recordedAt();
        h.recordedBy = audit.actor();
        h.note = Notes.of(command);
        return h;
    }
}
