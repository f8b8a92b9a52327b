package vn.motcua.processing.api;

import java.time.OffsetDateTime;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.support.time.VnTime;

/**
 * The one new appointment, alike in the officers' view, the control sheet and the citizens' lookup, whoever set it:
 * {@code automatic} when processing did (the first appointment passed with none), {@code late} when recorded after
 * the last moment an apology was in time (null: set before that was judged), {@code at} when it was recorded.
 */
public record RescheduleView(OffsetDateTime newDueAt, String reason, boolean automatic, Boolean late,
        OffsetDateTime at) {

    /** Null while the dossier keeps its first appointment. */
    static RescheduleView of(Dossier d) {
        return d.rescheduled
                ? new RescheduleView(VnTime.of(d.currentDueAt), d.rescheduleReason, d.rescheduleAutomatic,
                        d.rescheduleLate, VnTime.of(d.rescheduledAt))
                : null;
    }

    /** The same words on the printed sheet and the citizens' page. */
    String words() {
        if (automatic) {
            return "Hẹn lại tự động: hồ sơ đã quá ngày hẹn mà cơ quan giải quyết chưa hẹn lại; thư xin lỗi gửi sau"
                    + " ngày hẹn.";
        }
        if (late == null) {
            return null;
        }
        return late
                ? "Cơ quan giải quyết hẹn lại muộn: thư xin lỗi gửi sau thời hạn (chậm nhất 01 ngày làm việc trước"
                        + " ngày hẹn)."
                : "Cơ quan giải quyết hẹn lại đúng thời hạn: thư xin lỗi gửi trước ngày hẹn ít nhất 01 ngày làm việc.";
    }
}
