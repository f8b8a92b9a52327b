package vn.motcua.support.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import vn.motcua.events.Topics;

/** Sends a poison record, unchanged, to {@code <topic>.dlq} with the error in headers. */
@ApplicationScoped
public class DeadLetters {
    public static final String ERROR = "dlq-error";
    public static final String ERROR_CLASS = "dlq-error-class";
    public static final String ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "dlq-original-offset";
    /** The consumer group that gave up on the record: the topic's dead letters are shared by all its consumers. */
    public static final String CONSUMER_GROUP = "dlq-consumer-group";

    private final KafkaClients clients;
    private final MessagingConfig config;
    private KafkaProducer<String, byte[]> producer;

    public DeadLetters(KafkaClients clients, MessagingConfig config) {
        this.clients = clients;
        this.config = config;
    }

    /** Blocks until the broker has the dead letter, so the source offset is committed only after. */
    public void send(ConsumerRecord<String, byte[]> record, Throwable error) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(),
                record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        String message = String.valueOf(error.getMessage());
        dead.headers().add(ERROR, message.getBytes(StandardCharsets.UTF_8));
        dead.headers().add(ERROR_CLASS, error.getClass().getName().getBytes(StandardCharsets.UTF_8));
        dead.headers().add(ORIGINAL_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        dead.headers().add(ORIGINAL_PARTITION, String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add(ORIGINAL_OFFSET, String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add(CONSUMER_GROUP, config.consumerGroup().getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureFailure("interrupted while sending a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new InfrastructureFailure("cannot send dead letter: " + e.getMessage(), e);
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = clients.rawProducer(config.source().replace("/", "") + "-dlq");
        }
        return producer;
    }

    void stop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
