package vn.motcua.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.support.messaging.Outbox;

/** Announces a calendar on the compacted topic calendar.v1 (key = calendar id, value = its JSON as served). */
@ApplicationScoped
public class CalendarPublisher {
    private final Outbox outbox;

    public CalendarPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String calendarId, String json) {
        outbox.publishRaw(Topics.CALENDAR, calendarId, EventTypes.CALENDAR_PUBLISHED, json.getBytes(StandardCharsets.UTF_8));
    }
}
