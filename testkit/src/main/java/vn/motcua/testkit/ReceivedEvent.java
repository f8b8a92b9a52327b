package vn.motcua.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.motcua.events.EventJson;

/** A record read back from a real topic: key, CloudEvents headers and JSON value. */
public record ReceivedEvent(String topic, int partition, long offset, String key, Map<String, String> headers, byte[] value) {

    public String header(String name) {
        return headers.get(name);
    }

    public String ceType() {
        return headers.get("ce_type");
    }

    public String ceId() {
        return headers.get("ce_id");
    }

    public String json() {
        return new String(value, StandardCharsets.UTF_8);
    }

    /** The value as the record its {@code ce_type} names. */
    public Object payload() {
        return EventJson.read(value, ceType());
    }

    public <T> T payloadAs(Class<T> type) {
        return EventJson.read(value, type);
    }
}
