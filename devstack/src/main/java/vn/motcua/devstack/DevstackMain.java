package vn.motcua.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local launcher: the whole devstack on fixed ports with data kept under
 * {@code $DEVSTACK_DATA_DIR} (default {@code .local/devstack}); writes {@code <dataDir>/ready} when
 * up and runs until SIGTERM.
 */
public final class DevstackMain {

    /** What portal-sync-service sends locally (its default motcua.portal.authorization). */
    static final String LOCAL_PORTAL_AUTHORIZATION = "Bearer local-portal-token";

    private DevstackMain() {
    }

    /** The National Public Service Portal's stand-in for the local run, on DEVSTACK_PORTAL_PORT (default 18090). */
    private static PortalStub startPortalStub() {
        String env = System.getenv("DEVSTACK_PORTAL_PORT");
        int port = env == null || env.isBlank() ? 18090 : Integer.parseInt(env.trim());
        Ports.requireFree(port, "portal stub", "DEVSTACK_PORTAL_PORT");
        return PortalStub.start(port, LOCAL_PORTAL_AUTHORIZATION);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        DevstackConfig config = DevstackConfig.fromEnvironment(System.getenv(), Path.of(".local", "devstack"));
        Path dataDir = config.dataDir().toAbsolutePath().normalize();
        Path ready = dataDir.resolve("ready");
        Files.createDirectories(dataDir);
        Files.deleteIfExists(ready);
        Devstack devstack;
        PortalStub portal;
        try {
            devstack = Devstack.start(config.withDataDir(dataDir));
            portal = startPortalStub();
        } catch (PortInUseException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(3);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(ready), "devstack-ready-marker"));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "devstack-portal-stub"));
        String summary = summary(devstack, dataDir) + "  Portal stub " + portal.url()
                + "  (Authorization: " + LOCAL_PORTAL_AUTHORIZATION + "; GET lists what it received, POST /outage?down=true|false)\n";
        System.out.println(summary);
        Files.writeString(ready, summary);
        new CountDownLatch(1).await();
    }

    private static String summary(Devstack devstack, Path dataDir) {
        MailServer mail = devstack.mail().orElseThrow();
        PostgresServer postgres = devstack.postgres().orElseThrow();
        return String.join("\n",
                "devstack ready (pid " + ProcessHandle.current().pid() + ")",
                "  PostgreSQL  " + postgres.jdbcUrl("<db>") + "  user " + PostgresServer.USER
                        + " / " + PostgresServer.PASSWORD + ", databases " + String.join(", ", DevstackConfig.SERVICE_DATABASES),
                "  Kafka       " + devstack.kafkaBootstrapServers(),
                "  SMTP        localhost:" + mail.smtpPort(),
                "  IMAP        localhost:" + mail.imapPort() + "  (user = mailbox address, any password)",
                "  data        " + dataDir,
                "");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("devstack: cannot delete " + file + ": " + e.getMessage());
        }
    }
}
