package vn.motcua.support.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Maps between outbox rows, CloudEvents 1.0 in Kafka binary mode, and {@link IncomingEvent}s. */
public final class CloudEventCodec {
    public static final String JSON = "application/json";
    /** CloudEvents 1.0: extension names are lower-case letters and digits, at most 20 should be used. */
    private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]{1,20}");

    private CloudEventCodec() {
    }

    public static CloudEvent toCloudEvent(OutboxEvent row) {
        CloudEventBuilder builder = CloudEventBuilder.v1();
        if (row.ceExtensions != null) {
            row.ceExtensions.forEach(builder::withExtension);
        }
        return builder
                .withId(row.id.toString())
                .withSource(URI.create(row.ceSource))
                .withType(row.ceType)
                .withSubject(row.ceSubject)
                .withTime(row.ceTime.atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(row.payload)
                .build();
    }

    /** The extensions as given (null when none), if every name is a valid CloudEvents extension name. */
    static Map<String, String> checkExtensions(Map<String, String> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return null;
        }
        extensions.forEach((name, value) -> {
            if (!EXTENSION_NAME.matcher(name).matches() || value == null) {
                throw new IllegalArgumentException("not a CloudEvents extension attribute: " + name + "=" + value);
            }
        });
        return Map.copyOf(extensions);
    }

    /** Reads a record in binary (or structured) mode; throws {@link IllegalArgumentException} when it is no CloudEvent. */
    public static IncomingEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent ce;
        try {
            ce = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getMessage(), e);
        }
        byte[] data = ce.getData() == null ? new byte[0] : ce.getData().toBytes();
        return new IncomingEvent(
                parseId(ce.getId()),
                ce.getType(),
                ce.getSource() == null ? null : ce.getSource().toString(),
                ce.getSubject(),
                ce.getTime() == null ? null : ce.getTime().toInstant(),
                record.topic(),
                record.key(),
                data);
    }

    /** Ids we publish are UUIDs; another producer's id is mapped to a stable name-based UUID. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
        }
    }
}
