package vn.motcua.support.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.motcua.events.EventTypes;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;
import vn.motcua.support.messaging.TopicsConfig;

/**
 * Consumes calendar.v1 (compacted; key = calendar id, value = the calendar JSON, empty = deleted) into the
 * {@link CalendarReplica}. A value that is not a valid calendar goes to the dead-letter topic.
 */
@ApplicationScoped
@IfBuildProperty(name = "motcua.calendar.replica", stringValue = "true")
public class CalendarReplicaHandler implements EventHandler<CalendarChange> {
    private final CalendarReplica replica;
    private final TopicsConfig topics;

    public CalendarReplicaHandler(CalendarReplica replica, TopicsConfig topics) {
        this.replica = replica;
        this.topics = topics;
    }

    @Override
    public String topic() {
        return topics.calendar().name();
    }

    @Override
    public Class<CalendarChange> eventType() {
        return CalendarChange.class;
    }

    /** The value is the calendar itself, not an event record. */
    @Override
    public Optional<CalendarChange> decode(IncomingEvent event) {
        if (!EventTypes.CALENDAR_PUBLISHED.equals(event.type())) {
            return Optional.empty();
        }
        boolean deleted = event.data() == null || event.data().length == 0;
        return Optional.of(new CalendarChange(event.key(), deleted ? null : new String(event.data(), StandardCharsets.UTF_8)));
    }

    @Override
    public void handle(CalendarChange change) {
        replica.apply(change);
    }
}
