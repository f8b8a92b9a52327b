package vn.motcua.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft Kafka (broker and controller in one) running in this JVM, the same code as
 * {@code kafka.Kafka}: storage formatted once, so a kept data directory keeps its topics.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = System.getLogger(KafkaBroker.class.getName());

    private final String bootstrapServers;
    private final int brokerPort;
    private final int quorumPort;
    private final Path dir;
    private final boolean temporary;
    private KafkaRaftServer server;

    private KafkaBroker(int brokerPort, int quorumPort, Path dir, boolean temporary) {
        this.bootstrapServers = "localhost:" + brokerPort;
        this.brokerPort = brokerPort;
        this.quorumPort = quorumPort;
        this.dir = dir;
        this.temporary = temporary;
    }

    /** Starts with ports 0 = free ones and data in dataDir, or in a temporary directory when null. */
    public static KafkaBroker start(int port, int controllerPort, Path dataDir) {
        int brokerPort = Ports.resolve(port, "Kafka", DevstackConfig.KAFKA_PORT_ENV);
        int quorumPort = Ports.resolve(controllerPort, "the Kafka controller", DevstackConfig.KAFKA_CONTROLLER_PORT_ENV);
        try {
            Path dir = dataDir == null ? Files.createTempDirectory("devstack-kafka") : dataDir.toAbsolutePath();
            KafkaBroker broker = new KafkaBroker(brokerPort, quorumPort, dir, dataDir == null);
            broker.startServer();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
    }

    /** Stops the broker as an outage would (clients lose it); its data and ports are kept for {@link #startAgain()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.log(Level.INFO, "Kafka on {0} stopped", bootstrapServers);
        }
    }

    /** Starts a stopped broker on the same ports with the same data: clients reconnect by themselves. */
    public synchronized void startAgain() {
        if (server == null) {
            try {
                startServer();
            } catch (IOException e) {
                throw new UncheckedIOException("Kafka did not start again", e);
            }
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    private void startServer() throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(dir.resolve("logs"));
        Properties properties = KafkaSettings.singleNode(brokerPort, quorumPort, dir.resolve("logs"));
        Path configFile = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            properties.store(out, "Written by the devstack at each start; edits are overwritten");
        }
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            format(configFile);
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        awaitReady();
        LOG.log(Level.INFO, "Kafka started on {0} (controller localhost:{1,number,#}) in {2} ms, data in {3}",
                bootstrapServers, quorumPort, (System.nanoTime() - started) / 1_000_000, dir);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Formats a new log directory; a kept one must keep its cluster id, so it is never reformatted. */
    private static void format(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(),
            "--config", configFile.toString()};
        int status = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** startup() returns before the broker is unfenced; clients connecting earlier see timeouts. */
    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("Kafka on " + bootstrapServers + " did not become ready", e);
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            FileTrees.deleteQuietly(dir);
        }
    }
}
