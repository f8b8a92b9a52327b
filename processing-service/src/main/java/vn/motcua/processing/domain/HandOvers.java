package vn.motcua.processing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.StepAssigned;

/** The assign rule: ends the step in hand, opens the next one and names the event (first hand-over or a later one). */
final class HandOvers {
    private final Dossier d;
    private final HandOver open;
    private final Audit audit;
    private final BusinessCalendar calendar;
    private final List<Warning> warnings;

    HandOvers(Dossier dossier, HandOver open, Audit audit, BusinessCalendar calendar, List<Warning> warnings) {
        this.d = dossier;
        this.open = open;
        this.audit = audit;
        this.calendar = calendar;
        this.warnings = warnings;
    }

    HandOver open(Command.Assign a) {
        Decisions.required("unitCode", a.unitCode());
        Decisions.required("officer", a.officer());
        Decisions.required("stepName", a.stepName());
        Instant due = a.stepDueAt() != null ? a.stepDueAt() : plannedDue(a.stepName());
        if (a.stepDueAt() != null && !a.stepDueAt().isAfter(audit.occurredAt())) {
            throw new InvalidInput("stepDueAt", "must be after the hand-over time " + audit.occurredAt());
        }
        if (due != null && d.currentDueAt != null && due.isAfter(d.currentDueAt)) {
            warnings.add(new Warning(Warning.STEP_DUE_AFTER_APPOINTMENT, "the step deadline " + due
                    + " is after the dossier's appointment " + d.currentDueAt));
        }
        if (open != null && open.isOpen()) {
            open.end(audit.occurredAt());
        }
        HandOver next = new HandOver();
        next.dossierId = d.id;
        next.seq = ++d.stepCount;
        next.stepName = a.stepName();
        next.fromUnitCode = d.currentUnitCode;
        next.fromOfficer = d.currentOfficer;
        next.toUnitCode = a.unitCode();
        next.toOfficer = a.officer();
        next.handedAt = audit.occurredAt();
        next.handedBy = audit.actor();
        next.stepDueAt = due;
        d.currentUnitCode = a.unitCode();
        d.currentOfficer = a.officer();
        d.currentStepName = a.stepName();
        d.currentStepSince = audit.occurredAt();
        d.currentStepDueAt = due;
        return next;
    }

    /**
     * A step without its own deadline: the hand-over time plus the planned step's time on the deciding agency's calendar
     * (in the unit of the procedure's processing time), or the dossier's appointment when the plan has no such step.
     */
    private Instant plannedDue(String stepName) {
        Optional<PlannedStep> planned = d.plannedStep(stepName);
        if (planned.isEmpty() || d.processingUnit == null) {
            return d.currentDueAt;
        }
        return calendar.due(audit.occurredAt(), planned.get().amount(), WorkingTimeUnit.valueOf(d.processingUnit));
    }

    DossierLifecycleEvent event(Command.Assign a, HandOver next) {
        if (d.status == DossierStatus.RECEIVED) {
            return new ProcessingStarted(d.code, audit.occurredAt(), audit.actor(), a.stepName(), a.unitCode(),
                    a.officer(), next.stepDueAt);
        }
        return new StepAssigned(d.code, audit.occurredAt(), audit.actor(), a.stepName(), next.fromUnitCode,
                next.fromOfficer, a.unitCode(), a.officer(), next.stepDueAt);
    }
}
