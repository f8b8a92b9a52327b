package vn.motcua.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to start and where: ports (0 = a free one), a data directory (null = temporary, deleted on
 * stop) and the databases to create.
 */
public record DevstackConfig(Path dataDir, int pgPort, int kafkaPort, int kafkaControllerPort,
                             int smtpPort, int imapPort, boolean postgres, boolean kafka, boolean mail,
                             List<String> databases) {

    public static final String PG_PORT_ENV = "DEVSTACK_PG_PORT";
    public static final String KAFKA_PORT_ENV = "DEVSTACK_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT_ENV = "DEVSTACK_KAFKA_CONTROLLER_PORT";
    public static final String SMTP_PORT_ENV = "DEVSTACK_SMTP_PORT";
    public static final String IMAP_PORT_ENV = "DEVSTACK_IMAP_PORT";
    public static final String DATA_DIR_ENV = "DEVSTACK_DATA_DIR";

    /** One database per service (each service owns its database). */
    public static final List<String> SERVICE_DATABASES = List.of("intake", "processing", "sla", "notification", "portalsync");

    public DevstackConfig {
        databases = List.copyOf(databases);
    }

    /** The local run: fixed default ports, each overridable by its DEVSTACK_* variable. */
    public static DevstackConfig fromEnvironment(Map<String, String> env, Path defaultDataDir) {
        String dataDir = env.get(DATA_DIR_ENV);
        return new DevstackConfig(
                dataDir == null || dataDir.isBlank() ? defaultDataDir : Path.of(dataDir),
                port(env, PG_PORT_ENV, 15432), port(env, KAFKA_PORT_ENV, 19092),
                port(env, KAFKA_CONTROLLER_PORT_ENV, 19093), port(env, SMTP_PORT_ENV, 3025),
                port(env, IMAP_PORT_ENV, 3143), true, true, true, SERVICE_DATABASES);
    }

    /** Tests: free ports, temporary data. */
    public static DevstackConfig randomPorts() {
        return new DevstackConfig(null, 0, 0, 0, 0, 0, true, true, true, SERVICE_DATABASES);
    }

    public DevstackConfig withDataDir(Path dir) {
        return new DevstackConfig(dir, pgPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort,
                postgres, kafka, mail, databases);
    }

    public DevstackConfig withoutPostgres() {
        return new DevstackConfig(dataDir, pgPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort,
                false, kafka, mail, databases);
    }

    public DevstackConfig withoutKafka() {
        return new DevstackConfig(dataDir, pgPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort,
                postgres, false, mail, databases);
    }

    public DevstackConfig withoutMail() {
        return new DevstackConfig(dataDir, pgPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort,
                postgres, kafka, false, databases);
    }

    public DevstackConfig withDatabases(List<String> names) {
        return new DevstackConfig(dataDir, pgPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort,
                postgres, kafka, mail, names);
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'", e);
        }
    }
}
