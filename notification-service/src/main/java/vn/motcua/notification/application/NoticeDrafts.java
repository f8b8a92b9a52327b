package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.NoticeKind;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.AutoApologyPolicy;
import vn.motcua.notification.domain.DossierContext;
import vn.motcua.support.calendar.CalendarReplica;

/** Turns a triggering event and the dossier's context into the drafts of the notices it calls for. */
@ApplicationScoped
public class NoticeDrafts {
    private final StaffDirectory directory;
    private final CalendarReplica calendars;
    private final AutoApologyPolicy policy;
    private final String autoReason;

    public NoticeDrafts(StaffDirectory directory, CalendarReplica calendars, NotificationConfig config) {
        this.directory = directory;
        this.calendars = calendars;
        this.policy = new AutoApologyPolicy(config.autoApology().defaultExtensionDays(), config.autoApology().procedures());
        this.autoReason = config.autoApology().reason();
    }

    /** The apology letter for the new appointment the officer set (episode 2). */
    NoticeDraft apology(DossierContext c, DossierRescheduled e) {
        return citizen(c, 2, NoticeKind.APOLOGY, e.originalDueAt(), e.originalDueAt(), e.newDueAt(), e.reason(), e.signerTitle());
    }

    /** The automatic apology when episode 1 was missed without a reschedule; the new date follows the policy. */
    NoticeDraft autoApology(DossierContext c, DeadlineMissed e) {
        return citizen(c, 1, NoticeKind.AUTO_APOLOGY, c.dueAt, e.dueAt(), autoNewDueAt(c, e), autoReason, null);
    }

    Instant autoNewDueAt(DossierContext c, DeadlineMissed e) {
        return policy.newDueAt(calendars.calendar(c.calendarId), c.procedureCode, e.dueAt(), e.occurredAt());
    }

    /** Episode 2 missed: the citizen is told plainly, no second appointment. */
    NoticeDraft overdue(DossierContext c, DeadlineMissed e) {
        return citizen(c, 2, NoticeKind.OVERDUE_NOTICE, c.dueAt, e.dueAt(), null, null, null);
    }

    /** Asks the holding officer and the agency's leader to finish or reschedule in time. */
    NoticeDraft staffAlert(DossierContext c, DeadlineApproaching e) {
        String officer = e.holdingOfficer() != null ? e.holdingOfficer() : c == null ? null : c.holdingOfficer;
        String unit = e.holdingUnitCode() != null ? e.holdingUnitCode() : c == null ? null : c.holdingUnitCode;
        List<String> to = new ArrayList<>();
        if (officer != null && officer.contains("@")) {
            to.add(officer);
        }
        to.add(directory.leader(e.decidingAgencyCode()));
        return staff(c, e.dossierCode(), e.episode(), NoticeKind.STAFF_DEADLINE_ALERT, e.decidingAgencyCode(),
                e.procedureCode(), e.dueAt(), null, to, unit, officer);
    }

    /** To the leader; on episode 2 also to the operator supervising the agency's tree. */
    NoticeDraft escalation(DossierContext c, DeadlineMissed e, Instant newDueAt) {
        List<String> to = new ArrayList<>(List.of(directory.leader(e.decidingAgencyCode())));
        if (e.episode() > 1) {
            to.add(directory.operator(c == null ? e.decidingAgencyCode() : c.rootAgencyCode()));
        }
        return staff(c, e.dossierCode(), e.episode(), NoticeKind.ESCALATION, e.decidingAgencyCode(), e.procedureCode(),
                e.dueAt(), newDueAt, to, e.holdingUnitCode(), e.holdingOfficer());
    }

    private NoticeDraft citizen(DossierContext c, int episode, NoticeKind kind, Instant originalDueAt, Instant dueAt,
            Instant newDueAt, String reason, String signerTitle) {
        return new NoticeDraft(c.dossierCode, episode, kind, c.decidingAgencyCode, c.decidingAgencyName, c.accessPath(),
                c.procedureName, c.receivedAt, originalDueAt, dueAt, newDueAt, reason, signerTitle, c.noticeRecipient(),
                List.of(), directory.counter(c.receivingAgencyCode), c.holdingUnitCode, c.holdingOfficer);
    }

    private static NoticeDraft staff(DossierContext c, String dossierCode, int episode, NoticeKind kind, String agencyCode,
            String procedureCode, Instant dueAt, Instant newDueAt, List<String> to, String unit, String officer) {
        return new NoticeDraft(dossierCode, episode, kind, agencyCode, c == null ? agencyCode : c.decidingAgencyName,
                c == null ? agencyCode : c.accessPath(), c == null ? procedureCode : c.procedureName,
                c == null ? null : c.receivedAt, c == null ? null : c.dueAt, dueAt, newDueAt, null, null, null,
                to.stream().distinct().toList(), null, unit, officer);
    }
}
