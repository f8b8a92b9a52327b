package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.notification.NotificationOutcomeEvent;
import vn.motcua.processing.application.NoticeRecords;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.TopicsConfig;

/** notification.outcome.v1: notices sent or failed, kept per notice for the officers' view and the public lookup. */
@ApplicationScoped
public class NotificationOutcomeHandler implements EventHandler<NotificationOutcomeEvent> {
    private final NoticeRecords notices;
    private final TopicsConfig topics;

    public NotificationOutcomeHandler(NoticeRecords notices, TopicsConfig topics) {
        this.notices = notices;
        this.topics = topics;
    }

    @Override
    public String topic() {
        return topics.notificationOutcome().name();
    }

    @Override
    public Class<NotificationOutcomeEvent> eventType() {
        return NotificationOutcomeEvent.class;
    }

    /** Both members of the family update the same row: {@code Notice.record} tells them apart. */
    @Override
    public void handle(NotificationOutcomeEvent event) {
        notices.record(event);
    }
}
