package vn.motcua.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jboss.logging.Logger;
import vn.motcua.events.Topics;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.privacy.Mask;

/**
 * Reads a topic's dead letters ({@code <topic>.dlq}, shared by every consumer group of the topic) and gives this
 * service's ones back to its handler, as if consumed anew. Harmless to repeat: an event already handled is a
 * duplicate for {@link ConsumedEventLog}; one that fails again is dead-lettered again (after the letters read).
 */
@ApplicationScoped
public class DeadLetterReplay {
    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final Duration READ_LIMIT = Duration.ofSeconds(60);

    private final KafkaClients clients;
    private final EventConsumers consumers;
    private final EventProcessor processor;
    private final MessagingConfig config;

    public DeadLetterReplay(KafkaClients clients, EventConsumers consumers, EventProcessor processor,
            MessagingConfig config) {
        this.clients = clients;
        this.consumers = consumers;
        this.processor = processor;
        this.config = config;
    }

    /** A dead letter as an operator sees it (the error text masked: it may quote personal data). */
    public record DeadLetter(String eventId, String type, String subject, String error, String consumerGroup,
            int originalPartition, long originalOffset, Instant deadLetteredAt) {
    }

    /** What a replay did: letters of this service read, and what became of each (handled, duplicate, dead again). */
    public record Report(String topic, int read, int handled, int duplicate, int deadLettered) {
    }

    /** This service's dead letters of the topic, oldest first (at most {@code limit}). */
    public List<DeadLetter> list(String topic, int limit) {
        requireConsumed(topic);
        List<DeadLetter> letters = new ArrayList<>();
        readOwn(topic, record -> {
            if (letters.size() < limit) {
                letters.add(describe(record));
            }
        });
        return letters;
    }

    /** Replays this service's dead letters of the topic: all of them, or those of one event id. */
    public Report replay(String topic, Optional<UUID> eventId) {
        EventHandler<?> handler = requireConsumed(topic);
        int[] counts = new int[4];
        readOwn(topic, record -> {
            ConsumerRecord<String, byte[]> original = original(topic, record);
            if (eventId.isPresent() && !eventId.get().equals(idOf(original))) {
                return;
            }
            counts[0]++;
            switch (processor.process(handler, original)) {
                case HANDLED -> counts[1]++;
                case DUPLICATE -> counts[2]++;
                case DEAD_LETTERED -> counts[3]++;
            }
        });
        Report report = new Report(topic, counts[0], counts[1], counts[2], counts[3]);
        LOG.infof("dead letters of %s replayed: %s", topic, report);
        return report;
    }

    private EventHandler<?> requireConsumed(String topic) {
        return consumers.handlerOf(topic).orElseThrow(
                () -> new ProblemException(404, "Not found", "this service does not consume " + topic, null, null));
    }

    /** The letters of the topic written by this service's group (or by no group: letters from before the header). */
    private void readOwn(String topic, Consumer<ConsumerRecord<String, byte[]>> action) {
        String dlq = Topics.deadLetter(topic);
        try (KafkaConsumer<String, byte[]> reader = clients.reader(config.consumerGroup() + "-dlq-replay")) {
            List<TopicPartition> partitions = reader.partitionsFor(dlq).stream()
                    .map(p -> new TopicPartition(dlq, p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (!reachedEnd(reader, end)) {
                if (System.nanoTime() > deadline) {
                    throw new InfrastructureFailure("reading " + dlq + " took more than " + READ_LIMIT, null);
                }
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(dlq, record.partition()))) {
                        String group = header(record, DeadLetters.CONSUMER_GROUP);
                        if (group == null || group.equals(config.consumerGroup())) {
                            action.accept(record);
                        }
                    }
                }
            }
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> reader.position(e.getKey()) >= e.getValue());
    }

    /** The record as it was on its topic: the dead-letter headers removed. */
    private static ConsumerRecord<String, byte[]> original(String topic, ConsumerRecord<String, byte[]> dead) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : dead.headers()) {
            if (!header.key().startsWith("dlq-")) {
                headers.add(header);
            }
        }
        int partition = parseInt(header(dead, DeadLetters.ORIGINAL_PARTITION), dead.partition());
        long offset = parseLong(header(dead, DeadLetters.ORIGINAL_OFFSET), dead.offset());
        return new ConsumerRecord<>(topic, partition, offset, dead.timestamp(), TimestampType.CREATE_TIME, -1, -1,
                dead.key(), dead.value(), headers, Optional.empty());
    }

    private static UUID idOf(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventCodec.fromRecord(record).id();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> dead) {
        String id = null;
        String type = null;
        String subject = null;
        try {
            IncomingEvent event = CloudEventCodec.fromRecord(dead);
            id = event.id().toString();
            type = event.type();
            subject = event.subject();
        } catch (IllegalArgumentException e) {
            // not a CloudEvent: listed by its position only
        }
        return new DeadLetter(id, type, subject, Mask.text(header(dead, DeadLetters.ERROR)),
                header(dead, DeadLetters.CONSUMER_GROUP), parseInt(header(dead, DeadLetters.ORIGINAL_PARTITION), -1),
                parseLong(header(dead, DeadLetters.ORIGINAL_OFFSET), -1), Instant.ofEpochMilli(dead.timestamp()));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static int parseInt(String value, int otherwise) {
        return value == null ? otherwise : Integer.parseInt(value);
    }

    private static long parseLong(String value, long otherwise) {
        return value == null ? otherwise : Long.parseLong(value);
    }
}
