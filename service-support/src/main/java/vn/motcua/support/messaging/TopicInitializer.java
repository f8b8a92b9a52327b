package vn.motcua.support.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;
import vn.motcua.events.Topics;

/**
 * Creates the platform's topics (and their dead-letter topics) before consumers start, so
 * that partition counts and compaction are deliberate rather than broker defaults. A broker that
 * is down at start-up is not fatal: the relay and consumers retry.
 */
@ApplicationScoped
public class TopicInitializer {
    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private final KafkaClients clients;
    private final TopicsConfig config;

    public TopicInitializer(KafkaClients clients, TopicsConfig config) {
        this.clients = clients;
        this.config = config;
    }

    void createTopics(@Observes @Priority(10) StartupEvent event) {
        if (!config.create()) {
            return;
        }
        try (Admin admin = clients.admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicsConfig.TopicSpec topic : config.all()) {
                addIfMissing(missing, existing, topic.name(), topic.partitions(), topic.compacted());
                addIfMissing(missing, existing, Topics.deadLetter(topic.name()), 1, false);
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (Exception e) {
            LOG.warnf("could not create topics now (%s); relay and consumers will retry", e.getMessage());
        }
    }

    private void addIfMissing(List<NewTopic> missing, Set<String> existing, String name, int partitions,
            boolean compact) {
        if (existing.contains(name)) {
            return;
        }
        NewTopic topic = new NewTopic(name, partitions, config.replicationFactor());
        if (compact) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        missing.add(topic);
    }
}
