package vn.motcua.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;

/**
 * Writes CloudEvents (binary mode, headers spelt out as any producer would) to a real topic, so a
 * consumer test can feed a service, redeliver the same event id, or send a poison record.
 */
public final class EventWriter implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> asyncFailure = new AtomicReference<>();

    public EventWriter(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code event} with a new id; returns the id. */
    public UUID send(String topic, String key, Object event) {
        UUID id = UUID.randomUUID();
        send(topic, key, event, id);
        return id;
    }

    /** Sends {@code event} with the given id: sending the same id twice is a redelivery. */
    public void send(String topic, String key, Object event, UUID id) {
        sendRaw(topic, key, EventTypes.typeOf(event.getClass()), EventJson.write(event), id);
    }

    public void sendRaw(String topic, String key, String ceType, byte[] value, UUID id) {
        sendRecord(cloudEvent(topic, key, ceType, value, id));
    }

    /**
     * Sends without waiting for each acknowledgement (for benchmarks that load many events); {@link #flush()} waits
     * for all of them. A failed send is reported by the next call of this method or by flush.
     */
    public void sendAsync(String topic, String key, Object event) {
        failIfAnySendFailed();
        producer.send(cloudEvent(topic, key, EventTypes.typeOf(event.getClass()), EventJson.write(event),
                UUID.randomUUID()), (metadata, error) -> {
                    if (error != null) {
                        asyncFailure.compareAndSet(null, error);
                    }
                });
    }

    /** Waits until every event sent so far is acknowledged. */
    public void flush() {
        producer.flush();
        failIfAnySendFailed();
    }

    private void failIfAnySendFailed() {
        Exception error = asyncFailure.get();
        if (error != null) {
            throw new IllegalStateException("an asynchronous send failed: " + error.getMessage(), error);
        }
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String topic, String key, String ceType, byte[] value,
            UUID id) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_source", "/testkit");
        header(record, "ce_type", ceType);
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    /** A record that is no CloudEvent at all, to test dead-lettering. */
    public void sendGarbage(String topic, String key, String value) {
        sendRecord(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void sendRecord(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + record.topic() + ": " + e.getMessage(), e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
