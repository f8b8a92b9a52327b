package vn.motcua.processing.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.processing.api.DossierViews.DossierView;
import vn.motcua.processing.api.DossierViews.HandOverView;
import vn.motcua.processing.api.DossierViews.HistoryView;
import vn.motcua.processing.api.DossierViews.StatusView;
import vn.motcua.processing.domain.Action;
import vn.motcua.processing.domain.StepOutcome;
import vn.motcua.support.time.VnFormat;

/** The printable Phiếu kiểm soát quá trình giải quyết hồ sơ, in Vietnamese, from the officers' view. */
@ApplicationScoped
public class ControlSheetPage {
    public record Sheet(String code, String procedure, String decidingAgency, String receivingAgency,
            String receivedAt, String originalDueAt, String newDueAt, String rescheduleReason, String rescheduleNote,
            String status,
            String resultReference, List<Row> rows, List<Line> history) {
    }

    /** One hand-over: giao (from) → nhận (to), with the step's deadline and result. */
    public record Row(int seq, String stepName, String from, String to, String handedAt, String stepDueAt,
            String endedAt, String outcome, String lateCause) {
    }

    public record Line(int seq, String occurredAt, String actor, String action, String fromStatus, String toStatus,
            String note) {
    }

    public String render(DossierView v) {
        Sheet sheet = new Sheet(v.code(), v.procedure().code() + " – " + v.procedure().name(),
                v.decidingAgency().name(), v.receivingAgency().name(), time(v.receivedAt()), time(v.originalDueAt()),
                v.rescheduled() ? time(v.currentDueAt()) : null, v.rescheduleReason(),
                v.reschedule() == null ? null : v.reschedule().words(), status(v.status()),
                v.resultReference(), v.controlSheet().stream().map(ControlSheetPage::row).toList(),
                v.history().stream().map(ControlSheetPage::line).toList());
        return Templates.controlSheet(sheet).render();
    }

    private static Row row(HandOverView h) {
        String from = h.fromUnitCode() == null ? "Bộ phận tiếp nhận và trả kết quả" : h.fromUnitCode() + " / " + h.fromOfficer();
        return new Row(h.seq(), h.stepName(), from, h.toUnitCode() + " / " + h.toOfficer(), time(h.handedAt()),
                time(h.stepDueAt()), time(h.endedAt()), outcome(h.outcome()),
                h.lateCause() == null ? "" : h.lateCause().label() + ": " + h.lateCause().explanation());
    }

    private static Line line(HistoryView h) {
        return new Line(h.seq(), time(h.occurredAt()), h.recordedBy(), Action.labelOf(h.action()), status(h.fromStatus()),
                status(h.toStatus()), h.note() == null ? "" : h.note());
    }

    static String outcome(StepOutcome outcome) {
        if (outcome == null) {
            return "Đang xử lý";
        }
        return switch (outcome) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Trễ hạn";
        };
    }

    private static String status(StatusView s) {
        return s == null ? "" : s.code() + ". " + s.label();
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "" : VnFormat.appointment(t.toInstant());
    }
}
