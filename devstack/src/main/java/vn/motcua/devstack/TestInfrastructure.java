package vn.motcua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The infrastructure shared by every test in a JVM: started once, lazily, on free ports, each part
 * replaced by an external server when its TEST_* variables are set; stopped at JVM exit.
 */
final class TestInfrastructure {

    /**
     * Quarkus may load this class more than once (one class loader per test profile), so the lock
     * and the state must be JVM-wide: an interned string literal and system properties are.
     */
    private static final String JVM_WIDE_LOCK = "vn.motcua.devstack.test.lock";

    /** Only set in the class loader that started the stack; other loaders reach mail over IMAP. */
    private static volatile Devstack started;

    private TestInfrastructure() {
    }

    static TestEndpoints endpoints() {
        synchronized (JVM_WIDE_LOCK) {
            if (!TestEndpoints.published()) {
                start(System.getenv()).publish();
            }
            return TestEndpoints.read();
        }
    }

    static Devstack startedHere() {
        endpoints();
        return started;
    }

    private static TestEndpoints start(Map<String, String> env) {
        String externalDb = env.get("TEST_DB_URL");
        String externalKafka = env.get("TEST_KAFKA_BOOTSTRAP_SERVERS");
        String externalSmtp = env.get("TEST_SMTP_HOST");
        DevstackConfig config = DevstackConfig.randomPorts();
        config = isSet(externalDb) ? config.withoutPostgres() : config;
        config = isSet(externalKafka) ? config.withoutKafka() : config;
        config = isSet(externalSmtp) ? config.withoutMail() : config;
        Devstack devstack = Devstack.start(config);
        started = devstack;
        return new TestEndpoints(
                isSet(externalDb) ? externalDb : "jdbc:postgresql://localhost:" + devstack.postgres().orElseThrow().port() + "/",
                isSet(externalDb) ? env.getOrDefault("TEST_DB_USER", PostgresServer.USER) : PostgresServer.USER,
                isSet(externalDb) ? env.getOrDefault("TEST_DB_PASSWORD", PostgresServer.PASSWORD) : PostgresServer.PASSWORD,
                isSet(externalKafka) ? externalKafka : devstack.kafkaBootstrapServers(),
                isSet(externalSmtp) ? externalSmtp : "localhost",
                isSet(externalSmtp) ? Integer.parseInt(env.getOrDefault("TEST_SMTP_PORT", "25")) : devstack.mail().orElseThrow().smtpPort(),
                isSet(externalSmtp) ? 0 : devstack.mail().orElseThrow().imapPort(),
                temporaryKeysDir());
    }

    private static String temporaryKeysDir() {
        try {
            Path dir = Files.createTempDirectory("devstack-keys");
            DevKeys.loadOrCreate(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(dir)));
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
