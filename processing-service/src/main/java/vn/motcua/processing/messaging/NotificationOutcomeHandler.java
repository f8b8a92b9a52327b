package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.notification.NotificationOutcomeEvent;
import vn.motcua.processing.application.NoticeRecords;
import vn.motcua.support.messaging.TopicHandlers;

/** notification.outcome.v1: notices sent or failed, kept per notice for the officers' view and the public lookup. */
@ApplicationScoped
public class NotificationOutcomeHandler extends TopicHandlers.NotificationOutcome {
    private final NoticeRecords notices;

    public NotificationOutcomeHandler(NoticeRecords notices) {
        this.notices = notices;
    }

    /** Both members of the family update the same row: {@code Notice.record} tells them apart. */
    @Override
    public void handle(NotificationOutcomeEvent event) {
        notices.record(event);
    }
}
