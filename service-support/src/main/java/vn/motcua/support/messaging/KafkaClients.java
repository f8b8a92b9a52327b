package vn.motcua.support.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import java.util.Locale;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * Creates the Kafka clients with the settings the reliability patterns need: idempotent
 * producer with acks=all and short blocking so a broker outage delays the relay instead of
 * hanging it; consumers that commit offsets only after the database commit. Every {@code kafka.*} setting
 * (or {@code KAFKA_*} variable) is passed to every client, so a deployment configures TLS and SASL
 * ({@code kafka.security.protocol=SASL_SSL}, {@code kafka.sasl.mechanism}, {@code kafka.sasl.jaas.config},
 * {@code kafka.ssl.truststore.location}, ...) without code; the reliability settings above always win.
 */
@ApplicationScoped
public class KafkaClients {
    private final String bootstrapServers;
    private final Map<String, Object> connection;

    public KafkaClients(Config config) {
        this.connection = connectionSettings(config);
        this.bootstrapServers = String.valueOf(connection.getOrDefault("bootstrap.servers", "localhost:19092"));
    }

    /** The {@code kafka.*} properties without their prefix; {@code KAFKA_SASL_MECHANISM} reads as sasl.mechanism. */
    static Map<String, Object> connectionSettings(Config config) {
        Map<String, Object> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String key = name.startsWith("kafka.") ? name.substring(6)
                    : name.startsWith("KAFKA_") ? name.substring(6).toLowerCase(Locale.ROOT).replace('_', '.') : null;
            if (key != null && !key.isEmpty()) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.putIfAbsent(key, value));
            }
        }
        return settings;
    }

    public KafkaProducer<String, CloudEvent> cloudEventProducer(String clientId) {
        Map<String, Object> props = producerProps(clientId);
        return new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer());
    }

    public KafkaProducer<String, byte[]> rawProducer(String clientId) {
        return new KafkaProducer<>(producerProps(clientId), new StringSerializer(), new ByteArraySerializer());
    }

    public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId, int maxPollRecords) {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** A consumer outside any group, for reading a topic from its start (dead-letter replay); commits nothing. */
    public KafkaConsumer<String, byte[]> reader(String clientId) {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    public Admin admin() {
        Map<String, Object> props = new HashMap<>(connection);
        props.put("bootstrap.servers", bootstrapServers);
        props.put("request.timeout.ms", 5000);
        props.put("default.api.timeout.ms", 10000);
        return Admin.create(props);
    }

    private Map<String, Object> producerProps(String clientId) {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        return props;
    }
}
