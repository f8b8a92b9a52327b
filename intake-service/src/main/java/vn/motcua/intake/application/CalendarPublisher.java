package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import vn.motcua.events.EventTypes;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;

/** Announces a calendar on the compacted calendar topic (calendar.v1; key = calendar id, value = its JSON as served). */
@ApplicationScoped
public class CalendarPublisher {
    private final Outbox outbox;
    private final TopicsConfig topics;

    public CalendarPublisher(Outbox outbox, TopicsConfig topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String calendarId, String json) {
        outbox.publishRaw(topics.calendar().name(), calendarId, EventTypes.CALENDAR_PUBLISHED, json.getBytes(StandardCharsets.UTF_8));
    }
}
