package vn.motcua.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads real topics from the beginning so that a test can wait for the events it caused
 * (filter by the test's own unique dossier code). Not thread-safe; close it after the test.
 */
public final class TopicProbe implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ReceivedEvent> seen = new ArrayList<>();

    private TopicProbe(String bootstrapServers, List<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    public static TopicProbe of(String bootstrapServers, String... topics) {
        return new TopicProbe(bootstrapServers, List.of(topics));
    }

    /** Waits until {@code count} records match, then returns them (fails with what was seen otherwise). */
    public List<ReceivedEvent> await(Predicate<ReceivedEvent> matching, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ReceivedEvent> hits = seen.stream().filter(matching).toList();
            if (hits.size() >= count) {
                return hits;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " matching record(s) within " + timeout + ", got "
                        + hits.size() + "; seen " + seen.size() + " record(s): "
                        + seen.stream().map(r -> r.key() + " " + r.ceType()).toList());
            }
            poll(Duration.ofMillis(200));
        }
    }

    public ReceivedEvent awaitOne(Predicate<ReceivedEvent> matching, Duration timeout) {
        return await(matching, 1, timeout).get(0);
    }

    /** Everything matching seen after polling for {@code quiet} more: use to prove that something did not happen twice. */
    public List<ReceivedEvent> settle(Predicate<ReceivedEvent> matching, Duration quiet) {
        Instant until = Instant.now().plus(quiet);
        while (Instant.now().isBefore(until)) {
            poll(Duration.ofMillis(200));
        }
        return seen.stream().filter(matching).toList();
    }

    public static Predicate<ReceivedEvent> key(String key) {
        return r -> key.equals(r.key());
    }

    public static Predicate<ReceivedEvent> keyAndType(String key, String ceType) {
        return r -> key.equals(r.key()) && ceType.equals(r.ceType());
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            seen.add(new ReceivedEvent(r.topic(), r.partition(), r.offset(), r.key(), headers, r.value()));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
