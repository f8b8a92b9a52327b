package vn.motcua.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;

/**
 * Writes CloudEvents (binary mode, headers spelt out as any producer would) to a real topic, so a
 * consumer test can feed a service, redeliver the same event id, or send a poison record.
 */
public final class EventWriter implements AutoCloseable {
    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private KafkaProducer<String, byte[]> batching;
    private final AtomicReference<Exception> asyncFailure = new AtomicReference<>();

    public EventWriter(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        producer = producer(Map.of());
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
        sendRecord(record(topic, key, ceType, value, id));
    }

    /**
     * Sends without waiting for each acknowledgement (for benchmarks that load many events); {@link #flush()} waits
     * for all of them. A failed send is reported by the next call of this method or by flush.
     */
    public void sendAsync(String topic, String key, Object event) {
        failIfAnySendFailed();
        producer.send(record(topic, key, EventTypes.typeOf(event.getClass()), EventJson.write(event), UUID.randomUUID()),
                (metadata, error) -> {
                    if (error != null) {
                        asyncFailure.compareAndSet(null, error);
                    }
                });
    }

    /** Waits until every event sent so far by {@link #sendAsync} is acknowledged. */
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

    /** A CloudEvent record as {@link #sendRaw} writes it, for {@link #sendTogether}. */
    public static ProducerRecord<String, byte[]> record(String topic, String key, String ceType, byte[] value, UUID id) {
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

    /**
     * Sends the records in one produce request: records of one partition (same key) become one record
     * batch, which a consumer's poll receives whole, so they are handled in one chunk.
     */
    public synchronized void sendTogether(List<ProducerRecord<String, byte[]>> records) {
        if (batching == null) {
            // lingers until flush() so nothing leaves before the last record is appended; a record batch
            // stays within the broker's default max.message.bytes (1 MiB + 12)
            batching = producer(Map.of(ProducerConfig.LINGER_MS_CONFIG, 60_000, ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20,
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 << 20));
        }
        List<Future<RecordMetadata>> sent = records.stream().map(batching::send).toList();
        batching.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot write a batch: " + e.getMessage(), e);
            }
        }
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

    private KafkaProducer<String, byte[]> producer(Map<String, Object> settings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putAll(settings);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() {
        producer.close();
        if (batching != null) {
            batching.close();
        }
    }
}
