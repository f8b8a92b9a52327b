package vn.motcua.devstack;

import java.nio.file.Path;
import java.util.Properties;

/** Broker settings for one combined KRaft node that is small, quick to start and needs no tuning. */
final class KafkaSettings {

    private KafkaSettings() {
    }

    static Properties singleNode(int brokerPort, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        // Fixed so that clients outside this JVM (the services) reach the broker by this exact name.
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("num.partitions", "1");
        // One node: every internal topic must live with replication factor 1.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Consumers in tests join one by one; the default 3 s delay would slow every first poll.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // After a kill the new incarnation waits for the old registration's session to time out
        // (default 9 s) before it may register; a single local node can afford a shorter one.
        p.setProperty("broker.session.timeout.ms", "2000");
        p.setProperty("broker.heartbeat.interval.ms", "500");
        // Memory and threads: the defaults are sized for production brokers.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("background.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("log.cleaner.threads", "1");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        p.setProperty("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }
}
