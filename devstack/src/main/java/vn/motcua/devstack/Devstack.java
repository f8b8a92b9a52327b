package vn.motcua.devstack;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Real PostgreSQL, Kafka and SMTP/IMAP started in-process, each optional; stopped by {@link #close()}
 * or at JVM exit.
 */
public final class Devstack implements AutoCloseable {

    private static final Logger LOG = System.getLogger(Devstack.class.getName());

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final MailServer mail;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Devstack(PostgresServer postgres, KafkaBroker kafka, MailServer mail) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
    }

    /** Starts what config asks for; on any failure stops what had started and rethrows. */
    public static Devstack start(DevstackConfig config) {
        QuietLogging.apply();
        if (config.postgres() && config.dataDir() != null) {
            // A PostgreSQL orphaned by a killed launcher still holds its port: stop it before checking.
            StalePostmaster.clear(config.dataDir().toAbsolutePath().normalize());
        }
        checkFixedPorts(config);
        long started = System.nanoTime();
        // PostgreSQL is a separate process, so it starts in parallel with the in-JVM servers.
        CompletableFuture<PostgresServer> postgres = config.postgres()
                ? CompletableFuture.supplyAsync(() -> startPostgres(config), command -> new Thread(command, "devstack-pg").start())
                : CompletableFuture.completedFuture(null);
        MailServer mail = null;
        KafkaBroker kafka = null;
        try {
            mail = config.mail() ? MailServer.start(config.smtpPort(), config.imapPort()) : null;
            kafka = config.kafka() ? KafkaBroker.start(config.kafkaPort(), config.kafkaControllerPort(),
                    config.dataDir() == null ? null : config.dataDir().resolve("kafka")) : null;
            Devstack devstack = new Devstack(postgres.join(), kafka, mail);
            Runtime.getRuntime().addShutdownHook(new Thread(devstack::close, "devstack-shutdown"));
            LOG.log(Level.INFO, "Devstack ready in {0} ms", (System.nanoTime() - started) / 1_000_000);
            return devstack;
        } catch (RuntimeException e) {
            new Devstack(postgres.exceptionally(failure -> null).join(), kafka, mail).close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static PostgresServer startPostgres(DevstackConfig config) {
        PostgresServer server = PostgresServer.start(config.pgPort(), config.dataDir());
        config.databases().forEach(server::createDatabase);
        return server;
    }

    /** Fails before anything starts, so a taken port never leaves half a stack running. */
    private static void checkFixedPorts(DevstackConfig config) {
        if (config.postgres() && config.pgPort() != 0) {
            Ports.requireFree(config.pgPort(), "PostgreSQL", DevstackConfig.PG_PORT_ENV);
        }
        if (config.kafka() && config.kafkaPort() != 0) {
            Ports.requireFree(config.kafkaPort(), "Kafka", DevstackConfig.KAFKA_PORT_ENV);
        }
        if (config.kafka() && config.kafkaControllerPort() != 0) {
            Ports.requireFree(config.kafkaControllerPort(), "the Kafka controller", DevstackConfig.KAFKA_CONTROLLER_PORT_ENV);
        }
        if (config.mail() && config.smtpPort() != 0) {
            Ports.requireFree(config.smtpPort(), "SMTP", DevstackConfig.SMTP_PORT_ENV);
        }
        if (config.mail() && config.imapPort() != 0) {
            Ports.requireFree(config.imapPort(), "IMAP", DevstackConfig.IMAP_PORT_ENV);
        }
    }

    public Optional<PostgresServer> postgres() {
        return Optional.ofNullable(postgres);
    }

    public Optional<KafkaBroker> kafka() {
        return Optional.ofNullable(kafka);
    }

    public Optional<MailServer> mail() {
        return Optional.ofNullable(mail);
    }

    public String jdbcUrl(String database) {
        return required(postgres, "PostgreSQL").jdbcUrl(database);
    }

    public String kafkaBootstrapServers() {
        return required(kafka, "Kafka").bootstrapServers();
    }

    public GreenMail greenMail() {
        return required(mail, "Mail").greenMail();
    }

    public List<MimeMessage> receivedMessages() {
        return required(mail, "Mail").receivedMessages();
    }

    private static <T> T required(T part, String name) {
        if (part == null) {
            throw new IllegalStateException(name + " was not started in this devstack");
        }
        return part;
    }

    /** Stops in reverse order of dependence; safe to call twice (explicitly and from the hook). */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
