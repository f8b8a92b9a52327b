package vn.motcua.support.messaging;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.events.EventJson;

/** A CloudEvent read from a topic, with its payload still as JSON bytes. */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, String topic,
        String key, byte[] data) {

    /** The payload as the event record its type names ({@code vn.motcua.events}). */
    public Object payload() {
        return EventJson.read(data, type);
    }

    public <T> T payloadAs(Class<T> type) {
        return EventJson.read(data, type);
    }
}
