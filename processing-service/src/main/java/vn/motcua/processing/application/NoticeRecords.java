package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.events.notification.NotificationOutcomeEvent;
import vn.motcua.processing.domain.Notice;
import vn.motcua.processing.persistence.NoticeRepository;

/** Keeps the notices sent (or failed) about each dossier, one row per notice id, so that views can show them. */
@ApplicationScoped
public class NoticeRecords {
    private final NoticeRepository notices;

    public NoticeRecords(NoticeRepository notices) {
        this.notices = notices;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(NotificationOutcomeEvent outcome) {
        Notice notice = notices.findByNoticeId(outcome.noticeId()).orElseGet(Notice::new);
        notice.record(outcome);
        if (notice.id == null) {
            notices.persist(notice);
        }
    }
}
