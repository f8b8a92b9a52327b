package vn.motcua.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay and the event consumers ({@code motcua.messaging.*}); topics are {@link TopicsConfig}. */
@ConfigMapping(prefix = "motcua.messaging")
public interface MessagingConfig {

    /** CloudEvents source of what this service publishes, e.g. {@code /intake-service}. */
    String source();

    /** Consumer group of this service. */
    String consumerGroup();

    @WithDefault("true")
    boolean relayEnabled();

    @WithDefault("true")
    boolean consumersEnabled();

    /** Longest wait between relay runs when nothing signalled a new row. */
    @WithDefault("PT0.5S")
    Duration relayInterval();

    @WithDefault("500")
    int relayBatchSize();

    /** How long published rows are kept for audit before the cleanup job deletes them. */
    @WithDefault("P7D")
    Duration outboxRetention();

    /** Attempts of a failing event before it goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    @WithDefault("PT0.2S")
    Duration retryBackoff();

    /**
     * Records of one poll handled in one transaction (one consumed-event insert, one commit); a chunk
     * that fails is handled again record by record. 1 = one transaction per record.
     */
    @WithDefault("500")
    int batchSize();

    /** Most records one poll returns ({@code max.poll.records}); a poll is handled in chunks of {@link #batchSize}. */
    @WithDefault("500")
    int maxPollRecords();

    /**
     * Consumers per handler in this instance, in the service's group: Kafka gives each a share of the
     * topic's partitions, so one dossier's events (one key, one partition) are still handled in order.
     */
    @WithDefault("1")
    int consumersPerTopic();

    /**
     * First wait after the database or the broker failed while handling a poll; it doubles with each failure in a
     * row up to {@link #infrastructureBackoffMax()}. Such failures are retried without limit, never dead-lettered.
     */
    @WithDefault("PT0.5S")
    Duration infrastructureBackoff();

    @WithDefault("PT30S")
    Duration infrastructureBackoffMax();
}
