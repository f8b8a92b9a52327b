package vn.motcua.devstack;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real PostgreSQL, Kafka and SMTP for {@code @QuarkusTest}s: the shared test infrastructure (started
 * once per JVM) plus the configuration that points the service at it. Init arg {@code database}
 * names the service's database (created if missing; default {@code test}).
 */
public final class DevstackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestEndpoints endpoints = TestInfrastructure.endpoints();
        DevKeys keys = keys(endpoints);
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", endpoints.jdbcUrl(database)),
                Map.entry("quarkus.datasource.username", endpoints.dbUser()),
                Map.entry("quarkus.datasource.password", endpoints.dbPassword()),
                Map.entry("kafka.bootstrap.servers", endpoints.kafkaBootstrapServers()),
                Map.entry("quarkus.mailer.host", endpoints.smtpHost()),
                Map.entry("quarkus.mailer.port", String.valueOf(endpoints.smtpPort())),
                Map.entry("quarkus.mailer.mock", "false"),
                // for services that read mailboxes over IMAP (notification's sent archive)
                Map.entry("devstack.imap.port", String.valueOf(endpoints.imapPort())),
                Map.entry("mp.jwt.verify.publickey.location", keys.publicKeyFile().toString()),
                Map.entry("mp.jwt.verify.issuer", Tokens.DEFAULT_ISSUER),
                Map.entry("smallrye.jwt.sign.key.location", keys.privateKeyFile().toString()));
    }

    /** Nothing to do: the infrastructure outlives a test class and stops when the JVM exits. */
    @Override
    public void stop() {
    }

    /** A bearer token for user {@code role@agency}. */
    public static String token(String role, String agency) {
        return tokens().mint(role, agency);
    }

    public static String token(String role, String agency, String user) {
        return tokens().mint(role, agency, user);
    }

    /** The minter itself, for tokens with several groups, a display name or a short lifetime. */
    public static Tokens tokens() {
        return new Tokens(keys(TestInfrastructure.endpoints()));
    }

    public static String kafkaBootstrapServers() {
        return TestInfrastructure.endpoints().kafkaBootstrapServers();
    }

    /** The JDBC URL of a database on the test server, created if missing. */
    public static String jdbcUrl(String database) {
        return TestInfrastructure.endpoints().jdbcUrl(database);
    }

    /** The in-JVM GreenMail; use {@link #receivedMessages(String)} when a test profile reloaded classes. */
    public static GreenMail greenMail() {
        Devstack devstack = TestInfrastructure.startedHere();
        if (devstack == null || devstack.mail().isEmpty()) {
            throw new IllegalStateException("GreenMail runs in another class loader or not at all (TEST_SMTP_HOST); "
                    + "use DevstackTestResource.receivedMessages(address)");
        }
        return devstack.greenMail();
    }

    /** The mails delivered to address, read over IMAP (works from any class loader). */
    public static List<MimeMessage> receivedMessages(String address) {
        TestEndpoints endpoints = TestInfrastructure.endpoints();
        if (endpoints.imapPort() == 0) {
            throw new IllegalStateException("The SMTP server is external (TEST_SMTP_HOST); its mailboxes are not readable here");
        }
        return Mailbox.read("localhost", endpoints.imapPort(), address);
    }

    /** Keys are read once per class loader: tests mint many tokens. */
    private static volatile DevKeys cachedKeys;

    private static DevKeys keys(TestEndpoints endpoints) {
        DevKeys keys = cachedKeys;
        if (keys == null || !keys.publicKeyFile().startsWith(Path.of(endpoints.keysDir()))) {
            keys = DevKeys.loadOrCreate(Path.of(endpoints.keysDir()));
            cachedKeys = keys;
        }
        return keys;
    }
}
