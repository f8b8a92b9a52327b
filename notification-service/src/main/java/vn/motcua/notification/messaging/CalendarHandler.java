package vn.motcua.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.events.EventTypes;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.StoredCalendar;
import vn.motcua.notification.persistence.CalendarStore;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;

/** Keeps the calendars published on calendar.v1 (validated; an invalid one goes to the dead-letter topic). */
@ApplicationScoped
public class CalendarHandler implements EventHandler {
    private final NotificationConfig config;
    private final CalendarStore calendars;
    private final Clock clock;

    public CalendarHandler(NotificationConfig config, CalendarStore calendars, Clock clock) {
        this.config = config;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return config.topics().calendar();
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!EventTypes.CALENDAR_PUBLISHED.equals(event.type()) || event.data() == null || event.data().length == 0) {
            return;
        }
        String json = new String(event.data(), StandardCharsets.UTF_8);
        String id = CalendarJson.parse(json).id();
        StoredCalendar stored = calendars.findByIdOptional(id).orElseGet(StoredCalendar::new);
        boolean isNew = stored.id == null;
        stored.id = id;
        stored.definition = json;
        stored.updatedAt = clock.instant();
        if (isNew) {
            calendars.persist(stored);
        }
    }
}
