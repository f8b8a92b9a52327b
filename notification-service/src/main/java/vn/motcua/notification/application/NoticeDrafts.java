package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.NoticeKind;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.notification.domain.DossierContext;

/** Turns a triggering event and the dossier's context into the drafts of the notices it calls for. */
@ApplicationScoped
public class NoticeDrafts {
    private final StaffDirectory directory;

    public NoticeDrafts(StaffDirectory directory) {
        this.directory = directory;
    }

    /**
     * The apology letter for the one new appointment processing-service recorded: set by the officer (APOLOGY,
     * episode 2), or by processing itself once the appointment passed with none (AUTO_APOLOGY, keyed on episode 1 as
     * the letters notification chose the date of before issue 13 were, so that such a dossier gets no second one).
     */
    NoticeDraft apology(DossierContext c, DossierRescheduled e) {
        NoticeKind kind = e.automatic() ? NoticeKind.AUTO_APOLOGY : NoticeKind.APOLOGY;
        return citizen(c, e.automatic() ? 1 : 2, kind, e.originalDueAt(), e.originalDueAt(), e.newDueAt(), e.reason(),
                e.signerTitle());
    }

    /** Episode 2 missed: the citizen is told plainly, no second appointment. */
    NoticeDraft overdue(DossierContext c, DeadlineMissed e) {
        return citizen(c, 2, NoticeKind.OVERDUE_NOTICE, c.dueAt, e.dueAt(), null, null, null);
    }

    /** Asks the holding officer and the agency's leader to finish, or on episode 1 to apologise in time. */
    NoticeDraft staffAlert(DossierContext c, DeadlineApproaching e) {
        String officer = e.holdingOfficer() != null ? e.holdingOfficer() : c == null ? null : c.holdingOfficer;
        String unit = e.holdingUnitCode() != null ? e.holdingUnitCode() : c == null ? null : c.holdingUnitCode;
        List<String> to = new ArrayList<>();
        if (officer != null && officer.contains("@")) {
            to.add(officer);
        }
        to.add(directory.leader(e.decidingAgencyCode()));
        return staff(c, e.dossierCode(), e.episode(), NoticeKind.STAFF_DEADLINE_ALERT, e.decidingAgencyCode(),
                e.procedureCode(), e.dueAt(), null, e.apologyDeadline(), to, unit, officer);
    }

    /**
     * To the leader, with the new appointment when it is known here; on episode 2 also to the operator supervising
     * the agency's tree.
     */
    NoticeDraft escalation(DossierContext c, DeadlineMissed e) {
        List<String> to = new ArrayList<>(List.of(directory.leader(e.decidingAgencyCode())));
        if (e.episode() > 1) {
            to.add(directory.operator(c == null ? e.decidingAgencyCode() : c.rootAgencyCode()));
        }
        Instant newDueAt = e.episode() == 1 && c != null ? c.newDueAt : null;
        return staff(c, e.dossierCode(), e.episode(), NoticeKind.ESCALATION, e.decidingAgencyCode(), e.procedureCode(),
                e.dueAt(), newDueAt, null, to, e.holdingUnitCode(), e.holdingOfficer());
    }

    /** The result was returned: the citizen is told so and invited to rate the service, once per dossier (episode 1). */
    NoticeDraft result(DossierContext c, ResultReturned e) {
        return citizen(c, 1, NoticeKind.RESULT_NOTICE, c.dueAt, c.rescheduled ? c.newDueAt : c.dueAt, null, null, null,
                e.occurredAt());
    }

    private NoticeDraft citizen(DossierContext c, int episode, NoticeKind kind, Instant originalDueAt, Instant dueAt,
            Instant newDueAt, String reason, String signerTitle) {
        return citizen(c, episode, kind, originalDueAt, dueAt, newDueAt, reason, signerTitle, null);
    }

    private NoticeDraft citizen(DossierContext c, int episode, NoticeKind kind, Instant originalDueAt, Instant dueAt,
            Instant newDueAt, String reason, String signerTitle, Instant returnedAt) {
        return new NoticeDraft(c.dossierCode, episode, kind, c.decidingAgencyCode, c.decidingAgencyName, c.accessPath(),
                c.procedureName, c.receivedAt, originalDueAt, dueAt, newDueAt, null, reason, signerTitle,
                c.noticeRecipient(), List.of(), directory.counter(c.receivingAgencyCode), c.holdingUnitCode,
                c.holdingOfficer, c.lookupPin, returnedAt);
    }

    private static NoticeDraft staff(DossierContext c, String dossierCode, int episode, NoticeKind kind, String agencyCode,
            String procedureCode, Instant dueAt, Instant newDueAt, Instant apologyDeadline, List<String> to, String unit,
            String officer) {
        return new NoticeDraft(dossierCode, episode, kind, agencyCode, c == null ? agencyCode : c.decidingAgencyName,
                c == null ? agencyCode : c.accessPath(), c == null ? procedureCode : c.procedureName,
                c == null ? null : c.receivedAt, c == null ? null : c.dueAt, dueAt, newDueAt, apologyDeadline, null, null,
                null, to.stream().distinct().toList(), null, unit, officer, null, null);
    }
}
