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

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path temporaryDir;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers, Path temporaryDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.temporaryDir = temporaryDir;
    }

    /** Starts with ports 0 = free ones and data in dataDir, or in a temporary directory when null. */
    public static KafkaBroker start(int port, int controllerPort, Path dataDir) {
        long started = System.nanoTime();
        int brokerPort = Ports.resolve(port, "Kafka", DevstackConfig.KAFKA_PORT_ENV);
        int quorumPort = Ports.resolve(controllerPort, "the Kafka controller", DevstackConfig.KAFKA_CONTROLLER_PORT_ENV);
        try {
            Path dir = dataDir == null ? Files.createTempDirectory("devstack-kafka") : dataDir.toAbsolutePath();
            Files.createDirectories(dir.resolve("logs"));
            Properties properties = KafkaSettings.singleNode(brokerPort, quorumPort, dir.resolve("logs"));
            Path configFile = dir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                properties.store(out, "Written by the devstack at each start; edits are overwritten");
            }
            if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
                format(configFile);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            server.startup();
            String bootstrap = "localhost:" + brokerPort;
            KafkaBroker broker = new KafkaBroker(server, bootstrap, dataDir == null ? dir : null);
            broker.awaitReady();
            LOG.log(Level.INFO, "Kafka started on {0} (controller localhost:{1,number,#}) in {2} ms, data in {3}",
                    bootstrap, quorumPort, (System.nanoTime() - started) / 1_000_000, dir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
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
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporaryDir != null) {
            FileTrees.deleteQuietly(temporaryDir);
        }
    }
}
