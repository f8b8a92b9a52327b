package vn.motcua.processing.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.NoticeKind;
import vn.motcua.processing.api.PublicDossierView.NoticeEntry;
import vn.motcua.processing.api.PublicDossierView.Status;
import vn.motcua.processing.api.PublicDossierView.TimelineEntry;
import vn.motcua.processing.domain.Action;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.Notice;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HistoryRepository;
import vn.motcua.processing.persistence.NoticeRepository;
import vn.motcua.support.privacy.Mask;
import vn.motcua.support.time.VnTime;

/** Finds a dossier by code and phone ending and builds its public view; staff-only notices are left out. */
@ApplicationScoped
public class PublicLookup {
    private static final Set<NoticeKind> CITIZEN_NOTICES = EnumSet.of(NoticeKind.APOLOGY, NoticeKind.AUTO_APOLOGY,
            NoticeKind.OVERDUE_NOTICE);

    private final DossierRepository dossiers;
    private final HistoryRepository history;
    private final NoticeRepository notices;

    public PublicLookup(DossierRepository dossiers, HistoryRepository history, NoticeRepository notices) {
        this.dossiers = dossiers;
        this.history = history;
        this.notices = notices;
    }

    /** Empty when the code is unknown or the phone does not match: callers must not tell which. */
    @Transactional
    public Optional<PublicDossierView> find(String code, String phoneLast4) {
        return dossiers.findByCode(code).filter(d -> d.phoneEndsWith(phoneLast4)).map(this::view);
    }

    private PublicDossierView view(Dossier d) {
        return new PublicDossierView(d.code, status(d.status), d.procedureName, d.decidingAgencyName,
                Mask.name(d.applicantName), VnTime.of(d.receivedAt), VnTime.of(d.originalDueAt), d.rescheduled,
                d.rescheduled ? VnTime.of(d.currentDueAt) : null,
                history.ofDossier(d.id).stream().map(h -> new TimelineEntry(VnTime.of(h.occurredAt),
                        Action.labelOf(h.action), status(h.toStatus))).toList(),
                notices.ofDossier(d.code).stream().filter(n -> n.sent && CITIZEN_NOTICES.contains(n.kind))
                        .map(PublicLookup::notice).toList());
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
