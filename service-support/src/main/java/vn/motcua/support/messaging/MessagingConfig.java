package vn.motcua.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the outbox relay and the event consumers ({@code motcua.messaging.*}). */
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

    /** Topics to create at start-up (with their dead-letter topics), name to partition count. */
    Map<String, Integer> topics();

    /** Replication factor of topics this service creates (1 on a single-broker devstack, 3 in production). */
    @WithDefault("1")
    short replicationFactor();

    /** Topics that are compacted (key = entity id, latest value wins). */
    Optional<List<String>> compactedTopics();
}
