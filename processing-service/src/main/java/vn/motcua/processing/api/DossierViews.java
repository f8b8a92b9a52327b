package vn.motcua.processing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.LateCause;
import vn.motcua.processing.domain.StepOutcome;
import vn.motcua.processing.domain.Warning;

/** What officers see of a dossier: status, current step, appointments, the process-control sheet and the history. */
public final class DossierViews {
    private DossierViews() {
    }

    public record StatusView(int code, String name, String label) {
        public static StatusView of(DossierStatus status) {
            return status == null ? null : new StatusView(status.code(), status.name(), status.label());
        }
    }

    public record AgencyView(String code, String name) {
    }

    public record ProcedureView(String code, int version, String name, String fieldCode, String fieldName) {
    }

    public record StepView(String unitCode, String officer, String stepName, OffsetDateTime since,
            OffsetDateTime stepDueAt) {
    }

    public record HandOverView(int seq, String stepName, String fromUnitCode, String fromOfficer, String toUnitCode,
            String toOfficer, OffsetDateTime handedAt, String handedBy, OffsetDateTime stepDueAt,
            OffsetDateTime endedAt, StepOutcome outcome, LateCauseView lateCause) {
    }

    /** Why a late step ran late (null on a line without one): SUBJECTIVE (chủ quan) or OBJECTIVE (khách quan). */
    public record LateCauseView(LateCause cause, String label, String explanation, String recordedBy,
            OffsetDateTime recordedAt) {
        public static LateCauseView of(LateCause cause, String explanation, String by, OffsetDateTime at) {
            return cause == null ? null : new LateCauseView(cause,
                    cause == LateCause.SUBJECTIVE ? "Chủ quan" : "Khách quan", explanation, by, at);
        }
    }

    public record HistoryView(int seq, String action, String eventType, StatusView fromStatus, StatusView toStatus,
            OffsetDateTime occurredAt, OffsetDateTime recordedAt, String recordedBy, boolean recordedLate,
            String note) {
    }

    /** The latest fee payment, amount in đồng (absent when the officer did not state it). */
    public record FeePaymentView(long amount, FeeChannel channel, OffsetDateTime paidAt) {
    }

    public record AlertView(int episode, String kind, OffsetDateTime dueAt, OffsetDateTime at) {
    }

    public record NoticeView(String kind, boolean sent, String channel, String recipientMasked, OffsetDateTime at,
            OffsetDateTime newDueAt, String error) {
    }

    /**
     * {@code warnings} is present on action responses only, {@code reschedule} once the new appointment is set
     * ({@code rescheduled}, {@code rescheduleReason} and {@code currentDueAt} say it too, as before);
     * {@code feePayment}, {@code resultDigitised} and {@code resultReusedFromPortal} once an officer stated them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DossierView(String code, StatusView status, List<String> allowedActions, ProcedureView procedure,
            AgencyView decidingAgency, AgencyView receivingAgency, String channel, String applicantName,
            OffsetDateTime receivedAt, OffsetDateTime originalDueAt, OffsetDateTime currentDueAt, boolean rescheduled,
            String rescheduleReason, String rescheduleSignerTitle, RescheduleView reschedule, StepView currentStep,
            int supplementRequests, String resultReference, String returnChannel, FeePaymentView feePayment,
            Boolean resultDigitised, Boolean resultReusedFromPortal, List<HandOverView> controlSheet,
            List<HistoryView> history, List<AlertView> deadlineAlerts, List<NoticeView> notices, long version,
            List<Warning> warnings) {

        public DossierView withWarnings(List<Warning> list) {
            return new DossierView(code, status, allowedActions, procedure, decidingAgency, receivingAgency, channel,
                    applicantName, receivedAt, originalDueAt, currentDueAt, rescheduled, rescheduleReason,
                    rescheduleSignerTitle, reschedule, currentStep, supplementRequests, resultReference, returnChannel,
                    feePayment, resultDigitised, resultReusedFromPortal, controlSheet, history, deadlineAlerts, notices, version, List.copyOf(list));
        }
    }

    public record DossierSummary(String code, StatusView status, String procedureCode, String procedureName,
            String decidingAgencyCode, OffsetDateTime receivedAt, OffsetDateTime currentDueAt, boolean rescheduled,
            String currentUnitCode, String currentOfficer) {
    }

    public record DossierPage(int page, int size, long total, List<DossierSummary> items) {
    }
}
