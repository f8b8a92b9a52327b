package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import vn.motcua.events.EventTypes;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.persistence.CalendarStore;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;

/** Consumes calendar.v1 (key = calendar id, value = calendar JSON; an empty value deletes) into the calendar table. */
@ApplicationScoped
public class CalendarHandler implements EventHandler {
    private final CalendarStore calendars;
    private final SlaConfig config;

    public CalendarHandler(CalendarStore calendars, SlaConfig config) {
        this.calendars = calendars;
        this.config = config;
    }

    @Override
    public String topic() {
        return config.calendarTopic();
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!EventTypes.CALENDAR_PUBLISHED.equals(event.type())) {
            return;
        }
        if (event.data() == null || event.data().length == 0) {
            calendars.delete(event.key());
            return;
        }
        calendars.save(event.key(), new String(event.data(), StandardCharsets.UTF_8));
    }
}
