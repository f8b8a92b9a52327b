package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.EventTypes;
import vn.motcua.events.notification.NoticeFailed;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.events.notification.NotificationOutcomeEvent;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.domain.Notice;
import vn.motcua.processing.persistence.NoticeRepository;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;

/** Keeps the notices sent (or failed) about each dossier, so that lookups can show them; a later success wins. */
@ApplicationScoped
public class NotificationOutcomeHandler implements EventHandler {
    private final ProcessingConfig config;
    private final NoticeRepository notices;

    public NotificationOutcomeHandler(ProcessingConfig config, NoticeRepository notices) {
        this.config = config;
        this.notices = notices;
    }

    @Override
    public String topic() {
        return config.topics().notificationOutcome();
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.classOf(event.type()).filter(NotificationOutcomeEvent.class::isAssignableFrom).isEmpty()) {
            return;
        }
        NotificationOutcomeEvent outcome = (NotificationOutcomeEvent) event.payload();
        Notice notice = notices.findByNoticeId(outcome.noticeId()).orElseGet(Notice::new);
        if (notice.sent) {
            return;
        }
        notice.noticeId = outcome.noticeId();
        notice.dossierCode = outcome.dossierCode();
        notice.episode = outcome.episode();
        notice.kind = outcome.kind();
        notice.occurredAt = outcome.occurredAt();
        switch (outcome) {
            case NoticeSent s -> {
                notice.sent = true;
                notice.channel = s.channel();
                notice.recipientMasked = s.recipientMasked();
                notice.newDueAt = s.newDueAt();
                notice.error = null;
            }
            case NoticeFailed f -> {
                notice.sent = false;
                notice.error = f.error();
            }
        }
        if (notice.id == null) {
            notices.persist(notice);
        }
    }
}
