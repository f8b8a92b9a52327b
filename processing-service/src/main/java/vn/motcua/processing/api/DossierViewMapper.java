package vn.motcua.processing.api;

import vn.motcua.processing.api.DossierViews.AgencyView;
import vn.motcua.processing.api.DossierViews.AlertView;
import vn.motcua.processing.api.DossierViews.DossierSummary;
import vn.motcua.processing.api.DossierViews.DossierView;
import vn.motcua.processing.api.DossierViews.FeePaymentView;
import vn.motcua.processing.api.DossierViews.HandOverView;
import vn.motcua.processing.api.DossierViews.HistoryView;
import vn.motcua.processing.api.DossierViews.LateCauseView;
import vn.motcua.processing.api.DossierViews.NoticeView;
import vn.motcua.processing.api.DossierViews.ProcedureView;
import vn.motcua.processing.api.DossierViews.StatusView;
import vn.motcua.processing.api.DossierViews.StepView;
import vn.motcua.processing.application.DossierDetails;
import vn.motcua.processing.domain.Action;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.HandOver;
import vn.motcua.processing.domain.HistoryEntry;
import vn.motcua.support.time.VnTime;

/** The officers' view of a dossier, from what the application read; instants become +07:00 times. */
final class DossierViewMapper {
    private DossierViewMapper() {
    }

    static DossierView view(DossierDetails details) {
        Dossier d = details.dossier();
        StepView step = d.currentUnitCode == null ? null : new StepView(d.currentUnitCode, d.currentOfficer,
                d.currentStepName, VnTime.of(d.currentStepSince), VnTime.of(d.currentStepDueAt));
        return new DossierView(d.code, StatusView.of(d.status),
                d.allowedActions().stream().map(Action::path).toList(),
                new ProcedureView(d.procedureCode, d.procedureVersion, d.procedureName, d.fieldCode, d.fieldName),
                new AgencyView(d.decidingAgencyCode, d.decidingAgencyName),
                new AgencyView(d.receivingAgencyCode, d.receivingAgencyName),
                d.channel == null ? null : d.channel.name(), d.applicantName,
                VnTime.of(d.receivedAt), VnTime.of(d.originalDueAt), VnTime.of(d.currentDueAt), d.rescheduled,
                d.rescheduleReason, d.rescheduleSignerTitle, RescheduleView.of(d), step, d.supplementRequests, d.resultReference,
                d.returnChannel == null ? null : d.returnChannel.name(),
                d.feeAmount == null ? null : new FeePaymentView(d.feeAmount, d.feeChannel, VnTime.of(d.feePaidAt)),
                d.resultDigitised, d.resultReusedFromPortal,
                details.controlSheet().stream().map(DossierViewMapper::handOver).toList(),
                details.history().stream().map(DossierViewMapper::history).toList(),
                details.deadlineAlerts().stream().map(a -> new AlertView(a.episode, a.kind, VnTime.of(a.dueAt),
                        VnTime.of(a.occurredAt))).toList(),
                details.notices().stream().map(n -> new NoticeView(n.kind.name(), n.sent,
                        n.channel == null ? null : n.channel.name(), n.recipientMasked, VnTime.of(n.occurredAt),
                        VnTime.of(n.newDueAt), n.error)).toList(),
                d.version, null);
    }

    static DossierSummary summary(Dossier d) {
        return new DossierSummary(d.code, StatusView.of(d.status), d.procedureCode, d.procedureName,
                d.decidingAgencyCode, VnTime.of(d.receivedAt), VnTime.of(d.currentDueAt), d.rescheduled,
                d.currentUnitCode, d.currentOfficer);
    }

    private static HandOverView handOver(HandOver h) {
        return new HandOverView(h.seq, h.stepName, h.fromUnitCode, h.fromOfficer, h.toUnitCode, h.toOfficer,
                VnTime.of(h.handedAt), h.handedBy, VnTime.of(h.stepDueAt), VnTime.of(h.endedAt), h.outcome,
                LateCauseView.of(h.lateCause, h.lateExplanation, h.lateCauseBy, VnTime.of(h.lateCauseAt)));
    }

    private static HistoryView history(HistoryEntry h) {
        return new HistoryView(h.seq, h.action, h.eventType, StatusView.of(h.fromStatus), StatusView.of(h.toStatus),
                VnTime.of(h.occurredAt), VnTime.of(h.recordedAt), h.recordedBy, h.occurredAt.isBefore(h.recordedAt),
                h.note);
    }
}
