package vn.motcua.notification.application;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.events.NoticeKind;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.Audience;
import vn.motcua.notification.domain.Notice;
import vn.motcua.notification.domain.SmsText;
import vn.motcua.support.time.VnFormat;

/** Renders a notice once, when it is issued: subject, HTML letter, plain text and the SMS text. */
@ApplicationScoped
public class NoticeRenderer {
    private final Template letterHtml;
    private final Template letterText;
    private final Template alertHtml;
    private final Template alertText;
    private final NotificationConfig.Letter config;

    public NoticeRenderer(@Location("notice/letter.html") Template letterHtml, @Location("notice/letter.txt") Template letterText,
            @Location("notice/alert.html") Template alertHtml, @Location("notice/alert.txt") Template alertText,
            NotificationConfig config) {
        this.letterHtml = letterHtml;
        this.letterText = letterText;
        this.alertHtml = alertHtml;
        this.alertText = alertText;
        this.config = config.letter();
    }

    /** Fills subject, bodies and SMS text of {@code notice} from {@code draft}. */
    void render(Notice notice, NoticeDraft draft, Instant now) {
        NoticeModel model = model(notice, draft, now);
        notice.subject = model.title() + " - hồ sơ " + draft.dossierCode();
        boolean citizen = Audience.of(draft.kind()) == Audience.CITIZEN;
        notice.bodyHtml = (citizen ? letterHtml : alertHtml).data("m", model).render();
        notice.bodyText = (citizen ? letterText : alertText).data("m", model).render();
        notice.smsText = citizen ? sms(draft) : null;
    }

    private NoticeModel model(Notice notice, NoticeDraft d, Instant now) {
        String place = config.place().map(p -> p + ", ").orElse("");
        String dateLine = place + VnFormat.letterDate(now);
        String dateLineCapitalised = Character.toUpperCase(dateLine.charAt(0)) + dateLine.substring(1);
        return new NoticeModel(d.kind().name(), d.kind() == NoticeKind.APOLOGY || d.kind() == NoticeKind.AUTO_APOLOGY,
                d.kind() == NoticeKind.OVERDUE_NOTICE, d.kind() == NoticeKind.AUTO_APOLOGY,
                d.kind() == NoticeKind.ESCALATION, d.episode(), title(d), d.agencyName(), d.agencyName().toUpperCase(),
                text(notice.serialNumber), dateLineCapitalised, d.citizen() == null ? "" : text(d.citizen().fullName()),
                d.dossierCode(), text(d.procedureName()), VnFormat.dateTime(d.receivedAt()),
                VnFormat.dateTime(d.originalDueAt()), VnFormat.dateTime(d.dueAt()), VnFormat.dateTime(d.newDueAt()),
                VnFormat.dateTime(d.apologyDeadline()), d.apologyDeadline() != null && !now.isBefore(d.apologyDeadline()),
                text(d.reason()), d.signerTitle() == null || d.signerTitle().isBlank() ? config.defaultSignerTitle() : d.signerTitle(),
                text(d.holdingUnitCode()), text(d.holdingOfficer()), d.lookupPin() == null ? "" : Notice.PIN_PLACEHOLDER,
                config.lookupUrl(), d.kind() == NoticeKind.RESULT_NOTICE, VnFormat.dateTime(d.returnedAt()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String title(NoticeDraft d) {
        return switch (d.kind()) {
            case APOLOGY, AUTO_APOLOGY -> "Phiếu xin lỗi và hẹn lại ngày trả kết quả";
            case OVERDUE_NOTICE -> "Thông báo hồ sơ quá hạn giải quyết";
            case RESULT_NOTICE -> "Thông báo trả kết quả và mời đánh giá mức độ hài lòng";
            case STAFF_DEADLINE_ALERT -> "Cảnh báo hồ sơ sắp đến hạn trả kết quả";
            case ESCALATION -> d.episode() > 1 ? "Báo cáo hồ sơ quá hạn lần hai" : "Báo cáo hồ sơ quá hạn";
        };
    }

    /** One GSM-7 message when possible: the dossier code and the date always, the reason if room is left. */
    private String sms(NoticeDraft d) {
        if (d.kind() == NoticeKind.RESULT_NOTICE) {
            return SmsText.compose("Ho so " + d.dossierCode() + " da tra ket qua. Moi ong/ba danh gia muc do hai long tai "
                    + config.lookupUrl() + " (ma ho so va ma tra cuu tren phieu hen).", "Xin cam on.");
        }
        if (d.kind() == NoticeKind.OVERDUE_NOTICE) {
            return SmsText.compose("Ho so " + d.dossierCode() + " da qua han tra ket qua (hen " + VnFormat.dateTime(d.dueAt())
                    + "). Co quan da bao cao lanh dao de xu ly ngay.", "Xin loi ong/ba.");
        }
        return SmsText.compose("Xin lỗi ông/bà: hồ sơ " + d.dossierCode() + " chưa trả kết quả đúng hẹn. Hẹn lại: "
                + VnFormat.dateTime(d.newDueAt()) + ".", d.reason() == null ? "" : "Lý do: " + d.reason());
    }
}
