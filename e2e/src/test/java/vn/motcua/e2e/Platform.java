package vn.motcua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.motcua.devstack.DevKeys;
import vn.motcua.devstack.Devstack;
import vn.motcua.devstack.DevstackConfig;
import vn.motcua.devstack.PortalStub;
import vn.motcua.devstack.PostgresServer;
import vn.motcua.devstack.Tokens;

/**
 * The whole platform for end-to-end tests: the devstack and the portal stub in this JVM, the packaged services
 * as separate processes on free ports, with clocks that tests may move and a fast deadline scanner.
 * Started once per test JVM and stopped at exit.
 */
final class Platform {
    static final List<String> SERVICES = List.of("intake", "processing", "sla", "notification");
    /** Started too, but outside SERVICES (clocks, faults): it only forwards lifecycle changes to the portal stub. */
    static final String PORTAL_SYNC = "portal-sync";
    static final String PORTAL_AUTHORIZATION = "Bearer e2e-portal-token";
    private static Platform instance;

    private final Devstack devstack;
    private final Tokens tokens;
    private final DevKeys keys;
    private final PortalStub portal;
    private final Map<String, ServiceProcess> services = new ConcurrentHashMap<>();
    private final Map<String, ServiceProcess> secondInstances = new ConcurrentHashMap<>();

    private Platform() {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path work = repo.resolve("e2e/target/e2e");
        devstack = Devstack.start(DevstackConfig.randomPorts());
        keys = DevKeys.loadOrCreate(work.resolve("keys"));
        tokens = new Tokens(keys);
        portal = PortalStub.start(0, PORTAL_AUTHORIZATION);
        Map<String, CompletableFuture<ServiceProcess>> starting = new LinkedHashMap<>();
        for (String service : Stream.concat(SERVICES.stream(), Stream.of(PORTAL_SYNC)).toList()) {
            Map<String, String> env = environment(service, keys);
            Path jar = repo.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            ServiceProcess process = ServiceProcess.start(service, jar, freePort(), freePort(), env,
                    work.resolve("logs"));
            services.put(service, process);
            starting.put(service, CompletableFuture.supplyAsync(() -> {
                process.awaitReady(Duration.ofSeconds(120));
                return process;
            }));
        }
        starting.values().forEach(CompletableFuture::join);
    }

    static synchronized Platform get() {
        if (instance == null) {
            instance = new Platform();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    String url(String service) {
        return services.get(service).url();
    }

    /** The service's management interface (health, metrics, OpenAPI): not on its public port. */
    String managementUrl(String service) {
        return services.get(service).managementUrl();
    }

    /** Crashes a service (kill -9), then starts it again and waits until it is ready. */
    void crashAndRestart(String service) {
        ServiceProcess old = services.get(service);
        old.crash();
        ServiceProcess restarted = old.startAgain();
        services.put(service, restarted);
        restarted.awaitReady(Duration.ofSeconds(120));
    }

    /** Crashes a service and leaves it down: what it would have consumed waits in Kafka. */
    void crash(String service) {
        services.get(service).crash();
    }

    /** Starts a crashed service again and waits until it is ready. */
    void restart(String service) {
        ServiceProcess restarted = services.get(service).startAgain();
        services.put(service, restarted);
        restarted.awaitReady(Duration.ofSeconds(120));
    }

    /** A second instance of the service on its own port, sharing database and consumer group: both take part. */
    String startSecondInstance(String service) {
        ServiceProcess first = services.get(service);
        ServiceProcess second = first.another(freePort(), freePort());
        secondInstances.put(service, second);
        second.awaitReady(Duration.ofSeconds(120));
        return second.url();
    }

    /** Stops the second instances as a scale-down does (SIGTERM: they finish what they hold and leave the group). */
    void stopSecondInstances() {
        secondInstances.values().forEach(ServiceProcess::close);
        secondInstances.clear();
    }

    String token(String role, String agency) {
        return tokens.mint(role, agency);
    }

    Path keysDir() {
        return keys.publicKeyFile().getParent();
    }

    /** The National Public Service Portal's stand-in, in this JVM. */
    PortalStub portal() {
        return portal;
    }

    Devstack devstack() {
        return devstack;
    }

    String log(String service) {
        return services.get(service).tail();
    }

    private Map<String, String> environment(String service, DevKeys keys) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", devstack.jdbcUrl(service.replace("-", "")));
        // a packaged service has no default credentials (the prod profile)
        env.put("DB_USER", PostgresServer.USER);
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", devstack.kafkaBootstrapServers());
        env.put("SMTP_HOST", "localhost");
        env.put("SMTP_PORT", String.valueOf(devstack.mail().orElseThrow().smtpPort()));
        // the prod profile requires STARTTLS; devstack's GreenMail speaks plain SMTP
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("SENT_ARCHIVE_IMAP_PORT", String.valueOf(devstack.mail().orElseThrow().imapPort()));
        env.put("JWT_PUBLIC_KEY_LOCATION", keys.publicKeyFile().toString());
        env.put("JWT_ISSUER", Tokens.DEFAULT_ISSUER);
        env.put("MOTCUA_CLOCK_ADJUSTABLE", "true");
        env.put("MOTCUA_SLA_SCAN_INTERVAL", "1s");
        env.put("MOTCUA_MESSAGING_RELAY_INTERVAL", "PT0.2S");
        env.put("MOTCUA_DEMO_LOAD", "true");
        env.put("MOTCUA_DASHBOARD_COOKIE_SECURE", "false");  // the pages are served over plain http
        env.put("MOTCUA_INTAKE_RECEIVED_AT_WINDOW", "P400D");
        // every test client is 127.0.0.1: the per-IP lookup limit is tested in processing-service itself
        env.put("MOTCUA_PROCESSING_LOOKUP_REQUESTS_PER_IP", "500");
        env.put("PORTAL_URL", portal.url());
        env.put("PORTAL_AUTHORIZATION", PORTAL_AUTHORIZATION);
        env.put("PORTAL_AGENCY_CODE", "000.00.00.H56");
        // an outage of a minute is followed within seconds by the resends (production: 5 s doubling up to 10 min)
        env.put("MOTCUA_PORTAL_BACKOFF", "PT1S");
        env.put("MOTCUA_PORTAL_MAX_BACKOFF", "PT5S");
        return env;
    }

    private void stop() {
        secondInstances.values().forEach(ServiceProcess::close);
        services.values().forEach(ServiceProcess::close);
        portal.close();
        devstack.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
