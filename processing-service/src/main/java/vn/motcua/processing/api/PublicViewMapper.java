package vn.motcua.processing.api;

import java.time.Instant;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.NoticeKind;
import vn.motcua.processing.api.PublicDossierView.NoticeEntry;
import vn.motcua.processing.api.PublicDossierView.RatingState;
import vn.motcua.processing.api.PublicDossierView.Status;
import vn.motcua.processing.api.PublicDossierView.TimelineEntry;
import vn.motcua.processing.application.PublicDossier;
import vn.motcua.processing.domain.Action;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.Notice;
import vn.motcua.support.privacy.Mask;
import vn.motcua.support.time.VnTime;

/** The public view of a looked-up dossier: labels in Vietnamese, the applicant's name masked, +07:00 times. */
final class PublicViewMapper {
    private PublicViewMapper() {
    }

    static PublicDossierView view(PublicDossier found) {
        Dossier d = found.dossier();
        return new PublicDossierView(d.code, status(d.status), d.procedureName, d.decidingAgencyName,
                Mask.name(d.applicantName), VnTime.of(d.receivedAt), VnTime.of(appointment(d)), d.rescheduled,
                d.rescheduled ? VnTime.of(d.currentDueAt) : null, RescheduleView.of(d),
                found.timeline().stream().map(h -> new TimelineEntry(VnTime.of(h.occurredAt),
                        Action.labelOf(h.action), status(h.toStatus))).toList(),
                found.citizenNotices().stream().map(PublicViewMapper::notice).toList(),
                new RatingState(d.status == DossierStatus.RETURNED && !found.rated(), found.rated()));
    }

    /** The receipt's appointment as pauses moved it (a supplement request gives the applicant that time back). */
    private static Instant appointment(Dossier d) {
        return d.scoringDueAt != null ? d.scoringDueAt : d.originalDueAt;
    }

    private static NoticeEntry notice(Notice n) {
        return new NoticeEntry(n.kind.name(), kindLabel(n.kind), VnTime.of(n.occurredAt),
                n.channel == null ? null : n.channel.name(), channelLabel(n.channel), VnTime.of(n.newDueAt));
    }

    private static Status status(DossierStatus s) {
        return new Status(s.code(), s.label());
    }

    private static String kindLabel(NoticeKind kind) {
        return switch (kind) {
            case APOLOGY -> "Thư xin lỗi và hẹn lại ngày trả kết quả";
            case AUTO_APOLOGY -> "Thư xin lỗi vì hồ sơ trễ hẹn";
            case OVERDUE_NOTICE -> "Thông báo hồ sơ quá hạn hẹn mới";
            case RESULT_NOTICE -> "Thông báo trả kết quả và mời đánh giá mức độ hài lòng";
            case STAFF_DEADLINE_ALERT, ESCALATION -> kind.name();
        };
    }

    private static String channelLabel(ContactChannel channel) {
        if (channel == null) {
            return null;
        }
        return switch (channel) {
            case EMAIL -> "Thư điện tử";
            case SMS -> "Tin nhắn SMS";
            case ZALO -> "Zalo";
            case PORTAL -> "Cổng Dịch vụ công";
            case PAPER -> "Văn bản giấy";
        };
    }
}
