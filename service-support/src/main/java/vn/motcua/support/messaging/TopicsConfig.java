package vn.motcua.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * The platform's topics, one key shape for every service ({@code motcua.topics.<topic>.name|partitions}): the names
 * are configuration (never derived from classes); every service creates the topics missing at start-up, with
 * their dead-letter topics, so partition counts and compaction are deliberate rather than broker defaults.
 */
@ConfigMapping(prefix = "motcua.topics")
public interface TopicsConfig {

    Lifecycle lifecycle();

    Sla sla();

    NotificationOutcome notificationOutcome();

    /** Compacted: key = calendar id, value = the calendar JSON as intake serves it (empty = deleted). */
    Calendar calendar();

    /** Create missing topics at start-up (off where an operator, e.g. Strimzi's KafkaTopic, owns them). */
    @WithDefault("true")
    boolean create();

    /** Replication factor of the topics created (1 on a single-broker devstack, 3 in production). */
    @WithDefault("1")
    short replicationFactor();

    /** dossier.lifecycle.v1: every dossier's status changes, key = dossier code. */
    interface Lifecycle {
        @WithDefault("dossier.lifecycle.v1")
        String name();

        @WithDefault("6")
        int partitions();
    }

    /** dossier.sla.v1: deadline approaching / missed, key = dossier code. */
    interface Sla {
        @WithDefault("dossier.sla.v1")
        String name();

        @WithDefault("6")
        int partitions();
    }

    /** notification.outcome.v1: notices sent or failed, key = dossier code. */
    interface NotificationOutcome {
        @WithDefault("notification.outcome.v1")
        String name();

        @WithDefault("6")
        int partitions();
    }

    interface Calendar {
        @WithDefault("calendar.v1")
        String name();

        @WithDefault("1")
        int partitions();
    }

    /** Every topic with how it is created. */
    default List<TopicSpec> all() {
        return List.of(new TopicSpec(lifecycle().name(), lifecycle().partitions(), false),
                new TopicSpec(sla().name(), sla().partitions(), false),
                new TopicSpec(notificationOutcome().name(), notificationOutcome().partitions(), false),
                new TopicSpec(calendar().name(), calendar().partitions(), true));
    }

    /** A topic as created. */
    record TopicSpec(String name, int partitions, boolean compacted) {
    }
}
